import { useState } from 'react'
import { reviewResultLabels, type ReviewResult } from '../../../../shared/follow-up/transitions'
import type { FollowUpDetail } from '../../../../shared/follow-up/views'
import { call } from '../../api/client'
import { useAction } from '../../lib/useAction'
import { submitOnCtrlEnter, TaskDialogForm } from './TaskDialogForm'
import { DateField } from '../../components/date/DateField'

/** 回头看 of a completed task: 确认销号, or 重新交办 with what was found. */
export function ReviewDialog({ task, onDone, onClose }: { task: FollowUpDetail; onDone: (detail: FollowUpDetail) => void; onClose: () => void }) {
  const [date, setDate] = useState(task.today)
  const [result, setResult] = useState<ReviewResult>('confirmed')
  const [reason, setReason] = useState('')
  const action = useAction()
  return (
    <TaskDialogForm
      title={`回头看：${task.topicTitle}`}
      submitLabel={reviewResultLabels[result]}
      busy={action.busy}
      busyText="正在保存…"
      error={action.error}
      onSubmit={() => void action.run(() => call('followUp.review', { id: task.id, date, result, reason }), onDone)}
      onClose={onClose}
    >
      <fieldset className="choice-group">
        <legend>结论</legend>
        <label className="choice">
          <input type="radio" name="review-result" value="confirmed" checked={result === 'confirmed'} onChange={() => setResult('confirmed')} data-autofocus />
          <span>确认销号 <span className="choice-hint">已按要求办结，督办结束</span></span>
        </label>
        <label className="choice">
          <input type="radio" name="review-result" value="reopened" checked={result === 'reopened'} onChange={() => setResult('reopened')} />
          <span>重新交办 <span className="choice-hint">发现问题，事项回到“推进中”</span></span>
        </label>
      </fieldset>
      <DateField id="review-date" label="回头看日期" value={date} max={task.today} onChange={setDate} required />
      <div className="field">
        <label htmlFor="review-reason">{result === 'reopened' ? '重新交办的原因' : '意见（可不填）'}</label>
        <textarea id="review-reason" rows={4} value={reason} maxLength={1000} onChange={(event) => setReason(event.target.value)} onKeyDown={submitOnCtrlEnter} />
      </div>
    </TaskDialogForm>
  )
}
