import { eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { isRecordable } from '../../../shared/meetings/status'
import { meetingStatusLabels, type MeetingStatus } from '../../../shared/meetings/vocabulary'
import { appendAudit, type AuditRecord } from '../audit/audit-log'
import type { CoreContext } from '../context'
import type { MainDb } from '../db/migrate'
import { agendaItems, meetings, topics } from '../db/schema/main'
import type { Session } from '../session'

// What every write to a meeting's record shares: the meeting must be running or ended (not
// yet signed), and each edit is one transaction with its audit entry.

export type MeetingRow = typeof meetings.$inferSelect
export type AgendaItemRow = typeof agendaItems.$inferSelect
export type RecordingSession = Pick<Session, 'db' | 'actor' | 'user' | 'vault'>

export const sealedError = () => new AppError('MEETING_SEALED')

/** Refuses a write to a signed meeting, or one not yet started. */
export function assertRecordable(status: MeetingStatus): void {
  if (status === 'signed') throw sealedError()
  if (!isRecordable(status)) {
    throw new AppError(
      'STATUS_INVALID',
      `会议处于“${meetingStatusLabels[status]}”阶段：出席、发言、表决和结果只能在会议“进行中”或“已结束”（签发前）时记录。请先开始会议。`,
    )
  }
}

export function findMeeting(db: MainDb, meetingId: string): MeetingRow {
  const row = db.select().from(meetings).where(eq(meetings.id, meetingId)).get()
  if (!row) throw new AppError('NOT_FOUND', '找不到该会议（可能已被删除），请刷新后重试。')
  return row
}

export function recordableMeeting(db: MainDb, meetingId: string): MeetingRow {
  const meeting = findMeeting(db, meetingId)
  assertRecordable(meeting.status as MeetingStatus)
  return meeting
}

/** An agenda item of a meeting that can be recorded, with its topic's title for messages. */
export function recordableItem(db: MainDb, itemId: string): { item: AgendaItemRow; meeting: MeetingRow; title: string; category: string } {
  const row = db.select({ item: agendaItems, title: topics.title, category: topics.category }).from(agendaItems).innerJoin(topics, eq(topics.id, agendaItems.topicId)).where(eq(agendaItems.id, itemId)).get()
  if (!row) throw new AppError('NOT_FOUND', '找不到该议题（可能已从议程中移除），请刷新后重试。')
  return { item: row.item, meeting: recordableMeeting(db, row.item.meetingId), title: row.title, category: row.category }
}

/** The seal triggers abort with 'SEALED' (also when wrapped by drizzle): that is MEETING_SEALED. */
export function isSealedAbort(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    if (current.message === 'SEALED') return true
  }
  return false
}

/**
 * Runs one edit and its audit entry in one transaction. `write` may throw an AppError after
 * writing (a check on the state it leaves): the whole edit is then rolled back.
 */
export function commitRecording<T>(session: RecordingSession, core: CoreContext, audit: AuditRecord, write: (tx: MainDb, at: string) => T): T {
  const now = core.now()
  const at = now.toISOString()
  try {
    return session.db.transaction((tx) => {
      const result = write(tx, at)
      appendAudit(tx, session.actor, audit, now)
      return result
    })
  } catch (error) {
    if (isSealedAbort(error)) throw sealedError()
    throw error
  }
}
