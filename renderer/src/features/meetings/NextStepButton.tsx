import type { MeetingDetail } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import type { MeetingActions } from './useMeetingDetail'

interface NextStepButtonProps {
  meeting: MeetingDetail
  actions: MeetingActions
  canWrite: boolean
  onOpenLive: () => void
}

/** The one thing to do next: 发出通知, 开始会议 (then the record opens), or 进入会议记录. */
export function NextStepButton({ meeting, actions, canWrite, onOpenLive }: NextStepButtonProps) {
  if (meeting.status === 'preparing') {
    if (!canWrite) return null
    return (
      <button type="button" className="button button-primary" disabled={actions.busy} onClick={() => void actions.run(() => call('meetings.advance', { id: meeting.id, to: 'notified' }), '已发出会议通知，会议进入“已通知”阶段。')}>
        发出通知
      </button>
    )
  }
  if (meeting.status === 'notified') {
    if (!canWrite) return null
    return (
      <button
        type="button"
        className="button button-primary"
        disabled={actions.busy}
        onClick={async () => {
          if (await actions.run(() => call('meetings.advance', { id: meeting.id, to: 'in_progress' }))) onOpenLive()
        }}
      >
        开始会议
      </button>
    )
  }
  return (
    <button type="button" className="button button-primary" onClick={onOpenLive}>
      进入会议记录
    </button>
  )
}
