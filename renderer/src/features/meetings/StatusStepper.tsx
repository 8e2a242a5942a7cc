import { meetingStatuses, meetingStatusLabels, type MeetingStatus } from '../../../../shared/meetings/vocabulary'

/** 筹备 → 已通知 → 进行中 → 已结束 → 已签发, with the current step marked. */
export function StatusStepper({ status }: { status: MeetingStatus }) {
  const currentIndex = meetingStatuses.indexOf(status)
  return (
    <ol className="status-stepper" aria-label="会议进度">
      {meetingStatuses.map((step, index) => {
        const state = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'todo'
        return (
          <li key={step} className={`status-step status-step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="status-step-mark" aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            <span className="status-step-label">{meetingStatusLabels[step]}</span>
            {state === 'done' && <span className="visually-hidden">（已完成）</span>}
          </li>
        )
      })}
    </ol>
  )
}
