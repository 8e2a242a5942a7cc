import { randomUUID } from 'node:crypto'
import { asc, eq } from 'drizzle-orm'
import { appendAudit } from '../audit/audit-log'
import type { CoreContext } from '../context'
import type { MainDb } from '../db/migrate'
import { memberDuties } from '../db/schema/main'
import { findPerson, stampsFor, type RosterSession } from './roster-store'

/** 常委职责清单 of one person, in order. */
export function duties(db: MainDb, personId: string): string[] {
  findPerson(db, personId)
  return db.select({ text: memberDuties.text }).from(memberDuties).where(eq(memberDuties.personId, personId)).orderBy(asc(memberDuties.position)).all().map((row) => row.text)
}

/** Replaces the whole list at once: the old lines go and the new ones come in one transaction. */
export function saveDuties(session: RosterSession, core: CoreContext, input: { personId: string; items: string[] }): string[] {
  const person = findPerson(session.db, input.personId)
  const before = duties(session.db, person.id)
  const now = core.now()
  const stamps = stampsFor(session, now).created
  session.db.transaction((tx) => {
    tx.delete(memberDuties).where(eq(memberDuties.personId, person.id)).run()
    if (input.items.length > 0) tx.insert(memberDuties).values(input.items.map((text, position) => ({ id: randomUUID(), personId: person.id, position, text, ...stamps }))).run()
    appendAudit(tx, session.actor, { action: 'roster.saveDuties', entity: 'member_duties', entityId: person.id, summary: `保存 ${person.name}的职责清单：${before.length} 条 → ${input.items.length} 条` }, now)
  })
  return duties(session.db, person.id)
}
