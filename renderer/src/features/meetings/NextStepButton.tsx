import { useState } from 'react'
import type { MeetingDetail } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import { todayIso } from '../../lib/clock'
import { StartOtherDayDialog } from './StartOtherDayDialog'
import type { MeetingActions } from './useMeetingDetail'

interface NextStepButtonProps {
  meeting: MeetingDetail
  actions: MeetingActions
  canWrite: boolean
  onOpenLive: () => void
}

/** The one thing to do next: 发出通知, 开始会议 (then the record opens), or 进入会议记录. */
export function NextStepButton({ meeting, actions, canWrite, onOpenLive }: NextStepButtonProps) {
  const [confirmDay, setConfirmDay] = useState<string | null>(null)
  const start = async (heldOn?: string) => {
    if (await actions.run(() => call('meetings.advance', { id: meeting.id, to: 'in_progress', heldOn }))) onOpenLive()
  }
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
      <>
        <button
          type="button"
          className="button button-primary"
          disabled={actions.busy}
          onClick={() => {
            // Held on another day than planned: ask first, then record the day it really is.
            const today = todayIso()
            if (today !== meeting.date) setConfirmDay(today)
            else void start()
          }}
        >
          开始会议
        </button>
        {confirmDay && (
          <StartOtherDayDialog
            scheduledOn={meeting.date}
            today={confirmDay}
            busy={actions.busy}
            onClose={() => setConfirmDay(null)}
            onConfirm={() => {
              const heldOn = confirmDay
              setConfirmDay(null)
              void start(heldOn)
            }}
          />
        )}
      </>
    )
  }
  return (
    <button type="button" className="button button-primary" onClick={onOpenLive}>
      进入会议记录
    </button>
  )
}
