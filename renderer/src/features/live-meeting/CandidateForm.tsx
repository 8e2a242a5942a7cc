import { useState, type FormEvent } from 'react'
import type { AgendaItemView } from '../../../../shared/meetings/views'
import { voteMethodLabels, voteMethods, type VoteMethod } from '../../../../shared/meetings/vocabulary'
import type { BookEntryView, CandidateDecisionView, MatterView } from '../../../../shared/personnel/views'
import { memberViewLabels, memberViews } from '../../../../shared/personnel/vocabulary'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { candidateParticipants, candidateQuorumText, checkDraft, decisionInput, draftOf, type CandidateDraft } from './candidateDraft'
import { absenceReason, byRank, wholeItemRecusals } from './liveState'
import { useLive } from './LiveContext'

interface CandidateFormProps {
  item: AgendaItemView
  matter: MatterView
  recorded: CandidateDecisionView | undefined
  onSaved: (entry: BookEntryView) => void
  onCancel: (() => void) | null
}

const countLabels = [
  ['for', '同意'],
  ['against', '不同意'],
  ['abstain', '弃权'],
] as const

/** One candidate (逐一表决): recusals with reasons, each member's view or the secret-ballot counts, checked live. */
export function CandidateForm({ item, matter, recorded, onSaved, onCancel }: CandidateFormProps) {
  const { detail } = useLive()
  const wholeItem = wholeItemRecusals(item)
  const [draft, setDraft] = useState<CandidateDraft>(() => draftOf(recorded, wholeItem))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const inRoom = candidateParticipants(detail, item, draft)
  const check = checkDraft(detail, item, draft)
  const quorum = candidateQuorumText(detail, item, draft)
  const secret = draft.voteMethod === 'secret'
  const reconsidering = matter.decision !== null && matter.decision.result !== 'deferred' && recorded === undefined
  const base = `candidate-${matter.id}`
  const update = (change: Partial<CandidateDraft>) => setDraft((current) => ({ ...current, ...change }))

  function setRecusal(memberId: string, reason: string | null) {
    const recusals = { ...draft.recusals }
    if (reason === null) delete recusals[memberId]
    else recusals[memberId] = reason
    update({ recusals })
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    const result = await call('personnel.decideCandidate', decisionInput(detail, item, matter.id, draft))
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    onSaved(result.value)
  }

  return (
    <form className="candidate-form" onSubmit={submit} aria-label={`${matter.cadreName}的表决`}>
      <table className="presence-table candidate-table">
        <thead>
          <tr>
            <th scope="col">成员</th>
            <th scope="col">回避</th>
            <th scope="col">{secret ? '意见（无记名投票不逐人登记）' : '意见'}</th>
          </tr>
        </thead>
        <tbody>
          {byRank(detail.members).map((member) => {
            const away = absenceReason(detail, item, member.personId)
            const recusal = draft.recusals[member.personId]
            const votes = inRoom.has(member.personId) && !secret
            return (
              <tr key={member.personId}>
                <th scope="row">
                  {member.name}
                  {away && <span className="live-muted">（{away}）</span>}
                </th>
                <td>
                  {!away && (
                    <div className="candidate-recusal">
                      <label>
                        <input type="checkbox" checked={recusal !== undefined} onChange={(event) => setRecusal(member.personId, event.target.checked ? '' : null)} />
                        回避
                      </label>
                      {recusal !== undefined && (
                        <input
                          aria-label={`${member.name}回避原因`}
                          value={recusal}
                          maxLength={200}
                          placeholder="回避原因（必填）"
                          autoFocus
                          onChange={(event) => setRecusal(member.personId, event.target.value)}
                        />
                      )}
                    </div>
                  )}
                </td>
                <td>
                  {votes ? (
                    <div className="segmented segmented-small" role="radiogroup" aria-label={`${member.name}对${matter.cadreName}的意见`}>
                      {memberViews.map((view) => (
                        <label key={view} className="segment">
                          <input type="radio" name={`${base}-view-${member.personId}`} checked={draft.views[member.personId] === view} onChange={() => update({ views: { ...draft.views, [member.personId]: view } })} />
                          <span>{memberViewLabels[view]}</span>
                        </label>
                      ))}
                    </div>
                  ) : (
                    <span className="live-muted">{recusal !== undefined ? '已回避，不发表意见' : away ? '不参加表决' : ''}</span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <div className="vote-controls">
        <div className="field">
          <label htmlFor={`${base}-method`}>表决方式</label>
          <select id={`${base}-method`} value={draft.voteMethod} onChange={(event) => update({ voteMethod: event.target.value as VoteMethod })}>
            {voteMethods.map((method) => (
              <option key={method} value={method}>
                {voteMethodLabels[method]}
              </option>
            ))}
          </select>
        </div>
        {secret &&
          countLabels.map(([key, label]) => (
            <div key={key} className="field vote-count">
              <label htmlFor={`${base}-${key}`}>{label}票</label>
              <input
                id={`${base}-${key}`}
                type="number"
                min={0}
                max={inRoom.size}
                value={draft.counts[key]}
                onChange={(event) => update({ counts: { ...draft.counts, [key]: event.target.value === '' ? 0 : Number(event.target.value) } })}
              />
            </div>
          ))}
        <label className="candidate-defer">
          <input type="checkbox" checked={draft.deferred} onChange={(event) => update({ deferred: event.target.checked })} />
          会议决定对该人选缓议
        </label>
        {reconsidering && (
          <div className="field vote-count">
            <label htmlFor={`${base}-reconsider`}>同意复议人数</label>
            <input
              id={`${base}-reconsider`}
              type="number"
              min={0}
              max={detail.members.length}
              value={draft.reconsiderationAgreed ?? ''}
              onChange={(event) => update({ reconsiderationAgreed: event.target.value === '' ? null : Number(event.target.value) })}
            />
          </div>
        )}
      </div>
      <p className={`message ${quorum.met ? 'message-success' : 'message-error'}`}>该人选（回避后）{quorum.text}</p>
      {check.ok ? (
        <p className={`message vote-result ${check.result === 'passed' ? 'message-success' : 'message-warning'}`}>
          同意 {check.counts.for} 票、不同意 {check.counts.against} 票、{secret ? '弃权' : '缓议'} {check.counts.abstain} 票。应到 {detail.members.length} 人，超过半数须 {check.required} 票：
          <strong>{check.result === 'passed' ? '通过' : check.result === 'deferred' ? '缓议' : '未通过'}</strong>
        </p>
      ) : (
        <p className="message message-warning vote-result">{check.problem}</p>
      )}
      <ErrorMessage message={error} />
      <div className="recusal-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? '正在保存…' : `保存${matter.cadreName}的表决结果`}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
            取消
          </button>
        )}
      </div>
    </form>
  )
}
