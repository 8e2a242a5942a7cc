import { useState } from 'react'
import type { AgendaItemView, MeetingDetail } from '../../../../shared/meetings/views'
import { voteMethodLabels, voteMethods, type VoteMethod } from '../../../../shared/meetings/vocabulary'
import { memberViewLabels, memberViews } from '../../../../shared/personnel/vocabulary'
import { candidateParticipants, candidateQuorumText, checkDraft, type CandidateDraft } from './candidateDraft'
import { absenceReason, byRank } from './liveState'
import './live-meeting.css'

interface CandidateFieldsProps {
  detail: MeetingDetail
  item: AgendaItemView
  /** Prefix for the fields' ids and radio names: unique per candidate on the page. */
  idBase: string
  cadreName: string
  draft: CandidateDraft
  onChange: (draft: CandidateDraft) => void
  /** A 复议 of a decided candidate: ask how many members agreed to reconsider. */
  reconsidering: boolean
}

const countLabels = [
  ['for', '同意'],
  ['against', '不同意'],
  ['abstain', '弃权'],
] as const

/**
 * One candidate's record as entered (逐一表决): recusals with reasons, each member's view
 * or the secret-ballot counts, deferral, and the live quorum and result. Shared by the
 * meeting's form and the book's correction entry.
 */
export function CandidateFields({ detail, item, idBase, cadreName, draft, onChange, reconsidering }: CandidateFieldsProps) {
  const inRoom = candidateParticipants(detail, item, draft)
  const check = checkDraft(detail, item, draft)
  const quorum = candidateQuorumText(detail, item, draft)
  const secret = draft.voteMethod === 'secret'
  const update = (change: Partial<CandidateDraft>) => onChange({ ...draft, ...change })
  // Only a recusal ticked just now takes the focus, not one prefilled from a record.
  const [ticked, setTicked] = useState<string | null>(null)

  function setRecusal(memberId: string, reason: string | null) {
    const recusals = { ...draft.recusals }
    if (reason === null) delete recusals[memberId]
    else recusals[memberId] = reason
    update({ recusals })
  }

  return (
    <>
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
                        <input
                          type="checkbox"
                          checked={recusal !== undefined}
                          onChange={(event) => {
                            setTicked(event.target.checked ? member.personId : null)
                            setRecusal(member.personId, event.target.checked ? '' : null)
                          }}
                        />
                        回避
                      </label>
                      {recusal !== undefined && (
                        <input
                          aria-label={`${member.name}回避原因`}
                          value={recusal}
                          maxLength={200}
                          placeholder="回避原因（必填）"
                          autoFocus={ticked === member.personId}
                          onChange={(event) => setRecusal(member.personId, event.target.value)}
                        />
                      )}
                    </div>
                  )}
                </td>
                <td>
                  {votes ? (
                    <div className="segmented segmented-small" role="radiogroup" aria-label={`${member.name}对${cadreName}的意见`}>
                      {memberViews.map((view) => (
                        <label key={view} className="segment">
                          <input type="radio" name={`${idBase}-view-${member.personId}`} checked={draft.views[member.personId] === view} onChange={() => update({ views: { ...draft.views, [member.personId]: view } })} />
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
          <label htmlFor={`${idBase}-method`}>表决方式</label>
          <select id={`${idBase}-method`} value={draft.voteMethod} onChange={(event) => update({ voteMethod: event.target.value as VoteMethod })}>
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
              <label htmlFor={`${idBase}-${key}`}>{label}票</label>
              <input
                id={`${idBase}-${key}`}
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
            <label htmlFor={`${idBase}-reconsider`}>同意复议人数</label>
            <input
              id={`${idBase}-reconsider`}
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
    </>
  )
}
