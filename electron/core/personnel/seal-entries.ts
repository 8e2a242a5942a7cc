import { createHash } from 'node:crypto'
import { and, asc, eq, inArray, isNull } from 'drizzle-orm'
import { entryLabel } from '../../../shared/personnel/vocabulary'
import type { PersonnelDb } from '../db/migrate'
import { bookEntries, books, entryDecisions, entryMemberViews } from '../db/schema/personnel'
import type { EntryRow } from './book-store'

// Sealing: the chair and the recorder sign each entry. The hash covers the entry, every
// candidate's record and every member's view, with the names and the time of sealing;
// after it the seal triggers refuse any change.

type DecisionRow = typeof entryDecisions.$inferSelect
type ViewRow = typeof entryMemberViews.$inferSelect
type Seal = { chairName: string; recorderName: string; sealedAt: string }

/** The decisions of the given entries (by position) and their members' views (by decision, rank, member). */
function entryContents(db: PersonnelDb, entryIds: readonly string[]): { decisions: DecisionRow[]; views: ViewRow[] } {
  if (entryIds.length === 0) return { decisions: [], views: [] }
  const decisions = db.select().from(entryDecisions).where(inArray(entryDecisions.entryId, [...entryIds])).orderBy(asc(entryDecisions.entryId), asc(entryDecisions.position)).all()
  const ids = decisions.map((d) => d.id)
  const views = ids.length === 0 ? [] : db.select().from(entryMemberViews).where(inArray(entryMemberViews.decisionId, ids)).orderBy(asc(entryMemberViews.decisionId), asc(entryMemberViews.rank), asc(entryMemberViews.memberId)).all()
  return { decisions, views }
}

function hashOf(entry: EntryRow, decisions: readonly DecisionRow[], views: readonly ViewRow[], seal: Seal): string {
  const { sealedAt: _sealedAt, sealHash: _sealHash, chairName: _chair, recorderName: _recorder, ...content } = entry
  const canonical = JSON.stringify({ entry: content, decisions, views, seal })
  return createHash('sha256').update(canonical, 'utf8').digest('hex')
}

export function entryContentHash(db: PersonnelDb, entry: EntryRow, seal: Seal): string {
  const { decisions, views } = entryContents(db, [entry.id])
  return hashOf(entry, decisions, views, seal)
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

/**
 * Recomputes sealed entries' hashes, reading all their contents in two queries: an entry is
 * intact when its hash still matches (false when its content was changed behind the triggers' back).
 */
export function verifyEntrySeals(db: PersonnelDb, entries: readonly EntryRow[]): Map<string, boolean> {
  const sealed = entries.filter((entry) => entry.sealedAt !== null && entry.sealHash !== null && entry.chairName !== null && entry.recorderName !== null)
  const { decisions, views } = entryContents(db, sealed.map((entry) => entry.id))
  const viewsOf = new Map<string, ViewRow[]>()
  for (const view of views) viewsOf.set(view.decisionId, [...(viewsOf.get(view.decisionId) ?? []), view])
  const result = new Map(entries.map((entry) => [entry.id, false]))
  for (const entry of sealed) {
    const own = decisions.filter((decision) => decision.entryId === entry.id)
    const seal = { chairName: entry.chairName!, recorderName: entry.recorderName!, sealedAt: entry.sealedAt! }
    // The views in the order a single entry's hash reads them: by decision id (ASCII ids sort alike in JS and SQLite).
    const ownViews = own.map((decision) => decision.id).sort().flatMap((id) => viewsOf.get(id) ?? [])
    result.set(entry.id, hashOf(entry, own, ownViews, seal) === entry.sealHash)
  }
  return result
}
