import type { SecretMaterialView } from '../../../../shared/meeting-papers/views'
import { Dialog } from '../../components/Dialog'
import { OutstandingCopies } from './OutstandingCopies'

interface EndMeetingWarningProps {
  materials: readonly SecretMaterialView[]
  busy: boolean
  onEnd: () => void
  onClose: () => void
}

/** 结束会议 while numbered copies of classified materials are still out: say which, then end or go back. */
export function EndMeetingWarning({ materials, busy, onEnd, onClose }: EndMeetingWarningProps) {
  return (
    <Dialog title="涉密材料尚未全部收回" onClose={onClose} busy={busy}>
      <OutstandingCopies materials={materials} />
      <p>请在散会前逐份收回。仍要结束会议的，这些份数会一直列在会议页面上，直到收回或注明原因（如“会后补交”“已按规定销毁”）。</p>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose} disabled={busy} data-autofocus>
          返回收回材料
        </button>
        <button type="button" className="button button-primary" onClick={onEnd} disabled={busy}>
          仍要结束会议
        </button>
      </div>
    </Dialog>
  )
}
