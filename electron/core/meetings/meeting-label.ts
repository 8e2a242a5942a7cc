import { inArray, eq } from 'drizzle-orm'
import type { MeetingNumbering, MeetingStatus, BodyKind } from '../../../shared/meetings/vocabulary'
import { meetingNumberLabel } from '../../../shared/meetings/status'
import type { MainDb } from '../db/migrate'
import { bodies, meetings, terms } from '../db/schema/main'

/** The columns a meeting's label needs, to spread into a select joined with bodies and terms. */
export const meetingLabelColumns = {
  meetingId: meetings.id,
  date: meetings.date,
  startTime: meetings.startTime,
  sequence: meetings.sequence,
  status: meetings.status,
  bodyId: bodies.id,
  bodyName: bodies.name,
  bodyKind: bodies.kind,
  numbering: bodies.numbering,
  termName: terms.name,
}

export interface MeetingLabelRow {
  date: string
  sequence: number
  bodyName: string
  numbering: string
  termName: string | null
}

/** "2026年第15次常委会会议" (year of the meeting date) or "第十三届第15次常委会会议". */
export function labelOf(row: MeetingLabelRow): string {
  return meetingNumberLabel({ numbering: row.numbering as MeetingNumbering, year: Number(row.date.slice(0, 4)), termName: row.termName, sequence: row.sequence, bodyName: row.bodyName })
}

export interface MeetingRef {
  meetingId: string
  label: string
  date: string
  status: MeetingStatus
  bodyKind: BodyKind
}

/** Whether a meeting has been held (进行中 or later): a consultation counts only then. */
export const isHeld = (status: MeetingStatus) => status === 'in_progress' || status === 'ended' || status === 'signed'

/** Labels of the given meetings, in one query. */
export function meetingRefs(db: MainDb, meetingIds: readonly string[]): Map<string, MeetingRef> {
  const ids = [...new Set(meetingIds)]
  if (ids.length === 0) return new Map()
  const rows = db
    .select(meetingLabelColumns)
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(terms, eq(terms.id, meetings.termId))
    .where(inArray(meetings.id, ids))
    .all()
  return new Map(rows.map((row) => [row.meetingId, { meetingId: row.meetingId, label: labelOf(row), date: row.date, status: row.status as MeetingStatus, bodyKind: row.bodyKind as BodyKind }]))
}

/** One meeting's label, for messages and audit entries ('' when there is no such meeting). */
export function meetingLabel(db: MainDb, meetingId: string): string {
  return meetingRefs(db, [meetingId]).get(meetingId)?.label ?? ''
}
