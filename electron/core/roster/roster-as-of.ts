import { and, asc, eq, gte, isNull, lte, or } from 'drizzle-orm'
import type { MainDb } from '../db/migrate'
import { memberships, people } from '../db/schema/main'

export interface RosterEntry {
  membershipId: string
  personId: string
  name: string
  post: string
  rank: number
}

/** The standing committee on `date` ('YYYY-MM-DD'), by rank: the periods that cover that day. */
export function rosterAsOf(db: MainDb, date: string): RosterEntry[] {
  return db
    .select({ membershipId: memberships.id, personId: memberships.personId, name: people.name, post: memberships.post, rank: memberships.rank })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(and(lte(memberships.startDate, date), or(isNull(memberships.endDate), gte(memberships.endDate, date))))
    .orderBy(asc(memberships.rank), asc(people.name))
    .all()
}
