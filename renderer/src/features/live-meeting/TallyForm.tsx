import { useState, type FormEvent } from 'react'
import { presentMemberIds } from '../../../../shared/meetings/item-presence'
import type { AgendaItemView } from '../../../../shared/meetings/views'
import type { VoteCounts } from '../../../../shared/meetings/voting'
import { ErrorMessage } from '../../components/ErrorMessage'
import { itemParticipants, memberName } from './liveState'
import { useLive } from './LiveContext'
import { checkTallyDraft, countsOf, type TallyCandidate, type TallyDraft } from './tallyDraft'
import './tally-form.css'

interface TallyFormProps {
  item: AgendaItemView
  candidates: readonly TallyCandidate[]
  initial: TallyDraft
  recorded: boolean
  /** Saves the tally; the refusal's message, or null when saved. */
  onSave: (draft: TallyDraft) => Promise<string | null>
}

const countFields: { key: keyof VoteCounts; label: string }[] = [
  { key: 'for', label: '同意' },
  { key: 'against', label: '不同意' },
  { key: 'abstain', label: '弃权' },
]

const ballotFields = [
  { key: 'returned', label: '收回' },
  { key: 'valid', label: '有效' },
  { key: 'invalid', label: '无效' },
] as const

const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text))
const shown = (value: number) => (Number.isNaN(value) ? '' : String(value))

/**
 * 计票: 发出 from the item's participants, 收回/有效/无效, each candidate's counts, 监票人 and
 * 计票人 from the present members — checked live by the rule core applies on save.
 */
export function TallyForm({ item, candidates, initial, recorded, onSave }: TallyFormProps) {
  const { detail } = useLive()
  const [draft, setDraft] = useState<TallyDraft>(initial)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const issued = itemParticipants(detail, item).size
  const check = checkTallyDraft(detail, item, candidates, draft)
  const present = presentMemberIds(detail)

  const update = (change: Partial<TallyDraft>) => {
    setDraft({ ...draft, ...change })
    setError(null)
  }
  const setCount = (id: string, key: keyof VoteCounts, value: number) => update({ counts: { ...draft.counts, [id]: { ...countsOf(draft, id), [key]: value } } })
  const toggle = (role: 'scrutineerIds' | 'tellerIds', id: string, on: boolean) => update({ [role]: on ? [...draft[role], id] : draft[role].filter((other) => other !== id) })

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(await onSave(draft))
    setBusy(false)
  }

  // noValidate: the shared rule explains a wrong count better than the browser, and core has the last word.
  return (
    <form className="tally-form" onSubmit={submit} aria-label="计票" noValidate>
      <div className="tally-ballots">
        <div className="field tally-count">
          <span className="field-label">发出</span>
          <output aria-label="发出">{issued}</output>
        </div>
        {ballotFields.map(({ key, label }) => (
          <div key={key} className="field tally-count">
            <label htmlFor={`tally-${key}`}>{label}</label>
            <input id={`tally-${key}`} type="number" min={0} max={issued} value={shown(draft[key])} onChange={(event) => update({ [key]: numberOf(event.target.value) })} />
          </div>
        ))}
      </div>
      <table className="table tally-candidates">
        <thead>
          <tr>
            <th scope="col">{candidates.length === 1 && candidates[0]!.id === item.id ? '表决事项' : '人选'}</th>
            {countFields.map(({ key, label }) => (
              <th key={key} scope="col">{label}</th>
            ))}
            <th scope="col">结果</th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((candidate, index) => {
            const outcome = check.ok ? check.outcomes[index] : undefined
            return (
              <tr key={candidate.id}>
                <th scope="row">{candidate.name}</th>
                {countFields.map(({ key, label }) => (
                  <td key={key}>
                    <input type="number" min={0} aria-label={`${candidate.name}${label}`} value={shown(countsOf(draft, candidate.id)[key])} onChange={(event) => setCount(candidate.id, key, numberOf(event.target.value))} />
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
      {/* A refusal says the same as the live check and adds 未保存: shown instead of it until the next change. */}
      {!check.ok && !error && <p className="message message-warning">{check.problem}</p>}
      <ErrorMessage message={error} />
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? '正在保存…' : recorded ? '重新保存计票结果' : '保存计票结果'}
      </button>
    </form>
  )
}
