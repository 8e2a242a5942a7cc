import { useState } from 'react'
import type { AgendaItemView } from '../../../../shared/meetings/views'
import { attendanceLabels, itemAbsenceKindLabels, itemAbsenceKinds, type ItemAbsenceKind } from '../../../../shared/meetings/vocabulary'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { byRank } from './liveState'
import { useStructuralAction } from './liveActions'
import { useLive } from './LiveContext'
import { RecusalForm } from './RecusalForm'

/** Per item: who was out of the room (迟到 / 早退 / 离席) and who recused (回避), member by member. */
export function ItemPresence({ item }: { item: AgendaItemView }) {
  const { detail, editable, onDetail } = useLive()
  const action = useStructuralAction(onDetail)
  const [recusing, setRecusing] = useState<string | null>(null)
  const out = item.absences.length
  const recused = item.recusals.length
  const summary = out + recused === 0 ? '全部出席成员在场，无人回避' : `本议题离席 ${out} 人，回避 ${recused} 人次`

  return (
    <details className="live-section item-presence" open={out + recused > 0 || undefined}>
      <summary>
        <h3 className="live-section-title">在场与回避</h3>
        <span className="live-muted">{summary}</span>
      </summary>
      <table className="presence-table">
        <thead>
          <tr>
            <th scope="col">成员</th>
            <th scope="col">本议题在场情况</th>
            <th scope="col">回避</th>
          </tr>
        </thead>
        <tbody>
          {byRank(detail.members).map((member) => {
            const absence = item.absences.find((entry) => entry.personId === member.personId)
            const recusals = item.recusals.filter((entry) => entry.personId === member.personId)
            const present = member.attendance === 'present'
            return (
              <tr key={member.personId}>
                <th scope="row">{member.name}</th>
                <td>
                  {!present ? (
                    <span className="live-muted">{attendanceLabels[member.attendance]}</span>
                  ) : editable ? (
                    <select
                      aria-label={`${member.name}本议题在场情况`}
                      value={absence?.kind ?? ''}
                      disabled={action.busy}
                      onChange={(event) => {
                        const kind = (event.target.value || null) as ItemAbsenceKind | null
                        void action.run(() => call('live.setItemAbsence', { itemId: item.id, personId: member.personId, kind, note: null }))
                      }}
                    >
                      <option value="">在场</option>
                      {itemAbsenceKinds.map((kind) => (
                        <option key={kind} value={kind}>
                          {itemAbsenceKindLabels[kind]}
                        </option>
                      ))}
                    </select>
                  ) : (
                    (absence ? itemAbsenceKindLabels[absence.kind] : '在场')
                  )}
                </td>
                <td>
                  {recusals.map((recusal) => (
                    <span key={recusal.candidate} className="recusal-tag">
                      回避{recusal.candidate ? `（人选：${recusal.candidate}）` : '（整个议题）'}：{recusal.reason}
                      {editable && (
                        <button
                          type="button"
                          className="button button-link"
                          aria-label={`撤销${member.name}的回避`}
                          onClick={() => void action.run(() => call('live.removeRecusal', { itemId: item.id, personId: member.personId, candidate: recusal.candidate }))}
                        >
                          撤销
                        </button>
                      )}
                    </span>
                  ))}
                  {editable && present && recusing !== member.personId && (
                    <button type="button" className="button button-link" onClick={() => setRecusing(member.personId)} aria-label={`登记${member.name}回避`}>
                      回避…
                    </button>
                  )}
                  {recusing === member.personId && <RecusalForm item={item} member={member} onDone={() => setRecusing(null)} />}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <ErrorMessage message={action.error} />
    </details>
  )
}
