import { appendAudit, type AuditRecord } from '../audit/audit-log'
import type { CoreContext } from '../context'
import type { PersonnelDb } from '../db/migrate'
import type { Session } from '../session'
import { openBook, refuseSealedWrite } from './book-access'

// One change to the book and its audit entry. The two stores cannot share a transaction:
// the book's transaction runs inside the main store's, so a refused change writes no
// audit entry. Audit summaries name entries and counts, never a cadre: the audit log is
// in the main store, which users without the grant can read.

export interface BookChange<T> {
  value: T
  audit: AuditRecord
}

export function writeBook<T>(session: Session, core: CoreContext, change: (db: PersonnelDb, now: Date) => BookChange<T>): T {
  const db = openBook(session, core)
  const now = core.now()
  return session.db.transaction((tx) => {
    const done = refuseSealedWrite(() => db.transaction((ptx) => change(ptx, now)))
    appendAudit(tx, session.actor, done.audit, now)
    return done.value
  })
}
