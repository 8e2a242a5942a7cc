import { and, desc, eq, ne } from 'drizzle-orm'
import type { ConsultationRef } from '../../../shared/meetings/views'
import type { MeetingStatus } from '../../../shared/meetings/vocabulary'
import type { MainDb } from '../db/migrate'
import { agendaItems, bodies, meetings, terms, topics } from '../db/schema/main'
import { isHeld, labelOf, meetingLabelColumns } from '../meetings/meeting-label'

/**
 * The 书记专题会议 agenda items a personnel topic can cite as its 酝酿, newest first.
 * A topic's own items are left out: it cannot be its own consultation.
 */
export function consultationOptions(db: MainDb, topicId: string | undefined): (ConsultationRef & { title: string })[] {
  return db
    .select({ itemId: agendaItems.id, title: topics.title, ...meetingLabelColumns })
    .from(agendaItems)
    .innerJoin(topics, eq(topics.id, agendaItems.topicId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(terms, eq(terms.id, meetings.termId))
    .where(and(eq(bodies.kind, 'secretary'), topicId ? ne(agendaItems.topicId, topicId) : undefined))
    .orderBy(desc(meetings.date), desc(meetings.startTime), agendaItems.position)
    .all()
    .map((row) => ({ itemId: row.itemId, meetingId: row.meetingId, meetingLabel: labelOf(row), date: row.date, held: isHeld(row.status as MeetingStatus), title: row.title }))
}
