import type { MinutesView } from '../../../../shared/documents/minutes/views'
import { chineseDate } from '../../../../shared/roster/dates'
import { chineseDateTime } from '../live-meeting/chineseDateTime'

/** 起草 → 审核 → 签发, each step with who took it and when. */
export function MinutesStepper({ minutes }: { minutes: MinutesView }) {
  const steps = [
    { label: '起草', step: minutes.drafted },
    { label: '审核', step: minutes.reviewed },
    { label: '签发', step: minutes.issued },
  ]
  const currentIndex = steps.findIndex((entry) => entry.step === null)
  return (
    <ol className="status-stepper minutes-stepper" aria-label="纪要进度">
      {steps.map(({ label, step }, index) => {
        const state = step ? 'done' : index === currentIndex ? 'current' : 'todo'
        return (
          <li key={label} className={`status-step status-step-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="status-step-mark" aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            <span className="status-step-label">
              {label}
              {label === '签发' && minutes.signer ? (
                <span className="minutes-step-who">
                  签发人 {minutes.signer.name} · {chineseDate(minutes.signer.signedOn)}（{step?.byName}录入）
                </span>
              ) : step ? (
                <span className="minutes-step-who">
                  {step.byName} · {chineseDateTime(step.at)}
                </span>
              ) : (
                <span className="minutes-step-who">{state === 'current' ? '待办' : '未到'}</span>
              )}
            </span>
            {state === 'done' && <span className="visually-hidden">（已完成）</span>}
          </li>
        )
      })}
    </ol>
  )
}
