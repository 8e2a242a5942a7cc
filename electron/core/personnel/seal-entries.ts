import { createHash } from 'node:crypto'
import { and, asc, eq, inArray, isNull } from 'drizzle-orm'
import { entryLabel } from '../../../shared/personnel/vocabulary'
import type { PersonnelDb } from '../db/migrate'
import { bookEntries, books, entryBallotTallies, entryDecisions, entryMemberViews } from '../db/schema/personnel'

type EntryRow = typeof bookEntries.$inferSelect

// Sealing: the chair and the recorder sign each entry. The hash covers the entry, every
// candidate's record, every member's view and the ballot tally, with the names and the time of sealing;
// after it the seal triggers refuse any change.

export function entryContentHash(db: PersonnelDb, entry: EntryRow, seal: { chairName: string; recorderName: string; sealedAt: string }): string {
  const decisions = db.select().from(entryDecisions).where(eq(entryDecisions.entryId, entry.id)).orderBy(asc(entryDecisions.position)).all()
  const ids = decisions.map((d) => d.id)
  const views = ids.length === 0 ? [] : db.select().from(entryMemberViews).where(inArray(entryMemberViews.decisionId, ids)).orderBy(asc(entryMemberViews.decisionId), asc(entryMemberViews.rank), asc(entryMemberViews.memberId)).all()
  const { sealedAt: _sealedAt, sealHash: _sealHash, chairName: _chair, recorderName: _recorder, ...content } = entry
  // The tally joins the hash only when there is one, so entries sealed before tallies existed keep their hash.
  const tally = db.select().from(entryBallotTallies).where(eq(entryBallotTallies.entryId, entry.id)).get()
  const canonical = JSON.stringify({ entry: content, decisions, views, seal, ...(tally ? { tally } : {}) })
  return createHash('sha256').update(canonical, 'utf8').digest('hex')
}

export function sealEntry(db: PersonnelDb, entry: EntryRow, chairName: string, recorderName: string, now: Date): void {
  const seal = { chairName, recorderName, sealedAt: now.toISOString() }
  const sealHash = entryContentHash(db, entry, seal)
  db.update(bookEntries).set({ ...seal, sealHash }).where(eq(bookEntries.id, entry.id)).run()
}

export interface SealedEntry {
  entryId: string
  agendaItemId: string
  /** "2026年第1册第3号": what a user without the grant is shown in the meeting record. */
  label: string
}

/**
 * Seals every open entry of a meeting. The meetings code calls it when the meeting is
 * signed (签发), inside its own flow, with the chair's and the recorder's names; it
 * returns the labels so the meeting record can say where the details are.
 */
export function sealBookEntriesForMeeting(personnelDb: PersonnelDb, meetingId: string, chairName: string, recorderName: string, now: Date): SealedEntry[] {
  return personnelDb.transaction((db) => {
    const open = db.select().from(bookEntries).where(and(eq(bookEntries.meetingId, meetingId), isNull(bookEntries.sealedAt))).all()
    const sealed: SealedEntry[] = []
    for (const entry of open) {
      sealEntry(db, entry, chairName, recorderName, now)
      const book = db.select().from(books).where(eq(books.id, entry.bookId)).get()
      sealed.push({ entryId: entry.id, agendaItemId: entry.agendaItemId, label: book ? entryLabel(book.year, book.number, entry.number) : '' })
    }
    return sealed
  })
}

/** Recomputes a sealed entry's hash: false when its content was changed behind the triggers' back. */
export function verifyEntrySeal(db: PersonnelDb, entry: EntryRow): boolean {
  if (entry.sealedAt === null || entry.sealHash === null || entry.chairName === null || entry.recorderName === null) return false
  return entryContentHash(db, entry, { chairName: entry.chairName, recorderName: entry.recorderName, sealedAt: entry.sealedAt }) === entry.sealHash
}
