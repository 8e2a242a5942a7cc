import { useCallback, useState, type FormEvent } from 'react'
import type { SubstitutionView } from '../../../../shared/roster/views'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { useLoad } from '../../lib/useLoad'
import { DateInput } from './DateInput'
import { DialogActions } from './DialogActions'
import { useAction } from '../../lib/useAction'

/** 新增互补: the member who may be absent and the member who covers, from a date. Both must be members then. */
export function SubstitutionDialog({ defaultDate, onClose, onSaved }: { defaultDate: string; onClose: () => void; onSaved: (pair: SubstitutionView) => void }) {
  const [startDate, setStartDate] = useState(defaultDate)
  const loadRoster = useCallback(() => call('roster.asOf', { date: defaultDate }), [defaultDate])
  const [roster] = useLoad(loadRoster)
  const members = roster.status === 'ready' ? roster.value : []
  const [personId, setPersonId] = useState('')
  const [substituteId, setSubstituteId] = useState('')
  const action = useAction()

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!personId || !substituteId) {
      action.setError('请选择缺位常委和补位常委。')
      return
    }
    void action.run(() => call('roster.saveSubstitution', { personId, substituteId, startDate }), onSaved)
  }

  const options = members.map((member) => (
    <option key={member.personId} value={member.personId}>
      {member.rank}. {member.name}
    </option>
  ))
  return (
    <Dialog title="新增缺位互补" onClose={onClose} busy={action.busy}>
      <form className="form" onSubmit={submit} noValidate>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="substitution-person">缺位常委</label>
            <select id="substitution-person" value={personId} onChange={(event) => setPersonId(event.target.value)}>
              <option value="">请选择</option>
              {options}
            </select>
          </div>
          <div className="field">
            <label htmlFor="substitution-substitute">补位常委</label>
            <select id="substitution-substitute" value={substituteId} onChange={(event) => setSubstituteId(event.target.value)}>
              <option value="">请选择</option>
              {options}
            </select>
          </div>
        </div>
        <DateInput id="substitution-start" label="开始日期" value={startDate} onChange={setStartDate} />
        <DialogActions error={action.error} busy={action.busy} submitLabel="保存" onCancel={onClose} />
      </form>
    </Dialog>
  )
}
