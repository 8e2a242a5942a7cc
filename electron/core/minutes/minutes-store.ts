import { and, desc, eq, max } from 'drizzle-orm'
import { minutesContentSchema, type MinutesStatus } from '../../../shared/documents/minutes/content'
import type { MinutesState, MinutesView } from '../../../shared/documents/minutes/views'
import type { MinutesNumbering } from '../../../shared/documents/settings'
import { AppError } from '../../../shared/errors'
import type { MeetingStatus } from '../../../shared/meetings/vocabulary'
import type { MainDb } from '../db/migrate'
import { minutes } from '../db/schema/documents'
import { auditLog } from '../db/schema/main'
import { findMeeting } from '../live/recording'
import { meetingLabel } from '../meetings/meeting-label'
import type { Session } from '../session'

// Reading a meeting's 纪要 and numbering new ones. One row per meeting; 第×期 per body and
// year (or one series a year, by the setting), assigned at drafting and never reused.

export type MinutesRow = typeof minutes.$inferSelect

export const minutesRow = (db: MainDb, meetingId: string): MinutesRow | undefined => db.select().from(minutes).where(eq(minutes.meetingId, meetingId)).get()

export function requireMinutes(db: MainDb, meetingId: string): MinutesRow {
  const row = minutesRow(db, meetingId)
  if (!row) throw new AppError('NOT_FOUND', '这次会议还没有起草纪要：请先点击“起草纪要”。')
  return row
}

/** The next 第×期 for the body and year (body_year), or for the year across bodies (year). */
export function nextIssueNumber(db: MainDb, bodyId: string, year: number, numbering: MinutesNumbering): number {
  const scope = numbering === 'year' ? eq(minutes.year, year) : and(eq(minutes.bodyId, bodyId), eq(minutes.year, year))
  return (db.select({ last: max(minutes.issueNumber) }).from(minutes).where(scope).get()?.last ?? 0) + 1
}

/** The reason given the last time the 纪要 went back from 审核 to 起草 (kept in its audit entry). */
export const returnReasonMarker = '退回原因：'
function lastReturnReason(db: MainDb, row: MinutesRow): string | null {
  if (row.status !== 'draft') return null
  const entry = db.select({ summary: auditLog.summary, action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, row.id)).orderBy(desc(auditLog.id)).limit(1).get()
  if (entry?.action !== 'minutes.returnToDraft') return null
  const at = entry.summary.indexOf(returnReasonMarker)
  return at >= 0 ? entry.summary.slice(at + returnReasonMarker.length) : null
}

export function minutesView(db: MainDb, row: MinutesRow, label: string, meetingStatus: MeetingStatus): MinutesView {
  const content = minutesContentSchema.safeParse(row.content)
  if (!content.success) throw new AppError('VAULT_DAMAGED', `${label}纪要的内容已损坏，无法读取。`)
  return {
    id: row.id,
    meetingId: row.meetingId,
    meetingLabel: label,
    meetingStatus,
    year: row.year,
    issueNumber: row.issueNumber,
    status: row.status as MinutesStatus,
    content: content.data,
    drafted: { at: row.draftedAt, byName: row.draftedByName },
    reviewed: row.reviewedAt && row.reviewedByName ? { at: row.reviewedAt, byName: row.reviewedByName } : null,
    issued: row.issuedAt && row.issuedByName ? { at: row.issuedAt, byName: row.issuedByName } : null,
    updatedAt: row.updatedAt,
    returnReason: lastReturnReason(db, row),
  }
}

export function minutesState(session: Pick<Session, 'db' | 'vault'>, meetingId: string): MinutesState {
  const meeting = findMeeting(session.db, meetingId)
  const label = meetingLabel(session.db, meetingId)
  const status = meeting.status as MeetingStatus
  const row = minutesRow(session.db, meetingId)
  return { meetingId, meetingLabel: label, meetingStatus: status, minutes: row ? minutesView(session.db, row, label, status) : null, mayIncludePersonnel: session.vault.personnel !== null }
}
