import { createHash } from 'node:crypto'
import { and, asc, eq, inArray, isNull } from 'drizzle-orm'
import { sealCheckCode, type SealCheck } from '../../../shared/seals/check-code'
import { entryLabel } from '../../../shared/personnel/vocabulary'
import type { PersonnelDb } from '../db/migrate'
import { bookEntries, books, entryBallotTallies, entryDecisions, entryMemberViews } from '../db/schema/personnel'
import { sealState, signSubject, type SealSigner, type SealVerifier } from '../seals/signed-seal'

type EntryRow = typeof bookEntries.$inferSelect

// Sealing: the chair and the recorder sign each entry. The hash covers the entry, every
// candidate's record, every member's view and the ballot tally, with the names and the time of sealing;
// after it the seal triggers refuse any change. The user who seals (at 签发, or a
// correction's author) signs the hash with their signing key (seals/signed-seal.ts), so a
// holder of the personnel key who edits an entry and recomputes the hash is found out.

/** Who the entry names as chair and recorder, and the user whose key signs (null: a vault awaiting its upgrade). */
export interface EntrySealing {
  chairName: string
  recorderName: string
  signer: SealSigner | null
}

export function entryContentHash(db: PersonnelDb, entry: EntryRow, seal: { chairName: string; recorderName: string; sealedAt: string }): string {
  const decisions = db.select().from(entryDecisions).where(eq(entryDecisions.entryId, entry.id)).orderBy(asc(entryDecisions.position)).all()
  const ids = decisions.map((d) => d.id)
  const views = ids.length === 0 ? [] : db.select().from(entryMemberViews).where(inArray(entryMemberViews.decisionId, ids)).orderBy(asc(entryMemberViews.decisionId), asc(entryMemberViews.rank), asc(entryMemberViews.memberId)).all()
  // The seal's own columns are not content (and seals from before signatures were hashed without the last two).
  const { sealedAt: _sealedAt, sealHash: _sealHash, chairName: _chair, recorderName: _recorder, sealSignature: _signature, sealedBy: _sealedBy, ...content } = entry
  // The tally joins the hash only when there is one, so entries sealed before tallies existed keep their hash.
  const tally = db.select().from(entryBallotTallies).where(eq(entryBallotTallies.entryId, entry.id)).get()
  const canonical = JSON.stringify({ entry: content, decisions, views, seal, ...(tally ? { tally } : {}) })
  return createHash('sha256').update(canonical, 'utf8').digest('hex')
}

export function sealEntry(db: PersonnelDb, entry: EntryRow, sealing: EntrySealing, now: Date): void {
  const seal = { chairName: sealing.chairName, recorderName: sealing.recorderName, sealedAt: now.toISOString() }
  const sealHash = entryContentHash(db, entry, seal)
  const signer = sealing.signer
  const signed = signer ? { sealSignature: signSubject(signer, { kind: 'book-entry', id: entry.id, sealHash }), sealedBy: signer.userId } : {}
  db.update(bookEntries).set({ ...seal, sealHash, ...signed }).where(eq(bookEntries.id, entry.id)).run()
}

export interface SealedEntry {
  entryId: string
  agendaItemId: string
  /** "2026年第1册第3号": what a user without the grant is shown in the meeting record. */
  label: string
}

/**
 * Seals every open entry of a meeting. The meetings code calls it when the meeting is
 * signed (签发), inside its own flow, with the chair's and the recorder's names and the
 * signer; it returns the labels so the meeting record can say where the details are.
 */
export function sealBookEntriesForMeeting(personnelDb: PersonnelDb, meetingId: string, sealing: EntrySealing, now: Date): SealedEntry[] {
  return personnelDb.transaction((db) => {
    const open = db.select().from(bookEntries).where(and(eq(bookEntries.meetingId, meetingId), isNull(bookEntries.sealedAt))).all()
    const sealed: SealedEntry[] = []
    for (const entry of open) {
      sealEntry(db, entry, sealing, now)
      const book = db.select().from(books).where(eq(books.id, entry.bookId)).get()
      sealed.push({ entryId: entry.id, agendaItemId: entry.agendaItemId, label: book ? entryLabel(book.year, book.number, entry.number) : '' })
    }
    return sealed
  })
}

/** A sealed entry as it reads now (null while it is open): its hash recomputed, its signature checked, its check code. */
export function entrySealCheck(db: PersonnelDb, verifier: SealVerifier, entry: EntryRow): SealCheck | null {
  if (entry.sealedAt === null || entry.sealHash === null || entry.chairName === null || entry.recorderName === null) return null
  const hash = entryContentHash(db, entry, { chairName: entry.chairName, recorderName: entry.recorderName, sealedAt: entry.sealedAt })
  const signature = verifier.signatureState({
    subject: { kind: 'book-entry', id: entry.id, sealHash: entry.sealHash },
    signature: entry.sealSignature,
    signerId: entry.sealedBy,
    // Sealed with its meeting's 签发, or at once as a correction.
    sealedBy: entry.correctsEntryId === null ? { action: 'meetings.sign', entityId: entry.meetingId } : { action: 'personnel.entry.correct', entityId: entry.id },
  })
  return { state: sealState(hash === entry.sealHash, signature), checkCode: sealCheckCode(hash) }
}
