import { and, eq, isNull } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { hiddenPersonnelText, isPersonnelReference, pendingPersonnelText, personnelOutcomeProblem } from '../../../shared/personnel/meeting-item'
import type { TopicOutcome } from '../../../shared/meetings/vocabulary'
import { entryLabel, type DecisionResult } from '../../../shared/personnel/vocabulary'
import type { PersonnelDb } from '../db/migrate'
import { bookEntries, books, entryDecisions, matters } from '../db/schema/personnel'
import type { Session } from '../session'

// A personnel item in the main store holds no candidate: views, votes and recusals per
// candidate are in the book (personnel store). These are the checks the live and sign
// services make on such an item, reading the book only when the session holds its key.

export type BookSession = Pick<Session, 'vault'>

export interface ItemBookState {
  entryId: string
  /** "2026年第1册第3号" */
  label: string
  /** The reference the meeting record keeps in place of the decision text. */
  reference: string
  sealed: boolean
  results: DecisionResult[]
  /** Candidates of the topic not yet recorded in this entry. */
  undecided: number
}

export const isPersonnelCategory = (category: string) => category === 'personnel'

/** The book's entry for the item, or null when there is none (or the session cannot read the book). */
export function itemBookState(db: PersonnelDb | null, agendaItemId: string, topicId: string): ItemBookState | null {
  if (db === null) return null
  const entry = db.select().from(bookEntries).where(and(eq(bookEntries.agendaItemId, agendaItemId), isNull(bookEntries.correctsEntryId))).get()
  if (!entry) return null
  const book = db.select().from(books).where(eq(books.id, entry.bookId)).get()
  const label = book ? entryLabel(book.year, book.number, entry.number) : ''
  const decided = db.select({ matterId: entryDecisions.matterId, result: entryDecisions.result }).from(entryDecisions).where(eq(entryDecisions.entryId, entry.id)).all()
  const decidedIds = new Set(decided.map((row) => row.matterId))
  const ofTopic = db.select({ id: matters.id }).from(matters).where(eq(matters.topicId, topicId)).all()
  return {
    entryId: entry.id,
    label,
    reference: hiddenPersonnelText(label),
    sealed: entry.sealedAt !== null,
    results: decided.map((row) => row.result as DecisionResult),
    undecided: ofTopic.filter((row) => !decidedIds.has(row.id)).length,
  }
}

/** Refuses a write that would put a candidate's details into the main store. */
export function refuseOnPersonnelItem(category: string, what: string): void {
  if (!isPersonnelCategory(category)) return
  throw new AppError('RULE_VIOLATION', `干部任免议题不在会议记录中记录${what}：对人选的意见、回避和表决逐一记入干部任免专用记录本（在本议题的“专用记录本”表单中登记），会议记录只保留结果和专用记录本的编号。`)
}

/**
 * The outcome of a personnel item follows the book: only a holder of the 干部任免 grant can
 * record it, and it must fit the per-candidate results. Returns the book state (null when no
 * entry exists yet: the item-level rules then apply as for any topic).
 */
export function checkPersonnelOutcome(session: BookSession, agendaItemId: string, topicId: string, outcome: TopicOutcome | null): ItemBookState | null {
  if (session.vault.personnel === null) {
    throw new AppError('FORBIDDEN', '干部任免议题的结果须由持有干部任免权限的人员依据专用记录本中的逐一表决记录登记。您没有干部任免权限，未保存。')
  }
  const state = itemBookState(session.vault.personnel, agendaItemId, topicId)
  if (state && outcome) {
    const problem = personnelOutcomeProblem(outcome, state.results, state.undecided)
    if (problem) throw new AppError(outcome === 'passed' || outcome === 'rejected' ? 'VOTE_INVALID' : 'RULE_VIOLATION', `${problem}未保存。`)
  }
  return state
}

/**
 * A decision text on a personnel item may only refer to the book: its entry's reference, or
 * "待生成" before the entry exists (or for a user who cannot read the book). Anything typed
 * would put candidates into the main store, which every user can read and search.
 */
export function personnelDecisionTextProblem(state: ItemBookState | null, text: string | null): string | null {
  if (text === null || text === pendingPersonnelText) return null
  if (state ? text === state.reference : isPersonnelReference(text)) return null
  return `干部任免议题的决定内容记入专用记录本，会议记录中只写“${state?.reference ?? pendingPersonnelText}”，不记人选情况。未保存。`
}
