import { and, asc, count, eq, inArray, isNull, notExists, sql } from 'drizzle-orm'
import { localDay } from '../../../shared/calendar/local-day'
import { materialDeadline, type WorkingCalendar } from '../../../shared/calendar/working-days'
import type { MeetingMention, Shortlist, TopicAwaitingApproval, TopicAwaitingMaterials } from '../../../shared/dashboard/views'
import type { MeetingRules } from '../../../shared/meetings/views'
import type { MainDb } from '../db/migrate'
import { agendaItems, bodies, meetings, terms, topics } from '../db/schema/main'
import { labelOf, meetingLabelColumns } from '../meetings/meeting-label'
import { loadTopicSummaries } from '../topics/topic-summary'
import { beforeMeetingStatuses } from './meeting-scope'

/** How many topics waiting for approval the home page lists (the oldest first); the total is given too. */
export const approvalLimit = 12

// An outcome that settles a topic: it no longer waits for anything.
const settlingOutcomes = ['passed', 'rejected', 'withdrawn']

/** Topics not yet approved by the secretary (待书记审定), neither withdrawn nor decided; oldest first. */
export function topicsAwaitingApproval(db: MainDb): Shortlist<TopicAwaitingApproval> {
  const settled = db
    .select({ one: sql`1` })
    .from(agendaItems)
    .where(and(eq(agendaItems.topicId, topics.id), inArray(agendaItems.outcome, settlingOutcomes)))
  const waiting = and(isNull(topics.approvedAt), isNull(topics.withdrawnAt), notExists(settled))
  const total = db.select({ total: count() }).from(topics).where(waiting).get()?.total ?? 0
  const rows = db.select({ id: topics.id, createdAt: topics.createdAt }).from(topics).where(waiting).orderBy(asc(topics.createdAt), asc(topics.title)).limit(approvalLimit).all()
  const proposedOn = new Map(rows.map((row) => [row.id, localDay(row.createdAt)]))
  const items = loadTopicSummaries(
    db,
    rows.map((row) => row.id),
  ).map((topic): TopicAwaitingApproval => {
    // A topic already put on an agenda waits there (outcome not yet recorded).
    const pending = topic.history.findLast((entry) => entry.outcome === null)
    return {
      topicId: topic.id,
      title: topic.title,
      category: topic.category,
      bodyName: topic.bodyName,
      proposingUnit: topic.proposingUnit,
      proposedOn: proposedOn.get(topic.id) ?? '',
      meeting: pending ? { id: pending.meetingId, label: pending.meetingLabel, date: pending.date } : null,
    }
  })
  return { total, items }
}

/**
 * Topics on the agendas of meetings not yet held whose materials are missing or came in
 * after the deadline (会前 N 个工作日), by meeting date; the deadline as the meeting page computes it.
 */
export function topicsAwaitingMaterials(db: MainDb, rules: MeetingRules, calendar: WorkingCalendar): TopicAwaitingMaterials[] {
  const items = db
    .select({ itemId: agendaItems.id, topicId: agendaItems.topicId, ...meetingLabelColumns })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(terms, eq(terms.id, meetings.termId))
    .where(inArray(meetings.status, beforeMeetingStatuses))
    .orderBy(asc(meetings.date), asc(meetings.startTime), asc(agendaItems.position))
    .all()
  const summaries = new Map(
    loadTopicSummaries(
      db,
      items.map((item) => item.topicId),
    ).map((topic) => [topic.id, topic]),
  )
  return items.flatMap((item): TopicAwaitingMaterials[] => {
    const topic = summaries.get(item.topicId)
    if (!topic) return []
    const received = topic.materials.map((material) => localDay(material.receivedAt))
    const deadline = materialDeadline(item.date, received, rules.materialDeadlineWorkingDays, calendar)
    if (deadline.state === 'ok') return []
    const meeting: MeetingMention = { id: item.meetingId, label: labelOf(item), date: item.date }
    return [{ topicId: topic.id, itemId: item.itemId, title: topic.title, category: topic.category, proposingUnit: topic.proposingUnit, meeting, deadline: { ...deadline, state: deadline.state } }]
  })
}
