import { and, eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { correctEntryInput, decideCandidateInput } from '../../../shared/ipc/channels/personnel'
import type { BookEntryView } from '../../../shared/personnel/views'
import { decisionResultLabels, entryLabel } from '../../../shared/personnel/vocabulary'
import type { z } from 'zod'
import type { CoreContext } from '../context'
import type { PersonnelDb } from '../db/migrate'
import { books, entryBallotTallies, entryDecisions, entryMemberViews } from '../db/schema/personnel'
import type { Session } from '../session'
import { entryForItem, newEntry, removeEmptyEntry, requireEntry, type EntryRow } from './book-store'
import { recordCandidate, refreshMatterFromBook } from './candidate-record'
import { entryView } from './entry-view'
import { requireCadre } from './cadre-store'
import { readMeetingContext, type MeetingContext } from './meeting-context'
import type { MatterRow } from './matter-view'
import { assertMatterRules, requireMatter } from './matters-service'
import { sealEntry } from './seal-entries'
import { sealSignerOf, sealVerifier } from '../seals/signed-seal'
import { writeBook } from './book-write'

// The book's entry for a personnel topic at a meeting: candidates recorded one by one
// while the meeting is open, sealed when it is signed; after that only a correction entry.

export function labelOfEntry(db: PersonnelDb, entry: EntryRow): string {
  const book = db.select().from(books).where(eq(books.id, entry.bookId)).get()
  return book ? entryLabel(book.year, book.number, entry.number) : ''
}

/** The matter decided under this item: the 常委会's topic owns it; the 书记专题会议 consults it under a topic of its own. */
export function matterOfItem(db: PersonnelDb, context: MeetingContext, matterId: string): MatterRow {
  const found = requireMatter(db, matterId)
  const consulting = context.bodyKind === 'secretary'
  if (!consulting && found.topicId !== null && found.topicId !== context.topicId) throw new AppError('RULE_VIOLATION', '该人选不属于这个议题，不能在此表决，未保存。')
  return consulting ? found : { ...found, topicId: context.topicId }
}

/** The item's entry, opened at its first candidate; refused once sealed. */
export function openEntryForItem(db: PersonnelDb, context: MeetingContext, userName: string, now: Date): EntryRow {
  const existing = entryForItem(db, context.agendaItemId)
  if (existing?.sealedAt) throw new AppError('BOOK_ENTRY_SEALED')
  return existing ?? newEntry(db, context, userName, now)
}

/** Recording in the book needs the meeting under way and not yet signed. */
export function assertRecordable(context: MeetingContext): void {
  if (context.status === 'signed') throw new AppError('BOOK_ENTRY_SEALED', '该会议已签发，专用记录本中的记录已封存。如需更正，请另立更正记录并注明原因。')
  if (context.status !== 'in_progress' && context.status !== 'ended') throw new AppError('STATUS_INVALID', '会议尚未开始，不能记录干部任免的表决结果。')
}

export function decideCandidate(session: Session, core: CoreContext, input: z.output<typeof decideCandidateInput>): BookEntryView {
  const context = readMeetingContext(session.db, input.meetingId, input.agendaItemId)
  assertRecordable(context)
  return writeBook(session, core, (db, now) => {
    const matter = matterOfItem(db, context, input.matterId)
    const entry = openEntryForItem(db, context, session.actor.userName, now)
    // A candidate recorded again must be counted again: a secret ballot's tally no longer holds.
    db.delete(entryBallotTallies).where(eq(entryBallotTallies.entryId, entry.id)).run()
    const result = recordCandidate(db, context, entry, matter, input, now, { correction: false })
    const refreshed = refreshMatterFromBook(db, matter)
    assertMatterRules(session, refreshed)
    const label = labelOfEntry(db, entry)
    return {
      value: entryView(db, requireEntry(db, entry.id), sealVerifier(session.db)),
      audit: { action: 'personnel.entry.decide', entity: 'personnel_entry', entityId: entry.id, summary: `专用记录本${label}：记录一名人选的表决结果（${decisionResultLabels[result]}）` },
    }
  })
}

/** Takes a candidate's record out of an entry that is not sealed yet (recorded by mistake). */
export function withdrawDecision(session: Session, core: CoreContext, input: { entryId: string; matterId: string }): BookEntryView | null {
  return writeBook(session, core, (db) => {
    const entry = requireEntry(db, input.entryId)
    if (entry.sealedAt !== null) throw new AppError('BOOK_ENTRY_SEALED')
    const decision = db.select().from(entryDecisions).where(and(eq(entryDecisions.entryId, entry.id), eq(entryDecisions.matterId, input.matterId))).get()
    if (!decision) throw new AppError('NOT_FOUND', '该条记录中没有这名人选的表决结果。')
    const label = labelOfEntry(db, entry)
    db.delete(entryBallotTallies).where(eq(entryBallotTallies.entryId, entry.id)).run()
    db.delete(entryMemberViews).where(eq(entryMemberViews.decisionId, decision.id)).run()
    db.delete(entryDecisions).where(eq(entryDecisions.id, decision.id)).run()
    assertMatterRules(session, refreshMatterFromBook(db, requireMatter(db, input.matterId)))
    const removed = removeEmptyEntry(db, entry)
    return {
      value: removed ? null : entryView(db, requireEntry(db, entry.id), sealVerifier(session.db)),
      audit: { action: 'personnel.entry.withdraw', entity: 'personnel_entry', entityId: entry.id, summary: `专用记录本${label}：撤销一名人选尚未封存的表决记录` },
    }
  })
}

/**
 * A correction of a sealed entry: a new entry that references it, records the candidates
 * again with the corrected views and votes, and is sealed at once by the named chair and
 * recorder. The old entry stays as it was.
 */
export function correctEntry(session: Session, core: CoreContext, input: z.output<typeof correctEntryInput>): BookEntryView {
  return writeBook(session, core, (db, now) => {
    const original = requireEntry(db, input.entryId)
    if (original.sealedAt === null) throw new AppError('RULE_VIOLATION', '该条记录尚未封存，可以直接修改，无需另立更正记录。')
    const context = readMeetingContext(session.db, original.meetingId, original.agendaItemId)
    const matterIds = input.decisions.map((d) => d.matterId)
    if (new Set(matterIds).size !== matterIds.length) throw new AppError('VOTE_INVALID', '同一名人选在更正记录中只能出现一次（逐一表决），未保存。')
    // A correction re-records what that meeting decided: a candidate the entry never held was not decided there.
    const recorded = new Set(db.select({ matterId: entryDecisions.matterId }).from(entryDecisions).where(eq(entryDecisions.entryId, original.id)).all().map((d) => d.matterId))
    const stranger = input.decisions.find((d) => !recorded.has(d.matterId))
    if (stranger) {
      const name = requireCadre(db, requireMatter(db, stranger.matterId).cadreId).name
      throw new AppError('RULE_VIOLATION', `${name}不在${labelOfEntry(db, original)}中：更正记录只能更正原记录中已表决的人选，未保存。`)
    }
    const entry = newEntry(db, context, session.actor.userName, now, { entryId: original.id, reason: input.reason })
    for (const decision of input.decisions) {
      const matter = requireMatter(db, decision.matterId)
      recordCandidate(db, context, entry, matter, decision, now, { correction: true })
      assertMatterRules(session, refreshMatterFromBook(db, matter))
    }
    sealEntry(db, entry, { chairName: input.chairName, recorderName: input.recorderName, signer: sealSignerOf(session) }, now)
    const label = labelOfEntry(db, entry)
    return {
      value: entryView(db, requireEntry(db, entry.id), sealVerifier(session.db)),
      audit: { action: 'personnel.entry.correct', entity: 'personnel_entry', entityId: entry.id, summary: `专用记录本${label}：更正${labelOfEntry(db, original)}并封存` },
    }
  })
}
