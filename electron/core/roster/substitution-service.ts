import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import { AppError } from '../../../shared/errors'
import { chineseDate, chinesePeriod, periodCovers, periodsOverlap } from '../../../shared/roster/dates'
import type { SubstitutionView } from '../../../shared/roster/views'
import { appendAudit } from '../audit/audit-log'
import type { CoreContext } from '../context'
import type { MainDb } from '../db/migrate'
import { people, substitutions } from '../db/schema/main'
import { membershipsAsOf } from './membership-service'
import { findPerson, stampsFor, type RosterSession } from './roster-store'

const substitute = alias(people, 'substitute')

function allSubstitutions(db: MainDb): SubstitutionView[] {
  return db
    .select({ id: substitutions.id, personId: substitutions.personId, personName: people.name, substituteId: substitutions.substituteId, substituteName: substitute.name, startDate: substitutions.startDate, endDate: substitutions.endDate })
    .from(substitutions)
    .innerJoin(people, eq(people.id, substitutions.personId))
    .innerJoin(substitute, eq(substitute.id, substitutions.substituteId))
    .all()
}

/** 缺位互补 pairs in force on `date`, in the order of the covered member's rank. */
export function substitutionsAsOf(db: MainDb, date: string): SubstitutionView[] {
  const rank = new Map(membershipsAsOf(db, date).map((period) => [period.personId, period.rank]))
  return allSubstitutions(db)
    .filter((pair) => periodCovers(pair, date))
    .sort((a, b) => (rank.get(a.personId) ?? 1000) - (rank.get(b.personId) ?? 1000) || a.startDate.localeCompare(b.startDate))
}

function findSubstitution(db: MainDb, id: string): SubstitutionView {
  const row = allSubstitutions(db).find((pair) => pair.id === id)
  if (!row) throw new AppError('NOT_FOUND', '找不到该缺位互补记录（可能已被删除），请刷新后重试。')
  return row
}

export function saveSubstitution(session: RosterSession, core: CoreContext, input: { personId: string; substituteId: string; startDate: string }): SubstitutionView {
  const person = findPerson(session.db, input.personId)
  const cover = findPerson(session.db, input.substituteId)
  if (person.id === cover.id) throw new AppError('RULE_VIOLATION', `缺位互补须是两名不同的常委：${person.name}不能与自己互补。`)
  const members = new Set(membershipsAsOf(session.db, input.startDate).map((period) => period.personId))
  const outsiders = [person, cover].filter((one) => !members.has(one.id)).map((one) => one.name)
  if (outsiders.length > 0) throw new AppError('RULE_VIOLATION', `缺位互补只能在常委之间安排：${outsiders.join('、')}在${chineseDate(input.startDate)}不是常委会成员。`)
  const candidate = { startDate: input.startDate, endDate: null }
  const same = allSubstitutions(session.db).find((pair) => pair.personId === person.id && pair.substituteId === cover.id && periodsOverlap(pair, candidate))
  if (same) throw new AppError('DUPLICATE', `${cover.name}为${person.name}缺位补位的安排已经存在（${chinesePeriod(same)}），未重复保存。`)
  const now = core.now()
  const id = randomUUID()
  session.db.transaction((tx) => {
    tx.insert(substitutions).values({ id, personId: person.id, substituteId: cover.id, startDate: input.startDate, endDate: null, ...stampsFor(session, now).created }).run()
    appendAudit(tx, session.actor, { action: 'roster.saveSubstitution', entity: 'substitution', entityId: id, summary: `缺位互补：${person.name}缺位时由${cover.name}补位，${chineseDate(input.startDate)}起` }, now)
  })
  return findSubstitution(session.db, id)
}

export function endSubstitution(session: RosterSession, core: CoreContext, input: { id: string; endDate: string }): SubstitutionView {
  const pair = findSubstitution(session.db, input.id)
  if (pair.endDate !== null) throw new AppError('RULE_VIOLATION', `该缺位互补安排已于${chineseDate(pair.endDate)}结束。`)
  if (input.endDate < pair.startDate) throw new AppError('RULE_VIOLATION', `结束日期不能早于该安排的开始日期（${chineseDate(pair.startDate)}）。`)
  const now = core.now()
  session.db.transaction((tx) => {
    tx.update(substitutions).set({ endDate: input.endDate, ...stampsFor(session, now).updated }).where(eq(substitutions.id, pair.id)).run()
    appendAudit(tx, session.actor, { action: 'roster.endSubstitution', entity: 'substitution', entityId: pair.id, summary: `结束缺位互补：${pair.personName}—${pair.substituteName}，至${chineseDate(input.endDate)}` }, now)
  })
  return findSubstitution(session.db, pair.id)
}
