import { eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { carriedOverTo } from '../../../shared/meetings/status'
import type { MeetingDetail, SavedAt } from '../../../shared/meetings/views'
import { topicOutcomeLabels, type TopicOutcome } from '../../../shared/meetings/vocabulary'
import type { CoreContext } from '../context'
import { agendaItems, people } from '../db/schema/main'
import { syncTaskWithDecision } from '../follow-up/task-sync'
import { loadMeetingDetail } from '../meetings/meeting-detail'
import { consultationDone, itemOf } from './checked-detail'
import { outcomeProblems } from './item-rules'
import { checkPersonnelOutcome, isPersonnelCategory, itemBookState, personnelDecisionTextProblem } from './personnel-item'
import { commitRecording, recordableItem, type RecordingSession } from './recording'

interface DecisionInput {
  itemId: string
  decisionText: string
  leadLeaderId: string | null
  responsibleUnits: string
  deadline: string | null
}

/** The decision's text and its follow-up (牵头领导, 责任单位, 办结时限), saved as typed. */
export function saveDecision(session: RecordingSession, core: CoreContext, input: DecisionInput): SavedAt {
  const { item, title, category } = recordableItem(session.db, input.itemId)
  const typed = input.decisionText.trim() === '' ? null : input.decisionText
  // Once the book has the item's entry, the record says only where to find it.
  const personnel = isPersonnelCategory(category)
  const book = personnel ? itemBookState(session.vault.personnel, input.itemId, item.topicId) : null
  const problem = personnel ? personnelDecisionTextProblem(book, typed) : null
  if (problem) throw new AppError('RULE_VIOLATION', problem)
  const text = book ? book.reference : typed
  if (input.leadLeaderId && !session.db.select({ id: people.id }).from(people).where(eq(people.id, input.leadLeaderId)).get()) {
    throw new AppError('NOT_FOUND', '找不到所选的牵头领导（可能已被删除），请重新选择。')
  }
  if (!text && item.outcome === 'passed') {
    throw new AppError('RULE_VIOLATION', `议题“${title}”已记为“通过”，决定内容不能为空。如需重新表决，请先清除该议题的结果。`)
  }
  return commitRecording(session, core, { action: 'live.saveDecision', entity: 'agenda_item', entityId: input.itemId, summary: `议题“${title}”：记录决定内容和落实要求` }, (tx, at) => {
    tx.update(agendaItems)
      .set({
        decisionText: text,
        leadLeaderId: input.leadLeaderId,
        responsibleUnits: input.responsibleUnits.trim() === '' ? null : input.responsibleUnits.trim(),
        deadline: input.deadline,
        updatedAt: at,
        updatedBy: session.user.id,
      })
      .where(eq(agendaItems.id, input.itemId))
      .run()
    syncTaskWithDecision(tx, input.itemId, { personnel, title, userId: session.user.id, at })
    return { savedAt: at }
  })
}

/**
 * 通过 / 不通过 / 缓议 / 撤回, refused with the first rule it breaks (all of them in the
 * details): approval (不搞临时动议), the prior consultation, the quorum, the majority of 应到.
 */
export function setOutcome(session: RecordingSession, core: CoreContext, input: { itemId: string; outcome: TopicOutcome | null }): MeetingDetail {
  const { item, title, category } = recordableItem(session.db, input.itemId)
  // A personnel item follows the book: its entry's reference replaces the decision text.
  const book = isPersonnelCategory(category) ? checkPersonnelOutcome(session, input.itemId, item.topicId, input.outcome) : null
  const detail = loadMeetingDetail(session.db, item.meetingId)
  const view = itemOf(detail, input.itemId)
  const carried = carriedOverTo(view.topic.history, view.id)
  if (carried && input.outcome !== 'deferred') {
    throw new AppError(
      'RULE_VIOLATION',
      `议题“${title}”已作为缓议议题列入${carried}的议程：本次会议的结果只能保持“缓议”，否则同一议题会被决定两次。如需在本次会议改记结果，请先将该议题从${carried}的议程中移除。`,
    )
  }
  if (input.outcome) {
    const problems = outcomeProblems(detail, view, input.outcome, consultationDone(session.db, view), book !== null)
    const [first] = problems
    if (first) throw new AppError(first.code, `议题“${title}”不能记为“${topicOutcomeLabels[input.outcome]}”：${first.message}`, { problems })
  }
  const summary = input.outcome ? `议题“${title}”：结果记为“${topicOutcomeLabels[input.outcome]}”` : `议题“${title}”：清除结果${item.outcome ? `（原为“${topicOutcomeLabels[item.outcome as TopicOutcome]}”）` : ''}`
  return commitRecording(session, core, { action: 'live.setOutcome', entity: 'agenda_item', entityId: input.itemId, summary }, (tx, at) => {
    tx.update(agendaItems)
      .set({
        outcome: input.outcome,
        decidedAt: input.outcome ? at : null,
        decidedBy: input.outcome ? session.user.id : null,
        ...(book ? { decisionText: book.reference } : {}),
        updatedAt: at,
        updatedBy: session.user.id,
      })
      .where(eq(agendaItems.id, input.itemId))
      .run()
    // 督办: a passed decision becomes a task in the same transaction (refused when reports would be orphaned).
    syncTaskWithDecision(tx, input.itemId, { personnel: isPersonnelCategory(category), title, userId: session.user.id, at })
    return loadMeetingDetail(tx, item.meetingId)
  })
}
