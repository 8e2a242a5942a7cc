import { useCallback, useState } from 'react'
import { call } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import { useSession } from '../session/SessionContext'
import { DutyListEditor } from './DutyListEditor'
import { canWriteRoster } from './canWriteRoster'

const loadPeople = () => call('roster.people')

/** 职责清单: pick a member, then edit that member's list. */
export function DutiesTab() {
  const { session } = useSession()
  const writable = canWriteRoster(session.permissions)
  const [people] = useLoad(loadPeople)
  const [personId, setPersonId] = useState('')
  const members = people.status === 'ready' ? people.value.filter((person) => person.currentRank !== null) : []

  return (
    <section className="card" aria-labelledby="duties-title">
      <h2 id="duties-title">常委职责清单</h2>
      {people.status === 'loading' && <LoadingIndicator />}
      {people.status === 'error' && <ErrorMessage message={people.error.message} />}
      {people.status === 'ready' && members.length === 0 && <EmptyState title="还没有在任的常委">请先在“常委会组成”中录入常委。</EmptyState>}
      {members.length > 0 && (
        <>
          <div className="roster-toolbar">
            <div className="field field-member">
              <label htmlFor="duties-person">常委</label>
              <select id="duties-person" value={personId} onChange={(event) => setPersonId(event.target.value)}>
                <option value="">请选择常委</option>
                {members.map((member) => (
                  <option key={member.id} value={member.id}>
                    {member.currentRank}. {member.name}（{member.currentPost}）
                  </option>
                ))}
              </select>
            </div>
          </div>
          {personId ? <DutiesOf key={personId} personId={personId} writable={writable} /> : <p className="card-note">选择一名常委，查看和编辑其职责清单。</p>}
        </>
      )}
    </section>
  )
}

function DutiesOf({ personId, writable }: { personId: string; writable: boolean }) {
  const loadDuties = useCallback(() => call('roster.duties', { personId }), [personId])
  const [duties] = useLoad(loadDuties)
  if (duties.status === 'loading') return <LoadingIndicator />
  if (duties.status === 'error') return <ErrorMessage message={duties.error.message} />
  return <DutyListEditor personId={personId} initial={duties.value} writable={writable} />
}
