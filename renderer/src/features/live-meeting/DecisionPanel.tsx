import { useContext } from 'react'
import type { AgendaItemView } from '../../../../shared/meetings/views'
import { carriedOverTo } from '../../../../shared/meetings/status'
import { topicOutcomeLabels, topicOutcomes, type TopicOutcome } from '../../../../shared/meetings/vocabulary'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import type { BookEntryView } from '../../../../shared/personnel/views'
import { hiddenPersonnelText, personnelItemText } from '../../../../shared/personnel/meeting-item'
import { chineseDate } from '../meetings/chineseDate'
import { AmendableText } from './AmendableText'
import { AutosaveContext, useAutosave } from './autosave'
import { patchItem } from './detailPatches'
import { byRank, memberName, outcomeProblems } from './liveState'
import { useStructuralAction } from './liveActions'
import { useLive } from './LiveContext'
import { SaveIndicator } from './SaveIndicator'
import { DateInput } from '../../components/date/DateInput'

interface DecisionDraft {
  decisionText: string
  leadLeaderId: string | null
  responsibleUnits: string
  deadline: string | null
}

interface DecisionPanelProps {
  item: AgendaItemView
  /** A personnel item: the book's entry (null before the first candidate) and candidates not yet voted. */
  book?: BookEntryView | null
  undecided?: number
}

/**
 * 决定内容, 牵头领导, 责任单位, 办结时限 (saved as typed), and the outcome, checked by the rules before and by core on the click.
 * For a personnel item the decision text is only the book's reference, written by core with the outcome.
 */
export function DecisionPanel({ item, book, undecided = 0 }: DecisionPanelProps) {
  const personnel = book !== undefined
  const { detail, editable, sealed, onDetail, patch } = useLive()
  const registry = useContext(AutosaveContext)
  const action = useStructuralAction(onDetail)
  const decision = useAutosave<DecisionDraft>(
    { decisionText: item.decisionText, leadLeaderId: item.leadLeaderId, responsibleUnits: item.responsibleUnits, deadline: item.deadline },
    async (draft) => {
      const result = await call('live.saveDecision', { itemId: item.id, ...draft })
      if (result.ok) patch(patchItem(item.id, { ...draft, leadLeaderName: memberName(detail, draft.leadLeaderId) || null }))
      return result
    },
  )
  const draft = decision.value
  // A 缓议 carried over to a later agenda stands here: core refuses any other outcome.
  const carried = carriedOverTo(item.topic.history, item.id)
  const update = (change: Partial<DecisionDraft>, immediate = false) => decision.change({ ...draft, ...change }, immediate)

  async function record(outcome: TopicOutcome | null) {
    // The decision text and every other field typed so far are saved before the outcome.
    await registry?.flushAll()
    await action.run(() => call('live.setOutcome', { itemId: item.id, outcome }))
  }

  // One line per problem, naming the outcomes it forbids (a missing quorum forbids both).
  const blocked = new Map<string, TopicOutcome[]>()
  for (const outcome of ['passed', 'rejected'] as const) {
    const results = personnel ? { results: book?.candidates.map((candidate) => candidate.result) ?? [], undecided } : undefined
    for (const problem of outcomeProblems(detail, item, outcome, results)) blocked.set(problem.message, [...(blocked.get(problem.message) ?? []), outcome])
  }

  if (!editable) {
    return (
      <section className="live-section" aria-labelledby="decision-title">
        <h3 id="decision-title" className="live-section-title">
          议定事项
        </h3>
        <p>
          议定结果：<strong>{item.outcome ? topicOutcomeLabels[item.outcome] : '未议定'}</strong>
          {item.leadLeaderName && <span className="decision-lead">牵头领导：{item.leadLeaderName}</span>}
        </p>
        {sealed ? (
          <div className="decision-record">
            {/* A personnel item's decision is the book's reference: corrected in the book, not here. */}
            {personnel ? (
              <p className="record-text personnel-reference">决定内容：{personnelItemText(item.decisionText)}</p>
            ) : (
              <AmendableText target="agenda_item" targetId={item.id} field="decisionText" original={item.decisionText} />
            )}
            <AmendableText target="agenda_item" targetId={item.id} field="responsibleUnits" original={item.responsibleUnits} />
            <AmendableText target="agenda_item" targetId={item.id} field="deadline" original={item.deadline ?? ''} display={chineseDate} />
          </div>
        ) : (
          <p className="record-text">{item.decisionText || '（未记录决定内容）'}</p>
        )}
      </section>
    )
  }

  return (
    <section className="live-section" aria-labelledby="decision-title">
      <div className="live-section-head">
        <h3 id="decision-title" className="live-section-title">
          议定事项
        </h3>
        <SaveIndicator state={decision.state} />
      </div>
      {personnel ? (
        <p className="record-text personnel-reference">
          决定内容：{book ? hiddenPersonnelText(book.label) : personnelItemText(item.decisionText)}
          <span className="live-muted">（人选的表决情况只记入专用记录本；记录结果时写入条目编号）</span>
        </p>
      ) : (
        <div className="field">
          <label htmlFor="decision-text">决定内容</label>
          <textarea id="decision-text" rows={3} value={draft.decisionText} onChange={(event) => update({ decisionText: event.target.value })} onBlur={() => void decision.flush()} />
        </div>
      )}
      <div className="decision-grid">
        <div className="field">
          <label htmlFor="decision-lead">牵头领导</label>
          <select id="decision-lead" value={draft.leadLeaderId ?? ''} onChange={(event) => update({ leadLeaderId: event.target.value || null }, true)}>
            <option value="">（不指定）</option>
            {byRank(detail.members).map((member) => (
              <option key={member.personId} value={member.personId}>
                {member.name}（{member.post}）
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="decision-units">责任单位</label>
          <input id="decision-units" value={draft.responsibleUnits} maxLength={200} onChange={(event) => update({ responsibleUnits: event.target.value })} onBlur={() => void decision.flush()} />
        </div>
        <div className="field">
          <label htmlFor="decision-deadline">办结时限</label>
          <DateInput id="decision-deadline" value={draft.deadline ?? ''} onChange={(value) => update({ deadline: value || null }, true)} />
        </div>
      </div>
      <div className="outcome-bar">
        <span className="outcome-current">
          议定结果：<strong>{item.outcome ? topicOutcomeLabels[item.outcome] : '未议定'}</strong>
        </span>
        {topicOutcomes.map((outcome) => (
          <button
            key={outcome}
            type="button"
            className="button button-secondary outcome-button"
            aria-pressed={item.outcome === outcome}
            disabled={action.busy || (carried !== null && outcome !== 'deferred')}
            onClick={() => void record(outcome)}
          >
            {topicOutcomeLabels[outcome]}
          </button>
        ))}
        {item.outcome && !carried && (
          <button type="button" className="button button-link" onClick={() => void record(null)} disabled={action.busy}>
            清除结果
          </button>
        )}
      </div>
      {carried && <p className="live-muted">该议题已作为缓议议题列入{carried}的议程，本次会议的结果保持“缓议”。如需改记，请先将其从{carried}的议程中移除。</p>}
      {blocked.size > 0 && !item.outcome && (
        <ul className="outcome-problems" aria-label="按规定不能记录的结果">
          {[...blocked].map(([message, outcomes]) => (
            <li key={message}>
              <strong>不能记为{outcomes.map((outcome) => `“${topicOutcomeLabels[outcome]}”`).join('或')}：</strong>
              {message}
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage message={action.error} />
    </section>
  )
}
