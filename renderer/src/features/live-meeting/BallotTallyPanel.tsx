import { useState, type FormEvent } from 'react'
import { presentMemberIds } from '../../../../shared/meetings/item-presence'
import type { AgendaItemView } from '../../../../shared/meetings/views'
import type { VoteCounts } from '../../../../shared/meetings/voting'
import type { BookEntryView, MatterView } from '../../../../shared/personnel/views'
import { candidateVoteText } from '../../../../shared/personnel/vote-text'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { BallotPapersButton, TallyReportButton } from '../personnel-documents/BallotDocumentButtons'
import { itemParticipants, memberName } from './liveState'
import { useLive } from './LiveContext'
import { checkTallyDraft, countsOf, tallyDraftOf, tallyInput, type TallyDraft } from './tallyDraft'

interface BallotTallyPanelProps {
  item: AgendaItemView
  matters: MatterView[]
  entry: BookEntryView | null
  onSaved: (entry: BookEntryView) => void
}

const countFields: { key: keyof VoteCounts; label: string }[] = [
  { key: 'for', label: '同意' },
  { key: 'against', label: '不同意' },
  { key: 'abstain', label: '弃权' },
]

const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text))
const shown = (value: number) => (Number.isNaN(value) ? '' : String(value))

/**
 * 无记名投票: the ballots to print (one per member taking part) and the tally — 发出 from the
 * participants, 收回/有效/无效, each candidate's counts, 监票人 and 计票人 — checked live by the
 * rule core applies; saved into the book as every candidate's secret-ballot result.
 */
export function BallotTallyPanel({ item, matters, entry, onSaved }: BallotTallyPanelProps) {
  const { detail, editable } = useLive()
  const [draft, setDraft] = useState<TallyDraft>(() => tallyDraftOf(detail, item, entry))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const issued = itemParticipants(detail, item).size
  const check = checkTallyDraft(detail, item, matters, draft)
  const changeable = editable && !entry?.sealed
  const present = presentMemberIds(detail)
  const tally = entry?.ballotTally ?? null

  const update = (change: Partial<TallyDraft>) => setDraft({ ...draft, ...change })
  const setCount = (matterId: string, key: keyof VoteCounts, value: number) => update({ counts: { ...draft.counts, [matterId]: { ...countsOf(draft, matterId), [key]: value } } })
  const toggle = (role: 'scrutineerIds' | 'tellerIds', id: string, on: boolean) => update({ [role]: on ? [...draft[role], id] : draft[role].filter((other) => other !== id) })

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    const result = await call('personnel.recordBallotTally', tallyInput(detail, item, matters, draft))
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    onSaved(result.value)
  }

  return (
    <section className="live-section ballot-tally" aria-labelledby="tally-title">
      <div className="live-section-head">
        <h3 id="tally-title" className="live-section-title">
          无记名投票
        </h3>
        <span className="live-muted">发出表决票 {issued} 张（参加表决的成员：已扣除请假、离席和整个议题回避的成员）</span>
      </div>
      <div className="recusal-actions">
        <BallotPapersButton meetingId={detail.id} agendaItemId={item.id} />
        {tally && entry && <TallyReportButton entryId={entry.id} />}
      </div>
      {tally && entry && (
        <ul className="tally-recorded" aria-label="计票结果">
          {entry.candidates.filter((c) => c.voteMethod === 'secret').map((c) => (
            <li key={c.id}>
              <strong>{c.cadreName}</strong>：{candidateVoteText(c, tally)}，{c.resultLabel}。
            </li>
          ))}
          <li className="live-muted">
            监票人：{tally.scrutineers.join('、')}；计票人：{tally.tellers.join('、')}
          </li>
        </ul>
      )}
      {changeable && matters.length > 0 && (
        <form className="tally-form" onSubmit={submit} aria-label="计票" noValidate>
          <div className="tally-ballots">
            <div className="field tally-count">
              <span className="field-label">发出</span>
              <output aria-label="发出">{issued}</output>
            </div>
            {(['returned', 'valid', 'invalid'] as const).map((key) => (
              <div key={key} className="field tally-count">
                <label htmlFor={`tally-${key}`}>{{ returned: '收回', valid: '有效', invalid: '无效' }[key]}</label>
                <input id={`tally-${key}`} type="number" min={0} max={issued} value={shown(draft[key])} onChange={(event) => update({ [key]: numberOf(event.target.value) })} />
              </div>
            ))}
          </div>
          <table className="table tally-candidates">
            <thead>
              <tr>
                <th scope="col">人选</th>
                {countFields.map(({ key, label }) => (
                  <th key={key} scope="col">{label}</th>
                ))}
                <th scope="col">结果</th>
              </tr>
            </thead>
            <tbody>
              {matters.map((matter, index) => {
                const outcome = check.ok ? check.outcomes[index] : undefined
                return (
                  <tr key={matter.id}>
                    <th scope="row">{matter.cadreName}</th>
                    {countFields.map(({ key, label }) => (
                      <td key={key}>
                        <input type="number" min={0} aria-label={`${matter.cadreName}${label}`} value={shown(countsOf(draft, matter.id)[key])} onChange={(event) => setCount(matter.id, key, numberOf(event.target.value))} />
                      </td>
                    ))}
                    <td>{outcome ? (outcome.passed ? '通过' : `未通过（须 ${outcome.required} 票）`) : '—'}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
          <div className="tally-counters">
            {(['scrutineerIds', 'tellerIds'] as const).map((role) => (
              <fieldset key={role} className="tally-role">
                <legend>{role === 'scrutineerIds' ? '监票人' : '计票人'}</legend>
                {present.map((id) => (
                  <label key={id} className="checkbox">
                    <input type="checkbox" checked={draft[role].includes(id)} onChange={(event) => toggle(role, id, event.target.checked)} />
                    {memberName(detail, id)}
                  </label>
                ))}
              </fieldset>
            ))}
          </div>
          {!check.ok && <p className="message message-warning">{check.problem}</p>}
          <ErrorMessage message={error} />
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? '正在保存…' : tally ? '重新保存计票结果' : '保存计票结果'}
          </button>
        </form>
      )}
    </section>
  )
}
