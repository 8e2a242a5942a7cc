import { useState } from 'react'
import type { FollowUpDetail } from '../../../../shared/follow-up/views'
import { call } from '../../api/client'
import { useAction } from '../../lib/useAction'
import { submitOnCtrlEnter, TaskDialogForm } from './TaskDialogForm'
import { DateField } from '../../components/date/DateField'

/** 报告进展: date, what was done, and files chosen in the system dialog after 保存. */
export function ReportDialog({ task, onDone, onClose }: { task: FollowUpDetail; onDone: (detail: FollowUpDetail) => void; onClose: () => void }) {
  const [date, setDate] = useState(task.today)
  const [text, setText] = useState('')
  const [withFiles, setWithFiles] = useState(false)
  const action = useAction()
  return (
    <TaskDialogForm
      title={`报告进展：${task.topicTitle}`}
      submitLabel={withFiles ? '选择附件并保存…' : '保存进展'}
      busy={action.busy}
      busyText={withFiles ? '请在系统对话框中选择附件…' : '正在保存…'}
      error={action.error}
      onSubmit={() => void action.run(() => call('followUp.report', { id: task.id, date, text, withFiles }), onDone)}
      onClose={onClose}
    >
      {task.state === 'not_started' && <p className="card-note">第一次报告进展后，事项由“未启动”转为“推进中”。</p>}
      <DateField id="report-date" label="报告日期" value={date} max={task.today} onChange={setDate} required />
      <div className="field">
        <label htmlFor="report-text">进展情况</label>
        <textarea id="report-text" rows={6} value={text} maxLength={5000} onChange={(event) => setText(event.target.value)} onKeyDown={submitOnCtrlEnter} data-autofocus />
        <p className="field-hint">Ctrl+Enter 保存。</p>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={withFiles} onChange={(event) => setWithFiles(event.target.checked)} />
        附带文件（保存时选择，文件加密保存在本机数据库中，每个不超过 200 MB）
      </label>
    </TaskDialogForm>
  )
}
