import { randomUUID } from 'node:crypto'
import { and, asc, desc, eq, inArray, isNull, max } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { BookEntrySummary } from '../../../shared/personnel/views'
import { entryLabel } from '../../../shared/personnel/vocabulary'
import type { PersonnelDb } from '../db/migrate'
import { bookEntries, books, entryDecisions } from '../db/schema/personnel'
import type { MeetingContext } from './meeting-context'
import type { SealVerifier } from '../seals/signed-seal'
import { entrySealCheck } from './seal-entries'

// Books are numbered per year (2026年第1册) and hold a fixed number of entries (pages);
// entries are numbered 1, 2, 3 … within their book, never reused: an entry is never removed
// once a later one exists.

export const entriesPerBook = 100

export type EntryRow = typeof bookEntries.$inferSelect

export function requireEntry(db: PersonnelDb, id: string): EntryRow {
  const row = db.select().from(bookEntries).where(eq(bookEntries.id, id)).get()
  if (!row) throw new AppError('NOT_FOUND', '找不到专用记录本中的该条记录，请刷新后重试。')
  return row
}

/** The next free entry of the year's current book, opening a new book when it is full. */
function nextSlot(db: PersonnelDb, year: number, at: string): { bookId: string; number: number } {
  const book = db.select().from(books).where(eq(books.year, year)).orderBy(desc(books.number)).get()
  const used = book ? (db.select({ n: max(bookEntries.number) }).from(bookEntries).where(eq(bookEntries.bookId, book.id)).get()?.n ?? 0) : 0
  if (book && used < entriesPerBook) return { bookId: book.id, number: used + 1 }
  const opened = { id: randomUUID(), year, number: (book?.number ?? 0) + 1, openedAt: at }
  db.insert(books).values(opened).run()
  return { bookId: opened.id, number: 1 }
}

export function newEntry(
  db: PersonnelDb,
  context: MeetingContext,
  createdBy: string,
  now: Date,
  correction: { entryId: string; reason: string } | null = null,
): EntryRow {
  const at = now.toISOString()
  const slot = nextSlot(db, Number(context.date.slice(0, 4)), at)
  return db
    .insert(bookEntries)
    .values({
      id: randomUUID(),
      bookId: slot.bookId,
      number: slot.number,
      meetingId: context.meetingId,
      agendaItemId: context.agendaItemId,
      meetingLabel: context.label,
      meetingDate: context.date,
      bodyKind: context.bodyKind,
      topicTitle: context.topicTitle,
      correctsEntryId: correction?.entryId ?? null,
      correctionReason: correction?.reason ?? null,
      createdAt: at,
      createdBy,
    })
    .returning()
    .get()
}

/** The meeting's own (not a correction) entry for an agenda item, if any. */
export function entryForItem(db: PersonnelDb, agendaItemId: string): EntryRow | undefined {
  return db.select().from(bookEntries).where(and(eq(bookEntries.agendaItemId, agendaItemId), isNull(bookEntries.correctsEntryId))).get()
}

/** An entry can go only while it is the last of its book and unsealed, so numbers stay without gaps. */
export function removeEmptyEntry(db: PersonnelDb, entry: EntryRow): boolean {
  if (entry.sealedAt !== null) return false
  if (db.select({ id: entryDecisions.id }).from(entryDecisions).where(eq(entryDecisions.entryId, entry.id)).get()) return false
  const last = db.select({ n: max(bookEntries.number) }).from(bookEntries).where(eq(bookEntries.bookId, entry.bookId)).get()?.n
  if (last !== entry.number) return false
  db.delete(bookEntries).where(eq(bookEntries.id, entry.id)).run()
  return true
}

/** The entries as listed; the verifier (on the main store, which holds the signing keys) checks their seals. */
export function entrySummaries(db: PersonnelDb, rows: readonly EntryRow[], verifier: SealVerifier): BookEntrySummary[] {
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const bookRows = db.select().from(books).all()
  const bookById = new Map(bookRows.map((b) => [b.id, b]))
  const allEntries = db.select({ id: bookEntries.id, bookId: bookEntries.bookId, number: bookEntries.number, correctsEntryId: bookEntries.correctsEntryId }).from(bookEntries).all()
  const labelOf = (entry: { bookId: string; number: number }) => {
    const book = bookById.get(entry.bookId)
    return book ? entryLabel(book.year, book.number, entry.number) : ''
  }
  const labelById = new Map(allEntries.map((e) => [e.id, labelOf(e)]))
  const names = new Map<string, string[]>()
  for (const d of db.select({ entryId: entryDecisions.entryId, candidate: entryDecisions.candidate }).from(entryDecisions).where(inArray(entryDecisions.entryId, ids)).orderBy(asc(entryDecisions.position)).all()) {
    names.set(d.entryId, [...(names.get(d.entryId) ?? []), d.candidate.name])
  }
  return rows.map((row) => {
    const book = bookById.get(row.bookId)
    const check = entrySealCheck(db, verifier, row)
    return {
      id: row.id,
      label: labelById.get(row.id) ?? '',
      bookYear: book?.year ?? 0,
      bookNumber: book?.number ?? 0,
      number: row.number,
      meetingId: row.meetingId,
      agendaItemId: row.agendaItemId,
      meetingLabel: row.meetingLabel,
      meetingDate: row.meetingDate,
      topicTitle: row.topicTitle,
      candidateNames: names.get(row.id) ?? [],
      correctsEntryId: row.correctsEntryId,
      correctsLabel: row.correctsEntryId ? (labelById.get(row.correctsEntryId) ?? null) : null,
      correctedByLabels: allEntries.filter((e) => e.correctsEntryId === row.id).map((e) => labelById.get(e.id) ?? ''),
      sealed:
        check && row.sealedAt && row.sealHash && row.chairName !== null && row.recorderName !== null
          ? { sealedAt: row.sealedAt, sealHash: row.sealHash, chairName: row.chairName, recorderName: row.recorderName, intact: check.state !== 'changed', check }
          : null,
    }
  })
}

export function listEntries(db: PersonnelDb, year: number | undefined, verifier: SealVerifier): BookEntrySummary[] {
  const rows = db
    .select({ entry: bookEntries })
    .from(bookEntries)
    .innerJoin(books, eq(books.id, bookEntries.bookId))
    .where(year === undefined ? undefined : eq(books.year, year))
    .orderBy(desc(books.year), desc(books.number), desc(bookEntries.number))
    .all()
  return entrySummaries(db, rows.map((r) => r.entry), verifier)
}
