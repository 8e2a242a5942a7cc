import type { AgendaItemView } from '../../../../shared/meetings/views'
import { ballotChoiceLabels, ballotChoices, voteMethodLabels, voteMethods, type BallotChoice, type VoteMethod } from '../../../../shared/meetings/vocabulary'
import { voteOutcome, type VoteCounts } from '../../../../shared/meetings/voting'
import { call } from '../../api/client'
import { useAutosave } from './autosave'
import { ItemTally } from './ItemTally'
import { itemParticipants, memberName } from './liveState'
import { useLive } from './LiveContext'
import { SaveIndicator } from './SaveIndicator'
import { draftCounts, draftOf, draftProblem, refused, voteInput, type VoteDraft } from './voteDraft'

const countFields: { key: keyof VoteCounts; label: string }[] = [
  { key: 'for', label: '同意' },
  { key: 'against', label: '不同意' },
  { key: 'abstain', label: '弃权' },
]

/** 表决: method, then counts or member-by-member ballots, checked live against who may vote; saved as entered. */
export function VotePanel({ item }: { item: AgendaItemView }) {
  const { detail, editable, onDetail } = useLive()
  const participants = itemParticipants(detail, item)
  const vote = useAutosave<VoteDraft>(draftOf(item), async (draft) => {
    const problem = draftProblem(detail, item, draft)
    if (problem) return refused(problem)
    const result = await call('live.saveVote', voteInput(item.id, draft))
    if (result.ok) onDetail(result.value)
    return result
  })
  const draft = vote.value
  const problem = draftProblem(detail, item, draft)
  const counts = draftCounts(draft)
  const result = voteOutcome(Math.max(1, detail.members.length), counts.for)
  const secret = draft.method === 'secret'

  const update = (change: Partial<VoteDraft>, immediate = true) => vote.change({ ...draft, ...change }, immediate)

  function setBallot(personId: string, choice: BallotChoice | '') {
    const ballots = { ...draft.ballots }
    if (choice) ballots[personId] = choice
    else delete ballots[personId]
    update({ ballots })
  }

  if (!editable) {
    const recorded = item.vote
    return (
      <section className="live-section" aria-labelledby="vote-title">
        <h3 id="vote-title" className="live-section-title">
          表决
        </h3>
        {recorded && recorded.method === 'secret' && recorded.tally ? (
          <ItemTally item={item} />
        ) : recorded ? (
          <p className="record-text">
            {voteMethodLabels[recorded.method]}：同意 {recorded.counts.for} 票、不同意 {recorded.counts.against} 票、弃权 {recorded.counts.abstain} 票（应到 {detail.members.length} 人）。
            {recorded.ballots.length > 0 && ` 逐人表决：${recorded.ballots.map((ballot) => `${memberName(detail, ballot.personId)}${ballotChoiceLabels[ballot.choice]}`).join('、')}。`}
          </p>
        ) : (
          <p className="live-muted">未表决。</p>
        )}
      </section>
    )
  }

  return (
    <section className="live-section" aria-labelledby="vote-title">
      <div className="live-section-head">
        <h3 id="vote-title" className="live-section-title">
          表决
        </h3>
        <span className="live-muted">参加表决 {participants.size} 人（已扣除请假、离席、回避）</span>
        <SaveIndicator state={vote.state} />
      </div>
      <div className="vote-controls">
        <div className="field">
          <label htmlFor="vote-method">表决方式</label>
          <select
            id="vote-method"
            value={draft.method ?? ''}
           
            onChange={(event) => {
              const method = (event.target.value || null) as VoteMethod | null
              update({ method, mode: method === 'secret' ? 'counts' : draft.mode })
            }}
          >
            <option value="">未表决</option>
            {voteMethods.map((method) => (
              <option key={method} value={method}>
                {voteMethodLabels[method]}
              </option>
            ))}
          </select>
        </div>
        <div className="segmented" role="radiogroup" aria-label="录入方式">
          <label className="segment">
            <input type="radio" name="vote-mode" checked={draft.mode === 'counts'} onChange={() => update({ mode: 'counts' })} />
            <span>按票数</span>
          </label>
          <label className="segment" title={secret ? '无记名投票只能录入票数' : undefined}>
            <input type="radio" name="vote-mode" checked={draft.mode === 'ballots'} disabled={secret} onChange={() => update({ mode: 'ballots' })} />
            <span>逐人录入</span>
          </label>
        </div>
        {draft.mode === 'counts' &&
          !secret &&
          countFields.map(({ key, label }) => (
            <div key={key} className="field vote-count">
              <label htmlFor={`vote-${key}`}>{label}</label>
              <input
                id={`vote-${key}`}
                type="number"
                min={0}
                max={participants.size}
                value={draft.counts[key]}
               
                onChange={(event) => update({ counts: { ...draft.counts, [key]: event.target.value === '' ? 0 : Number(event.target.value) } }, false)}
                onBlur={() => void vote.flush()}
              />
            </div>
          ))}
      </div>
      {draft.mode === 'ballots' && (
        <ul className="ballot-list">
          {[...participants].map((personId) => (
            <li key={personId}>
              <span className="ballot-name">{memberName(detail, personId)}</span>
              <div className="segmented segmented-small" role="radiogroup" aria-label={`${memberName(detail, personId)}的表决`}>
                {ballotChoices.map((choice) => (
                  <label key={choice} className="segment">
                    <input type="radio" name={`ballot-${personId}`} checked={draft.ballots[personId] === choice} onChange={() => setBallot(personId, choice)} />
                    <span>{ballotChoiceLabels[choice]}</span>
                  </label>
                ))}
                <label className="segment">
                  <input type="radio" name={`ballot-${personId}`} checked={!draft.ballots[personId]} onChange={() => setBallot(personId, '')} />
                  <span>未投</span>
                </label>
              </div>
            </li>
          ))}
        </ul>
      )}
      {secret && <ItemTally item={item} />}
      {problem ? (
        <p className="message message-error vote-result">{problem}</p>
      ) : (
        draft.method &&
        !secret && (
          <p className={`message vote-result ${result.passed ? 'message-success' : 'message-warning'}`}>
            同意 {counts.for} 票、不同意 {counts.against} 票、弃权 {counts.abstain} 票。应到 {result.members} 人，超过半数须 {result.required} 票：
            {result.passed ? '同意票已过半数，可记为通过。' : '同意票未过半数，不能记为通过。'}
          </p>
        )
      )}
    </section>
  )
}
