import { randomUUID } from 'node:crypto'
import { asc, eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { chinesePeriod, periodsOverlap } from '../../../shared/roster/dates'
import type { PersonView, TermView } from '../../../shared/roster/views'
import { appendAudit } from '../audit/audit-log'
import type { CoreContext } from '../context'
import type { MainDb } from '../db/migrate'
import { people, terms } from '../db/schema/main'
import { membershipsAsOf } from './membership-service'
import { assertNoTwin, findPerson, stampsFor, today, type RosterSession } from './roster-store'
import { compareNamesByStrokes } from '../../../shared/names/stroke-order'

/** Everyone the records may name, members first by today's rank, then the others in 姓氏笔画 order. */
export function listPeople(db: MainDb, date: string): PersonView[] {
  const current = new Map(membershipsAsOf(db, date).map((period) => [period.personId, period]))
  return db
    .select()
    .from(people)
    .all()
    .map((row) => {
      const period = current.get(row.id)
      return { id: row.id, name: row.name, sex: row.sex as PersonView['sex'], unit: row.unit, note: row.note, currentPost: period?.post ?? null, currentRank: period?.rank ?? null }
    })
    .sort((a, b) => (a.currentRank ?? 1000) - (b.currentRank ?? 1000) || compareNamesByStrokes(a.name, b.name))
}

export function savePerson(session: RosterSession, core: CoreContext, input: { id?: string; name: string; sex: '男' | '女' | null; unit: string | null; note: string | null }): PersonView {
  const before = input.id ? findPerson(session.db, input.id) : null
  assertNoTwin(session.db, input)
  const now = core.now()
  const stamps = stampsFor(session, now)
  const id = before?.id ?? randomUUID()
  const fields = { name: input.name, sex: input.sex, unit: input.unit, note: input.note }
  session.db.transaction((tx) => {
    if (before) tx.update(people).set({ ...fields, ...stamps.updated }).where(eq(people.id, id)).run()
    else tx.insert(people).values({ id, ...fields, ...stamps.created }).run()
    const summary = before ? `修改人员 ${before.name}${before.name === input.name ? '' : ` → ${input.name}`}` : `新增人员 ${input.name}${input.unit ? `（${input.unit}）` : ''}`
    appendAudit(tx, session.actor, { action: 'roster.savePerson', entity: 'person', entityId: id, summary }, now)
  })
  const saved = listPeople(session.db, today(core)).find((person) => person.id === id)
  if (!saved) throw new AppError('INTERNAL')
  return saved
}

export function listTerms(db: MainDb): TermView[] {
  return db.select({ id: terms.id, name: terms.name, startDate: terms.startDate, endDate: terms.endDate }).from(terms).orderBy(asc(terms.startDate)).all()
}

/** 届次: names unique, dates in order, and no two terms sharing a day. */
export function saveTerm(session: RosterSession, core: CoreContext, input: { id?: string; name: string; startDate: string; endDate: string | null }): TermView {
  const all = listTerms(session.db)
  const before = input.id ? all.find((term) => term.id === input.id) : null
  if (input.id && !before) throw new AppError('NOT_FOUND', '找不到该届次（可能已被删除），请刷新后重试。')
  if (input.endDate !== null && input.endDate < input.startDate) throw new AppError('RULE_VIOLATION', '届次的结束日期不能早于开始日期。')
  const others = all.filter((term) => term.id !== input.id)
  const sameName = others.find((term) => term.name === input.name)
  if (sameName) throw new AppError('DUPLICATE', `已有名为“${input.name}”的届次，未重复保存。`)
  const overlapping = others.find((term) => periodsOverlap(term, input))
  if (overlapping) throw new AppError('RULE_VIOLATION', `届次的时段不能重叠：${overlapping.name}（${chinesePeriod(overlapping)}）与新的时段有共同的日子。`)
  const now = core.now()
  const stamps = stampsFor(session, now)
  const id = before?.id ?? randomUUID()
  const fields = { name: input.name, startDate: input.startDate, endDate: input.endDate }
  session.db.transaction((tx) => {
    if (before) tx.update(terms).set({ ...fields, ...stamps.updated }).where(eq(terms.id, id)).run()
    else tx.insert(terms).values({ id, ...fields, ...stamps.created }).run()
    appendAudit(tx, session.actor, { action: 'roster.saveTerm', entity: 'term', entityId: id, summary: `${before ? '修改' : '新增'}届次 ${input.name}（${chinesePeriod(input)}）` }, now)
  })
  return { id, ...fields }
}
