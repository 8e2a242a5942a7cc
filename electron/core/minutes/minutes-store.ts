import { and, asc, desc, eq, max } from 'drizzle-orm'
import { minutesContentSchema, type MinutesStatus } from '../../../shared/documents/minutes/content'
import type { MinutesState, MinutesView, SignerChoice } from '../../../shared/documents/minutes/views'
import type { MinutesNumbering } from '../../../shared/documents/settings'
import { AppError } from '../../../shared/errors'
import type { MeetingStatus } from '../../../shared/meetings/vocabulary'
import type { MainDb } from '../db/migrate'
import { minutes } from '../db/schema/documents'
import { auditLog, meetingMembers, people } from '../db/schema/main'
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
    signer: row.signerName && row.signedOn ? { personId: row.signerId, name: row.signerName, signedOn: row.signedOn } : null,
    updatedAt: row.updatedAt,
    returnReason: lastReturnReason(db, row),
  }
}

export function minutesState(session: Pick<Session, 'db' | 'vault'>, meetingId: string): MinutesState {
  const meeting = findMeeting(session.db, meetingId)
  const label = meetingLabel(session.db, meetingId)
  const status = meeting.status as MeetingStatus
  const row = minutesRow(session.db, meetingId)
  return {
    meetingId,
    meetingLabel: label,
    meetingStatus: status,
    minutes: row ? minutesView(session.db, row, label, status) : null,
    mayIncludePersonnel: session.vault.personnel !== null,
    signerChoices: signerChoices(session.db, meetingId),
  }
}

/** The meeting's members (应到) by rank: the 签发人 is one of them, the 书记 (first) by default. */
export function signerChoices(db: MainDb, meetingId: string): SignerChoice[] {
  return db
    .select({ personId: meetingMembers.personId, name: people.name, post: meetingMembers.post })
    .from(meetingMembers)
    .innerJoin(people, eq(people.id, meetingMembers.personId))
    .where(eq(meetingMembers.meetingId, meetingId))
    .orderBy(asc(meetingMembers.rank))
    .all()
}
