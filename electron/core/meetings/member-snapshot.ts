import { and, eq, inArray } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { chineseDate } from '../../../shared/roster/dates'
import type { MainDb } from '../db/migrate'
import { meetingMembers } from '../db/schema/main'
import { rosterAsOf, type RosterEntry } from '../roster/roster-as-of'

/** The standing committee on the meeting date; refused when nobody is on it (no roster entered yet). */
export function rosterForMeeting(db: MainDb, date: string): RosterEntry[] {
  const roster = rosterAsOf(db, date)
  if (roster.length === 0) {
    throw new AppError('RULE_VIOLATION', `${chineseDate(date)}没有常委会组成人员记录，无法确定应到会成员：请先在“常委会组成”中录入成员及其职务、排名，再安排会议。`)
  }
  return roster
}

/**
 * Makes the meeting's members (应到) exactly `entries`, with post and rank as of its date.
 * Those who stay keep their attendance; the others are removed.
 */
export function syncMeetingMembers(tx: MainDb, meetingId: string, entries: readonly RosterEntry[], userId: string, at: string): void {
  const current = tx.select({ personId: meetingMembers.personId }).from(meetingMembers).where(eq(meetingMembers.meetingId, meetingId)).all()
  const wanted = new Set(entries.map((entry) => entry.personId))
  const leaving = current.map((row) => row.personId).filter((personId) => !wanted.has(personId))
  if (leaving.length > 0) tx.delete(meetingMembers).where(and(eq(meetingMembers.meetingId, meetingId), inArray(meetingMembers.personId, leaving))).run()
  for (const entry of entries) {
    tx.insert(meetingMembers)
      .values({ meetingId, personId: entry.personId, rank: entry.rank, post: entry.post, updatedAt: at, updatedBy: userId })
      .onConflictDoUpdate({ target: [meetingMembers.meetingId, meetingMembers.personId], set: { rank: entry.rank, post: entry.post, updatedAt: at, updatedBy: userId } })
      .run()
  }
}

/**
 * The members as of `date`, re-read until the meeting starts (a new date, or a roster
 * corrected since): the whole standing committee for its meetings; for other bodies the
 * chosen members who are still on it, with that day's post and rank.
 */
export function resnapshotMembers(tx: MainDb, body: { kind: string }, meetingId: string, date: string, userId: string, at: string): void {
  const roster = rosterForMeeting(tx, date)
  if (body.kind === 'standing') return syncMeetingMembers(tx, meetingId, roster, userId, at)
  const chosen = new Set(tx.select({ personId: meetingMembers.personId }).from(meetingMembers).where(eq(meetingMembers.meetingId, meetingId)).all().map((row) => row.personId))
  const kept = roster.filter((entry) => chosen.has(entry.personId))
  if (kept.length === 0) throw new AppError('RULE_VIOLATION', `所选的应到成员在${chineseDate(date)}都已不在常委会中：请重新选择应到成员。`)
  syncMeetingMembers(tx, meetingId, kept, userId, at)
}
