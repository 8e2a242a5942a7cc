import { useState } from 'react'
import type { FollowUpDetail } from '../../../../shared/follow-up/views'
import { call } from '../../api/client'
import { useAction } from '../../lib/useAction'
import { submitOnCtrlEnter, TaskDialogForm } from './TaskDialogForm'
import { DateField } from '../../components/date/DateField'

/** 报办结: the final report; the task then waits for 回头看. */
export function CompleteDialog({ task, onDone, onClose }: { task: FollowUpDetail; onDone: (detail: FollowUpDetail) => void; onClose: () => void }) {
  const [date, setDate] = useState(task.today)
  const [text, setText] = useState('')
  const action = useAction()
  return (
    <TaskDialogForm
      title={`报办结：${task.topicTitle}`}
      submitLabel="报办结"
      busy={action.busy}
      busyText="正在保存…"
      error={action.error}
      onSubmit={() => void action.run(() => call('followUp.complete', { id: task.id, date, text }), onDone)}
      onClose={onClose}
    >
      <p className="card-note">报办结后事项为“已办结”，不再接收进展报告，等待回头看确认销号或重新交办。</p>
      <DateField id="complete-date" label="办结日期" value={date} max={task.today} onChange={setDate} required />
      <div className="field">
        <label htmlFor="complete-text">办结报告</label>
        <textarea id="complete-text" rows={6} value={text} maxLength={5000} onChange={(event) => setText(event.target.value)} onKeyDown={submitOnCtrlEnter} data-autofocus />
        <p className="field-hint">写明办理结果和完成情况。Ctrl+Enter 保存。</p>
      </div>
    </TaskDialogForm>
  )
}
