import { useState, type FormEvent } from 'react'
import { workRoleLabels, workRoles, type WorkRole } from '../../../../shared/meetings/vocabulary'
import type { DivisionView, WorkAreaView } from '../../../../shared/roster/views'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { DateInput } from './DateInput'
import { DialogActions } from './DialogActions'
import { useAction } from '../../lib/useAction'

interface AssignDialogProps {
  area: WorkAreaView
  members: DivisionView['members']
  asOf: string
  onClose: () => void
  onSaved: (view: DivisionView) => void
}

/** 安排分工: a member leads (分管) or assists (协管) the field from a date. */
export function AssignDialog({ area, members, asOf, onClose, onSaved }: AssignDialogProps) {
  const [personId, setPersonId] = useState(members[0]?.personId ?? '')
  const [role, setRole] = useState<WorkRole>(area.assignments.some((one) => one.role === 'lead') ? 'assist' : 'lead')
  const [startDate, setStartDate] = useState(asOf)
  const action = useAction()

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!personId) {
      action.setError('请选择常委。')
      return
    }
    void action.run(() => call('roster.assign', { areaId: area.id, personId, role, startDate, asOf }), onSaved)
  }

  return (
    <Dialog title={`安排分工：${area.name}`} onClose={onClose} busy={action.busy}>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="assign-person">常委</label>
          <select id="assign-person" value={personId} onChange={(event) => setPersonId(event.target.value)}>
            {members.map((member) => (
              <option key={member.personId} value={member.personId}>
                {member.rank}. {member.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="choice-group">
          <legend>分工方式</legend>
          {workRoles.map((one) => (
            <label key={one} className="choice">
              <input type="radio" name="assign-role" value={one} checked={role === one} onChange={() => setRole(one)} />
              {workRoleLabels[one]}
            </label>
          ))}
        </fieldset>
        <DateInput id="assign-start" label="开始日期" value={startDate} onChange={setStartDate} />
        <DialogActions error={action.error} busy={action.busy} submitLabel="保存分工" onCancel={onClose} />
      </form>
    </Dialog>
  )
}
