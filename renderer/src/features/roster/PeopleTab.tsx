import { useState, type FormEvent } from 'react'
import type { PersonView } from '../../../../shared/roster/views'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { StatusMessage } from '../../components/StatusMessage'
import { TextField } from '../../components/TextField'
import { useLoad } from '../../lib/useLoad'
import { useSession } from '../session/SessionContext'
import { DialogActions } from './DialogActions'
import { PersonFields, type PersonDraft } from './PersonFields'
import { useAction } from '../../lib/useAction'
import { canWriteRoster } from './canWriteRoster'

const loadPeople = () => call('roster.people')

/** 人员: everyone the records may name — members, and presenters, unit leaders, guests who are not. */
export function PeopleTab() {
  const { session } = useSession()
  const writable = canWriteRoster(session.permissions)
  const [people, reload] = useLoad(loadPeople)
  const [editing, setEditing] = useState<{ person?: PersonView } | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  return (
    <section className="card" aria-labelledby="people-title">
      <div className="card-header">
        <h2 id="people-title">人员</h2>
        {writable && (
          <button type="button" className="button button-primary" onClick={() => { setNotice(null); setEditing({}) }}>
            新增人员
          </button>
        )}
      </div>
      <p className="card-note">会议主持人、汇报人、列席人员、分管领导等都从这里选用。常委的职务和排名在“常委会组成”中维护。</p>
      {notice && <StatusMessage tone="success">{notice}</StatusMessage>}
      {people.status === 'loading' && <LoadingIndicator />}
      {people.status === 'error' && <ErrorMessage message={people.error.message} />}
      {people.status === 'ready' && people.value.length === 0 && <EmptyState title="还没有人员">{writable ? '点击“新增人员”录入。' : '尚未录入人员。'}</EmptyState>}
      {people.status === 'ready' && people.value.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">人员</caption>
            <thead>
              <tr>
                <th scope="col">姓名</th>
                <th scope="col">性别</th>
                <th scope="col">工作单位</th>
                <th scope="col">现任常委职务</th>
                {writable && <th scope="col" className="cell-actions">操作</th>}
              </tr>
            </thead>
            <tbody>
              {people.value.map((person) => (
                <tr key={person.id}>
                  <th scope="row" className="cell-name">{person.name}</th>
                  <td>{person.sex ?? ''}</td>
                  <td>{person.unit ?? ''}</td>
                  <td>{person.currentPost ? `${person.currentPost}（第 ${person.currentRank} 位）` : <span className="cell-sub">非常委</span>}</td>
                  {writable && (
                    <td className="cell-actions">
                      <button type="button" className="button button-small button-secondary" aria-label={`编辑${person.name}`} onClick={() => { setNotice(null); setEditing({ person }) }}>
                        编辑
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <PersonDialog
          person={editing.person}
          onClose={() => setEditing(null)}
          onSaved={(person) => {
            setEditing(null)
            setNotice(`已保存人员 ${person.name}。`)
            reload()
          }}
        />
      )}
    </section>
  )
}

function PersonDialog({ person, onClose, onSaved }: { person?: PersonView; onClose: () => void; onSaved: (person: PersonView) => void }) {
  const [draft, setDraft] = useState<PersonDraft>({ name: person?.name ?? '', sex: person?.sex ?? null, unit: person?.unit ?? '' })
  const [note, setNote] = useState(person?.note ?? '')
  const action = useAction()

  function submit(event: FormEvent) {
    event.preventDefault()
    void action.run(() => call('roster.savePerson', { id: person?.id, name: draft.name, sex: draft.sex, unit: draft.unit, note }), onSaved)
  }

  return (
    <Dialog title={person ? `编辑人员：${person.name}` : '新增人员'} onClose={onClose} busy={action.busy} size="wide">
      <form className="form" onSubmit={submit} noValidate>
        <PersonFields idPrefix="person" value={draft} onChange={setDraft} />
        <TextField id="person-note" label="备注" value={note} onChange={(event) => setNote(event.target.value)} maxLength={500} />
        <DialogActions error={action.error} busy={action.busy} submitLabel="保存" onCancel={onClose} />
      </form>
    </Dialog>
  )
}
