import { asc, desc, eq } from 'drizzle-orm'
import { localDate } from '../../../shared/roster/dates'
import type { MembershipView } from '../../../shared/roster/views'
import { AppError } from '../../../shared/errors'
import type { MainDb } from '../db/migrate'
import { memberships, people } from '../db/schema/main'
import type { Session } from '../session'
import type { CoreContext } from '../context'

// Reads shared by the roster services.

export type RosterSession = Pick<Session, 'db' | 'actor' | 'user'>
export type PersonRow = typeof people.$inferSelect

/** created/updated stamps for a new row, and the updated ones for a change. */
export function stampsFor(session: RosterSession, now: Date) {
  const at = now.toISOString()
  return { created: { createdAt: at, createdBy: session.user.id, updatedAt: at, updatedBy: session.user.id }, updated: { updatedAt: at, updatedBy: session.user.id } }
}

/** Today on this machine's calendar, from the core's clock. */
export const today = (core: CoreContext) => localDate(core.now())

export function findPerson(db: MainDb, id: string): PersonRow {
  const row = db.select().from(people).where(eq(people.id, id)).get()
  if (!row) throw new AppError('NOT_FOUND', '找不到该人员（可能已被删除），请刷新后重试。')
  return row
}

const membershipColumns = {
  id: memberships.id,
  personId: memberships.personId,
  name: people.name,
  post: memberships.post,
  rank: memberships.rank,
  startDate: memberships.startDate,
  endDate: memberships.endDate,
  endReason: memberships.endReason,
}

/** Every membership period with the person's name, newest first. */
export function allMemberships(db: MainDb): MembershipView[] {
  return db.select(membershipColumns).from(memberships).innerJoin(people, eq(people.id, memberships.personId)).orderBy(desc(memberships.startDate), asc(memberships.rank)).all()
}

export function findMembership(db: MainDb, id: string): MembershipView {
  const row = db.select(membershipColumns).from(memberships).innerJoin(people, eq(people.id, memberships.personId)).where(eq(memberships.id, id)).get()
  if (!row) throw new AppError('NOT_FOUND', '找不到该任职记录（可能已被删除），请刷新后重试。')
  return row
}

/** Two people may share a name; the same name in the same unit is almost surely the same person typed twice. */
export function assertNoTwin(db: MainDb, person: { id?: string; name: string; unit: string | null }): void {
  const twin = db.select().from(people).where(eq(people.name, person.name)).all().find((row) => row.id !== person.id && (row.unit ?? '') === (person.unit ?? ''))
  if (twin) throw new AppError('DUPLICATE', `已有同名人员“${person.name}”${person.unit ? `（${person.unit}）` : ''}，未重复保存。请直接选用该人员，或填写工作单位加以区分。`)
}
