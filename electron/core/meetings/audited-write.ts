import { AppError } from '../../../shared/errors'
import { appendAudit, type AuditRecord } from '../audit/audit-log'
import type { MainDb } from '../db/migrate'
import type { Session } from '../session'

/**
 * Runs `work`, turning the seal triggers' refusal (RAISE(ABORT, 'SEALED') on any change to
 * a signed meeting's rows) into the error the user can act on.
 */
export function sealedAsAppError<T>(work: () => T): T {
  try {
    return work()
  } catch (error) {
    if (error instanceof Error && error.name === 'SqliteError' && error.message === 'SEALED') throw new AppError('MEETING_SEALED')
    throw error
  }
}

/**
 * One write and its audit entry in one transaction: both commit or neither. `work` returns
 * the audit record (and may throw an AppError to refuse, leaving nothing changed).
 */
export function auditedWrite(session: Session, now: Date, work: (tx: MainDb) => AuditRecord): void {
  sealedAsAppError(() =>
    session.db.transaction((tx) => {
      const record = work(tx)
      appendAudit(tx, session.actor, record, now)
    }),
  )
}
