import { useState } from 'react'
import type { AgendaItemView } from '../../../../shared/meetings/views'
import type { BallotTallyView, BookEntryView, CandidateDecisionView, MatterView } from '../../../../shared/personnel/views'
import { candidateVoteText } from '../../../../shared/personnel/vote-text'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { CandidateForm } from './CandidateForm'
import { useLive } from './LiveContext'

interface CandidateCardProps {
  item: AgendaItemView
  matter: MatterView
  index: number
  entry: BookEntryView | null
  initiallyOpen: boolean
  onSaved: (entry: BookEntryView | null) => void
}

function RecordedDecision({ recorded, tally }: { recorded: CandidateDecisionView; tally: BallotTallyView | null }) {
  const recusals = recorded.members.filter((member) => member.presence === 'recused')
  const views = recorded.members.filter((member) => member.viewLabel !== null)
  return (
    <div className="candidate-recorded">
      <p>
        <strong className={`candidate-result candidate-result-${recorded.result}`}>{recorded.resultLabel}</strong>
        {tally && recorded.voteMethod === 'secret'
          ? `${recorded.voteMethodLabel}：${candidateVoteText(recorded, tally)}（须 ${recorded.required} 票）。`
          : `${recorded.voteMethodLabel}：同意 ${recorded.counts.for} 票、不同意 ${recorded.counts.against} 票、${recorded.voteMethod === 'secret' ? '弃权' : '缓议'} ${recorded.counts.abstain} 票（应到 ${recorded.members.length} 人，须 ${recorded.required} 票）。${recorded.quorumText}。`}
      </p>
      {views.length > 0 && <p className="live-muted">意见：{views.map((member) => `${member.memberName}${member.viewLabel}`).join('、')}</p>}
      {recusals.length > 0 && <p className="live-muted">回避：{recusals.map((member) => `${member.memberName}（${member.recusalReason ?? ''}）`).join('、')}</p>}
    </div>
  )
}

/** One candidate of the topic: what is proposed, and the record of the vote or the form to enter it. */
export function CandidateCard({ item, matter, index, entry, initiallyOpen, onSaved }: CandidateCardProps) {
  const { editable } = useLive()
  const recorded = entry?.candidates.find((candidate) => candidate.matterId === matter.id)
  const [editing, setEditing] = useState(initiallyOpen && !recorded)
  const [error, setError] = useState<string | null>(null)
  const changeable = editable && !entry?.sealed

  async function withdraw() {
    if (!entry) return
    setError(null)
    const result = await call('personnel.withdrawDecision', { entryId: entry.id, matterId: matter.id })
    if (!result.ok) return setError(result.error.message)
    onSaved(result.value)
  }

  return (
    <li className="candidate-card">
      <div className="candidate-head">
        <h4>
          第{index + 1}名 {matter.cadreName}
        </h4>
        <span>{matter.actionLabel}</span>
        {matter.proposedPost && <span>拟任：{matter.proposedPost}</span>}
        {matter.postToRemove && <span>拟免：{matter.postToRemove}</span>}
        <span className="live-muted">{matter.currentPost && `现任：${matter.currentPost}`}</span>
      </div>
      {recorded && !editing && <RecordedDecision recorded={recorded} tally={entry?.ballotTally ?? null} />}
      {!recorded && !editing && <p className="live-muted">尚未表决。</p>}
      {changeable && editing && (
        <CandidateForm
          item={item}
          matter={matter}
          recorded={recorded}
          onSaved={(next) => {
            setEditing(false)
            onSaved(next)
          }}
          onCancel={() => setEditing(false)}
        />
      )}
      {changeable && !editing && (
        <div className="recusal-actions">
          <button type="button" className="button button-small button-primary" onClick={() => setEditing(true)}>
            {recorded ? '修改表决结果' : `登记${matter.cadreName}的表决`}
          </button>
          {recorded && (
            <button type="button" className="button button-small button-secondary" onClick={() => void withdraw()}>
              撤销该人选的表决
            </button>
          )}
        </div>
      )}
      <ErrorMessage message={error} />
    </li>
  )
}
