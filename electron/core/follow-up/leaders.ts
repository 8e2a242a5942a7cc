import { eq, isNotNull } from 'drizzle-orm'
import type { LeaderOption } from '../../../shared/follow-up/views'
import type { MainDb } from '../db/migrate'
import { followUpTasks, people } from '../db/schema/main'
import { rosterAsOf } from '../roster/roster-as-of'

/** Who may lead a task: today's committee by rank, then anyone already leading one (a member who has left). */
export function leaderOptions(db: MainDb, today: string): LeaderOption[] {
  const members = rosterAsOf(db, today).map((entry) => ({ id: entry.personId, name: entry.name }))
  const seen = new Set(members.map((member) => member.id))
  const leading = db.selectDistinct({ id: people.id, name: people.name }).from(followUpTasks).innerJoin(people, eq(people.id, followUpTasks.leadLeaderId)).where(isNotNull(followUpTasks.leadLeaderId)).orderBy(people.name).all()
  return [...members, ...leading.filter((leader) => !seen.has(leader.id))]
}
