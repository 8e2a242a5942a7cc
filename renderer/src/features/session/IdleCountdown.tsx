import './idle-countdown.css'

/** The last minute before a meeting's screen locks: says so, and how to keep it open. */
export function IdleCountdown({ secondsLeft }: { secondsLeft: number }) {
  return (
    <div className="idle-countdown" role="alert" aria-label="即将自动锁定">
      <strong>会议进行中，长时间无人操作：议事录将在 {secondsLeft} 秒后锁定。</strong>
      <span>按任意键或移动鼠标即可继续。</span>
    </div>
  )
}
