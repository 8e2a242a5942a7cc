import { asc, count, eq, inArray } from 'drizzle-orm'
import { isOverdueMeeting } from '../../../shared/dashboard/overdue-meetings'
import type { UpcomingMeeting } from '../../../shared/dashboard/views'
import type { BodyKind, MeetingStatus } from '../../../shared/meetings/vocabulary'
import type { MainDb } from '../db/migrate'
import { agendaItems, bodies, meetings, terms } from '../db/schema/main'
import { labelOf, meetingLabelColumns } from '../meetings/meeting-label'
import { notEndedStatuses } from './meeting-scope'

/** How many meetings to come the home page lists. */
export const upcomingLimit = 6

/**
 * The meetings not yet ended (筹备, 已通知, 进行中), earliest first, with their topic counts,
 * split into those to come and those 逾期未召开 (isOverdueMeeting); at most upcomingLimit each.
 * Few meetings are ever open at once, so they are all read and split here by the shared rule.
 */
export function openMeetings(db: MainDb, today: string): { upcoming: UpcomingMeeting[]; overdue: UpcomingMeeting[] } {
  const all = notEndedMeetings(db)
  const overdue = all.filter((meeting) => isOverdueMeeting(meeting, today))
  const upcoming = all.filter((meeting) => !isOverdueMeeting(meeting, today))
  return { upcoming: upcoming.slice(0, upcomingLimit), overdue: overdue.slice(0, upcomingLimit) }
}

function notEndedMeetings(db: MainDb): UpcomingMeeting[] {
  const rows = db
    .select({ ...meetingLabelColumns, place: meetings.place })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(terms, eq(terms.id, meetings.termId))
    .where(inArray(meetings.status, notEndedStatuses))
    .orderBy(asc(meetings.date), asc(meetings.startTime), asc(meetings.sequence))
    .all()
  if (rows.length === 0) return []
  const counts = new Map(
    db
      .select({ meetingId: agendaItems.meetingId, topics: count() })
      .from(agendaItems)
      .where(
        inArray(
          agendaItems.meetingId,
          rows.map((row) => row.meetingId),
        ),
      )
      .groupBy(agendaItems.meetingId)
      .all()
      .map((row) => [row.meetingId, row.topics]),
  )
  return rows.map((row) => ({
    id: row.meetingId,
    label: labelOf(row),
    bodyName: row.bodyName,
    bodyKind: row.bodyKind as BodyKind,
    date: row.date,
    startTime: row.startTime,
    place: row.place,
    status: row.status as MeetingStatus,
    topicCount: counts.get(row.meetingId) ?? 0,
  }))
}
