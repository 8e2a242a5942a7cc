import { describeQuorum, type QuorumStatus } from '../../../../shared/meetings/quorum'

interface QuorumIndicatorProps {
  status: QuorumStatus
  /** "会议" or "本议题（干部任免，三分之二）" */
  title: string
  /** Bodies that do not enforce a quorum still show the counts, without a verdict. */
  enforced?: boolean
}

/** 应到 / 实到 / 需 N 人, green when met and red with 还差 N 人 when not: said in words, not colour alone. */
export function QuorumIndicator({ status, title, enforced = true }: QuorumIndicatorProps) {
  const tone = !enforced ? 'quorum-neutral' : status.met ? 'quorum-met' : 'quorum-short'
  return (
    <div className={`quorum ${tone}`} role="status" aria-label={`${title}法定人数：${describeQuorum(status)}`}>
      <span className="quorum-title">{title}</span>
      <span className="quorum-counts">
        应到 <strong>{status.members}</strong> · 实到 <strong>{status.present}</strong> · 需 <strong>{status.required}</strong> 人
      </span>
      <span className="quorum-verdict">{!enforced ? '本类会议不设法定人数' : status.met ? '✓ 符合法定人数' : `✗ 还差 ${status.missing} 人`}</span>
    </div>
  )
}
