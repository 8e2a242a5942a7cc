import { and, desc, eq, gte, isNull, lte, max, or } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { MainDb } from '../db/migrate'
import { bodies, meetings, terms } from '../db/schema/main'
import { chineseDate, chinesePeriod, periodCovers } from '../../../shared/roster/dates'

type BodyRow = typeof bodies.$inferSelect
type TermRow = typeof terms.$inferSelect

/** The term (届次) whose dates cover `date`; the latest-starting one if several do. */
export function termCovering(db: MainDb, date: string): TermRow | null {
  return (
    db
      .select()
      .from(terms)
      .where(and(lte(terms.startDate, date), or(isNull(terms.endDate), gte(terms.endDate, date))))
      .orderBy(desc(terms.startDate))
      .get() ?? null
  )
}

function chosenTerm(db: MainDb, termId: string, date: string): TermRow {
  const term = db.select().from(terms).where(eq(terms.id, termId)).get()
  if (!term) throw new AppError('NOT_FOUND', '找不到所选的届次，请刷新后重试。')
  if (!periodCovers(term, date)) throw new AppError('RULE_VIOLATION', `会议日期 ${chineseDate(date)} 不在${term.name}的任期（${chinesePeriod(term)}）之内，请核对日期或届次。`)
  return term
}

export interface NumberingScope {
  /** '2026' for per-year numbering, the term's id for per-term numbering. */
  scope: string
  termId: string | null
}

/**
 * Where a meeting of `body` on `date` is numbered: its year, or its term (届次) when the body
 * numbers per term. A chosen term must cover the date; per-term numbering needs one.
 */
export function numberingScopeFor(db: MainDb, body: BodyRow, date: string, chosenTermId: string | null): NumberingScope {
  const term = chosenTermId ? chosenTerm(db, chosenTermId, date) : termCovering(db, date)
  if (body.numbering === 'term') {
    if (!term) throw new AppError('RULE_VIOLATION', `${body.name}按届次编号，但 ${chineseDate(date)} 不在任何已登记届次的任期之内：请先在“常委会组成”中登记届次及其起止日期。`)
    return { scope: term.id, termId: term.id }
  }
  return { scope: date.slice(0, 4), termId: term?.id ?? null }
}

/** The next number in a body's year or term: one more than the highest so far. */
export function nextSequence(db: MainDb, bodyId: string, scope: string): number {
  const row = db.select({ highest: max(meetings.sequence) }).from(meetings).where(and(eq(meetings.bodyId, bodyId), eq(meetings.numberingScope, scope))).get()
  return (row?.highest ?? 0) + 1
}
