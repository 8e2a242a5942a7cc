import { useCallback, useState, type FormEvent } from 'react'
import type { MembershipView } from '../../../../shared/roster/views'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { TextField } from '../../components/TextField'
import { useLoad } from '../../lib/useLoad'
import { DateInput } from './DateInput'
import { DialogActions } from './DialogActions'
import { PersonFields, type PersonDraft } from './PersonFields'
import { useAction } from '../../lib/useAction'

const NEW = 'new'

/** 新增常委: an existing person, or a new one typed here (saved together with the membership). */
export function AddMemberDialog({ defaultDate, onClose, onSaved }: { defaultDate: string; onClose: () => void; onSaved: (saved: MembershipView) => void }) {
  const loadPeople = useCallback(() => call('roster.people'), [])
  const [people] = useLoad(loadPeople)
  const candidates = people.status === 'ready' ? people.value.filter((person) => person.currentRank === null) : []
  const [personId, setPersonId] = useState(NEW)
  const [draft, setDraft] = useState<PersonDraft>({ name: '', sex: null, unit: '' })
  const [post, setPost] = useState('区委常委')
  const [rank, setRank] = useState('')
  const [startDate, setStartDate] = useState(defaultDate)
  const action = useAction()

  function submit(event: FormEvent) {
    event.preventDefault()
    const who = personId === NEW ? { newPerson: { name: draft.name, sex: draft.sex, unit: draft.unit, note: null } } : { personId }
    void action.run(() => call('roster.addMembership', { ...who, post, rank: Number(rank), startDate }), onSaved)
  }

  return (
    <Dialog title="新增常委" onClose={onClose} busy={action.busy} size="wide">
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="add-member-person">人员</label>
          <select id="add-member-person" value={personId} onChange={(event) => setPersonId(event.target.value)} data-autofocus>
            <option value={NEW}>新人员（在下方填写）</option>
            {candidates.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
                {person.unit ? `（${person.unit}）` : ''}
              </option>
            ))}
          </select>
          <p className="field-hint">已录入而当前不是常委的人员可直接选用；否则填写新人员的姓名。</p>
        </div>
        {personId === NEW && <PersonFields idPrefix="add-member" value={draft} onChange={setDraft} />}
        <div className="form-grid">
          <TextField id="add-member-post" label="职务" value={post} onChange={(event) => setPost(event.target.value)} maxLength={64} required />
          <TextField id="add-member-rank" label="排名" type="number" min={1} max={99} value={rank} onChange={(event) => setRank(event.target.value)} required hint="常委会内的排名，1 为第一位" />
        </div>
        <DateInput id="add-member-start" label="任职起始日期" value={startDate} onChange={setStartDate} />
        <DialogActions error={action.error} busy={action.busy} submitLabel="新增常委" onCancel={onClose} />
      </form>
    </Dialog>
  )
}
