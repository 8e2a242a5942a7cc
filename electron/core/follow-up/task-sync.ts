import { randomUUID } from 'node:crypto'
import { count, eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { topicOutcomeLabels, type TopicOutcome } from '../../../shared/meetings/vocabulary'
import type { MainDb } from '../db/migrate'
import { agendaItems, followUpTasks, taskReports, topics } from '../db/schema/main'

// A passed decision on a non-personnel topic is followed up as a task (督办), kept in step with
// the decision while the meeting is recorded. Personnel decisions are followed up in the book;
// a member's report heard by the committee (常委向常委会报告分管工作) decides nothing to follow up.
// Runs inside the recording's transaction, so the decision and its task commit together.

function reportCount(tx: MainDb, taskId: string): number {
  return tx.select({ n: count() }).from(taskReports).where(eq(taskReports.taskId, taskId)).get()?.n ?? 0
}

/**
 * After an item's outcome or decision changed: creates the task of a passed decision, or
 * takes over the decision's lead leader, units and deadline while nothing was reported yet.
 * A task of an outcome changed away from 通过 is removed while it has no reports; with reports
 * the change is refused, because what the units reported would lose the decision it answers.
 */
export function syncTaskWithDecision(tx: MainDb, itemId: string, input: { personnel: boolean; title: string; userId: string; at: string }): void {
  const item = tx.select().from(agendaItems).where(eq(agendaItems.id, itemId)).get()
  if (!item) return
  const task = tx.select().from(followUpTasks).where(eq(followUpTasks.agendaItemId, itemId)).get()
  const report = tx.select({ memberId: topics.reportingMemberId }).from(topics).where(eq(topics.id, item.topicId)).get()?.memberId ?? null
  const follows = item.outcome === 'passed' && !input.personnel && report === null
  const fromDecision = { leadLeaderId: item.leadLeaderId, responsibleUnits: item.responsibleUnits, deadline: item.deadline, updatedAt: input.at, updatedBy: input.userId }
  if (follows && !task) {
    tx.insert(followUpTasks).values({ id: randomUUID(), agendaItemId: itemId, state: 'not_started', ...fromDecision, createdAt: input.at, createdBy: input.userId }).run()
    return
  }
  if (!task) return
  const reports = reportCount(tx, task.id)
  if (follows) {
    // Once a unit has reported, the task is its own record: changes go through 调整.
    if (reports === 0) tx.update(followUpTasks).set(fromDecision).where(eq(followUpTasks.id, task.id)).run()
    return
  }
  if (reports > 0) {
    const outcome = item.outcome ? `“${topicOutcomeLabels[item.outcome as TopicOutcome]}”` : '空白'
    throw new AppError(
      'RULE_VIOLATION',
      `议题“${input.title}”的决定已作为督办事项交办，责任单位已报告进展 ${reports} 次，不能把结果改为${outcome}：进展报告只能追加、不能删除，改记结果会使这些报告失去所依据的决定。请保持“通过”；如记录确有错误，请在会议签发后以更正记录说明。`,
    )
  }
  tx.delete(followUpTasks).where(eq(followUpTasks.id, task.id)).run()
}
