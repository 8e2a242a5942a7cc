import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { chineseDate, dayBefore, periodCovers, type DatedPeriod } from '../../../shared/roster/dates'
import { overlapMessage, overlappingPeriod, rankClash, rankClashMessage } from '../../../shared/roster/rules'
import type { MembershipView } from '../../../shared/roster/views'
import { appendAudit } from '../audit/audit-log'
import type { CoreContext } from '../context'
import type { MainDb } from '../db/migrate'
import { memberships, people } from '../db/schema/main'
import { allMemberships, assertNoTwin, findMembership, findPerson, stampsFor, type RosterSession } from './roster-store'
import { compareNamesByStrokes } from '../../../shared/names/stroke-order'

/** The standing committee on `date`, by rank. */
export function membershipsAsOf(db: MainDb, date: string): MembershipView[] {
  return allMemberships(db)
    .filter((period) => periodCovers(period, date))
    .sort((a, b) => a.rank - b.rank || compareNamesByStrokes(a.name, b.name))
}

/** Refuses a period that overlaps another of the same person, or takes a rank someone else holds then. */
function assertFitsAmong(periods: readonly MembershipView[], candidate: DatedPeriod & { id?: string; personId: string; rank: number; name: string }): void {
  const own = overlappingPeriod(periods, candidate)
  if (own) throw new AppError('RULE_VIOLATION', overlapMessage(candidate.name, own))
  const clash = rankClash(periods, candidate)
  if (clash) throw new AppError('RULE_VIOLATION', rankClashMessage(candidate.name, candidate.rank, clash))
}

type NewPerson = { name: string; sex: '男' | '女' | null; unit: string | null; note: string | null }

export function addMembership(session: RosterSession, core: CoreContext, input: { personId?: string; newPerson?: NewPerson; post: string; rank: number; startDate: string }): MembershipView {
  const newPerson = input.personId === undefined ? input.newPerson : undefined
  if (newPerson) assertNoTwin(session.db, newPerson)
  const person = newPerson ? { id: randomUUID(), name: newPerson.name } : findPerson(session.db, input.personId ?? '')
  assertFitsAmong(allMemberships(session.db), { personId: person.id, name: person.name, rank: input.rank, startDate: input.startDate, endDate: null })
  const now = core.now()
  const id = randomUUID()
  session.db.transaction((tx) => {
    if (newPerson) {
      tx.insert(people).values({ id: person.id, ...newPerson, ...stampsFor(session, now).created }).run()
      appendAudit(tx, session.actor, { action: 'roster.savePerson', entity: 'person', entityId: person.id, summary: `新增人员 ${newPerson.name}${newPerson.unit ? `（${newPerson.unit}）` : ''}` }, now)
    }
    tx.insert(memberships).values({ id, personId: person.id, post: input.post, rank: input.rank, startDate: input.startDate, endDate: null, endReason: null, ...stampsFor(session, now).created }).run()
    appendAudit(tx, session.actor, { action: 'roster.addMembership', entity: 'membership', entityId: id, summary: `新增常委 ${person.name}：${input.post}，排名第 ${input.rank} 位，${chineseDate(input.startDate)}起` }, now)
  })
  return findMembership(session.db, id)
}

/** A new post or rank from `effectiveDate`: the running period ends the day before, a new one starts. */
export function changeMembership(session: RosterSession, core: CoreContext, input: { membershipId: string; effectiveDate: string; post: string; rank: number }): MembershipView {
  const [changed] = changeMemberships(session, core, { effectiveDate: input.effectiveDate, changes: [input] })
  if (!changed) throw new AppError('INTERNAL')
  return changed
}

/**
 * Several changes from one date in one transaction. The ranks are checked on the result as a
 * whole, so two members can swap places, which one change at a time could never do.
 */
export function changeMemberships(session: RosterSession, core: CoreContext, input: { effectiveDate: string; changes: { membershipId: string; post: string; rank: number }[] }): MembershipView[] {
  const lastDay = dayBefore(input.effectiveDate)
  const currents = input.changes.map((change) => {
    const current = findMembership(session.db, change.membershipId)
    if (current.endDate !== null) throw new AppError('RULE_VIOLATION', `${current.name}的这段任职已于${chineseDate(current.endDate)}结束，不能再调整；历史记录不改写，请在其当前的任职记录上调整。`)
    if (input.effectiveDate <= current.startDate) throw new AppError('RULE_VIOLATION', `${current.name}：生效日期须晚于本段任职的起始日期（${chineseDate(current.startDate)}）：调整不改写历史，只能从其后的某一天起生效。`)
    if (change.post === current.post && change.rank === current.rank) throw new AppError('RULE_VIOLATION', `${current.name}的职务和排名都没有变化，无需调整。`)
    return { current, change, next: { id: randomUUID(), personId: current.personId, name: current.name, post: change.post, rank: change.rank, startDate: input.effectiveDate, endDate: null, endReason: null } }
  })
  // The roster as it would be: the changed periods cut short, the new ones added.
  const cut = new Map(currents.map(({ current }) => [current.id, { ...current, endDate: lastDay }]))
  const after = [...allMemberships(session.db).map((period) => cut.get(period.id) ?? period), ...currents.map(({ next }) => next)]
  for (const { next } of currents) assertFitsAmong(after, next)

  const now = core.now()
  const stamps = stampsFor(session, now)
  session.db.transaction((tx) => {
    for (const { current, change, next } of currents) {
      tx.update(memberships).set({ endDate: lastDay, endReason: '职务或排名调整', ...stamps.updated }).where(eq(memberships.id, current.id)).run()
      tx.insert(memberships).values({ id: next.id, personId: next.personId, post: next.post, rank: next.rank, startDate: next.startDate, endDate: null, endReason: null, ...stamps.created }).run()
      const summary = `调整 ${current.name}：${current.post}、第 ${current.rank} 位 → ${change.post}、第 ${change.rank} 位，${chineseDate(input.effectiveDate)}起生效`
      appendAudit(tx, session.actor, { action: 'roster.changeMembership', entity: 'membership', entityId: next.id, summary }, now)
    }
  })
  return currents.map(({ next }) => findMembership(session.db, next.id))
}

export function endMembership(session: RosterSession, core: CoreContext, input: { membershipId: string; endDate: string; reason: string }): MembershipView {
  const current = findMembership(session.db, input.membershipId)
  if (current.endDate !== null) throw new AppError('RULE_VIOLATION', `${current.name}的这段任职已于${chineseDate(current.endDate)}结束，不能重复离任。`)
  if (input.endDate < current.startDate) throw new AppError('RULE_VIOLATION', `离任日期不能早于任职起始日期（${chineseDate(current.startDate)}）。`)
  const now = core.now()
  session.db.transaction((tx) => {
    tx.update(memberships).set({ endDate: input.endDate, endReason: input.reason, ...stampsFor(session, now).updated }).where(eq(memberships.id, current.id)).run()
    appendAudit(tx, session.actor, { action: 'roster.endMembership', entity: 'membership', entityId: current.id, summary: `${current.name}离任（${current.post}），任职至${chineseDate(input.endDate)}，原因：${input.reason}` }, now)
  })
  return findMembership(session.db, current.id)
}
