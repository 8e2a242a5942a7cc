import { useState } from 'react'
import type { FollowUpDetail } from '../../../../shared/follow-up/views'
import { call } from '../../api/client'
import { TextField } from '../../components/TextField'
import { useAction } from '../../lib/useAction'
import { useLoad } from '../../lib/useLoad'
import { TaskDialogForm } from './TaskDialogForm'
import { DateField } from '../../components/date/DateField'

const loadLeaders = () => call('followUp.leaders')

/** 调整 of the lead leader, units or deadline, with the reason (kept in the audit log). */
export function AdjustDialog({ task, onDone, onClose }: { task: FollowUpDetail; onDone: (detail: FollowUpDetail) => void; onClose: () => void }) {
  const [leaders] = useLoad(loadLeaders)
  const [leaderId, setLeaderId] = useState(task.leadLeaderId ?? '')
  const [units, setUnits] = useState(task.responsibleUnits ?? '')
  const [deadline, setDeadline] = useState(task.deadline ?? '')
  const [reason, setReason] = useState('')
  const action = useAction()
  const options = leaders.status === 'ready' ? leaders.value : []
  return (
    <TaskDialogForm
      title={`调整：${task.topicTitle}`}
      submitLabel="保存调整"
      busy={action.busy}
      busyText="正在保存…"
      error={action.error}
      onSubmit={() =>
        void action.run(() => call('followUp.adjust', { id: task.id, leadLeaderId: leaderId === '' ? null : leaderId, responsibleUnits: units, deadline: deadline === '' ? null : deadline, reason }), onDone)
      }
      onClose={onClose}
    >
      <p className="card-note">调整只改变督办事项，不改动会议记录中的决定；调整内容和原因记入审计日志。</p>
      <div className="field">
        <label htmlFor="adjust-leader">牵头领导</label>
        <select id="adjust-leader" value={leaderId} onChange={(event) => setLeaderId(event.target.value)} data-autofocus>
          <option value="">未定</option>
          {options.map((leader) => (
            <option key={leader.id} value={leader.id}>
              {leader.name}
            </option>
          ))}
        </select>
      </div>
      <TextField id="adjust-units" label="责任单位" value={units} maxLength={200} onChange={(event) => setUnits(event.target.value)} hint="多个单位用顿号分隔，牵头单位在前。" />
      <DateField id="adjust-deadline" label="办结时限" value={deadline} onChange={setDeadline} />
      <TextField id="adjust-reason" label="调整原因" value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} required />
    </TaskDialogForm>
  )
}
