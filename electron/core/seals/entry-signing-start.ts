import { and, isNotNull, isNull } from 'drizzle-orm'
import { appendAudit, type Actor } from '../audit/audit-log'
import type { MainDb, PersonnelDb } from '../db/migrate'
import { bookEntries, entrySigningStartRow } from '../db/schema/personnel'
import { entrySigningStart } from './signed-seal'

/**
 * The book's entries are signed from personnel migration 0002 on; the entries sealed before
 * keep only their hash check (旧式校验). Where that line lies is kept in the audit chain (whose
 * heads are signed at every lock), not in a row a holder of the personnel key could rewrite: the
 * first unlock of a signed vault with the personnel store open writes it, before anything can be
 * sealed in that session, if there are unsigned seals to keep (a new vault has none: no entry
 * there passes as 旧式). The personnel store's row only saves looking again at every unlock;
 * without it the entry may be written again, and the first one counts.
 */
export function markEntrySigningStart(main: MainDb, personnel: PersonnelDb, actor: Actor, now: Date): void {
  if (personnel.select().from(entrySigningStartRow).get()) return
  const unsigned = personnel.select({ id: bookEntries.id }).from(bookEntries).where(and(isNotNull(bookEntries.sealedAt), isNull(bookEntries.sealSignature))).get()
  if (unsigned) {
    appendAudit(main, actor, { action: entrySigningStart, entity: 'personnel_book', summary: '专用记录本启用签名封存：此后封存的记录由签发人的签名密钥签名，此前封存的记录按旧式校验值核对' }, now)
  }
  personnel.insert(entrySigningStartRow).values({ id: 1, at: now.toISOString() }).run()
}
