import { and, count, desc, eq, gte, inArray, isNotNull, lte, sql, type SQL } from 'drizzle-orm'
import type { ChannelParsed } from '../../../shared/ipc/contract'
import type { MeetingSummary } from '../../../shared/meetings/views'
import type { BodyKind, MeetingStatus } from '../../../shared/meetings/vocabulary'
import type { MainDb } from '../db/migrate'
import { agendaItems, bodies, meetings, people, terms } from '../db/schema/main'
import { labelOf, meetingLabelColumns } from './meeting-label'

/** Meetings matching the filters, newest date first, with how many items each has and how many have an outcome. */
export function listMeetings(db: MainDb, filters: ChannelParsed<'meetings.list'>): MeetingSummary[] {
  const conditions: SQL[] = []
  if (filters.year !== undefined) conditions.push(gte(meetings.date, `${filters.year}-01-01`), lte(meetings.date, `${filters.year}-12-31`))
  if (filters.bodyId) conditions.push(eq(meetings.bodyId, filters.bodyId))
  if (filters.status) conditions.push(eq(meetings.status, filters.status))
  const rows = db
    .select({ ...meetingLabelColumns, place: meetings.place, chairName: people.name })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(terms, eq(terms.id, meetings.termId))
    .leftJoin(people, eq(people.id, meetings.chairId))
    .where(and(...conditions))
    .orderBy(desc(meetings.date), desc(meetings.startTime), desc(meetings.sequence))
    .all()
  const ids = rows.map((row) => row.meetingId)
  const counts = new Map(
    ids.length === 0
      ? []
      : db
          .select({ meetingId: agendaItems.meetingId, items: count(), decided: sql<number>`sum(${isNotNull(agendaItems.outcome)})` })
          .from(agendaItems)
          .where(inArray(agendaItems.meetingId, ids))
          .groupBy(agendaItems.meetingId)
          .all()
          .map((row) => [row.meetingId, row]),
  )
  return rows.map((row) => ({
    id: row.meetingId,
    bodyId: row.bodyId,
    bodyName: row.bodyName,
    bodyKind: row.bodyKind as BodyKind,
    label: labelOf(row),
    sequence: row.sequence,
    date: row.date,
    startTime: row.startTime,
    place: row.place,
    status: row.status as MeetingStatus,
    chairName: row.chairName,
    itemCount: counts.get(row.meetingId)?.items ?? 0,
    decidedCount: Number(counts.get(row.meetingId)?.decided ?? 0),
  }))
}
