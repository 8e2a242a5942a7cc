import { Dialog } from '../../components/Dialog'
import { chineseDate } from './chineseDate'

interface StartOtherDayDialogProps {
  scheduledOn: string
  today: string
  busy: boolean
  onConfirm: () => void
  onClose: () => void
}

/** 开始会议 on another day than planned: the secretary confirms it is held today, and the record says so. */
export function StartOtherDayDialog({ scheduledOn, today, busy, onConfirm, onClose }: StartOtherDayDialogProps) {
  return (
    <Dialog title="会议不在原定日期召开" onClose={onClose} busy={busy}>
      <p>
        会议原定于 <strong>{chineseDate(scheduledOn, true)}</strong> 召开，今天是 <strong>{chineseDate(today, true)}</strong>。
      </p>
      <p>确认会议今天召开吗？会议日期将改为今天，应到成员按今天的常委会组成确定，审计日志记下原定日期。如会议只是改期、尚未召开，请取消并修改会议日期。</p>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose} disabled={busy} data-autofocus>
          取消
        </button>
        <button type="button" className="button button-primary" onClick={onConfirm} disabled={busy}>
          确认今天召开
        </button>
      </div>
    </Dialog>
  )
}
