import { eq } from 'drizzle-orm'
import type { MinutesStatus } from '../../../shared/documents/minutes/content'
import { minutesStatusLabels } from '../../../shared/documents/minutes/content'
import { AppError } from '../../../shared/errors'
import { appendAudit, type AuditRecord } from '../audit/audit-log'
import type { CoreContext } from '../context'
import type { MainDb } from '../db/migrate'
import { minutes } from '../db/schema/documents'
import { isSealedAbort } from '../live/recording'
import type { Session } from '../session'
import type { MinutesRow } from './minutes-store'

// What every change to a 纪要 shares: one transaction with its audit entry, and the issued
// row's trigger (SEALED) reported as the 纪要's own refusal.

export const issuedError = (label: string) => new AppError('MINUTES_ISSUED', `${label}纪要已签发，内容和状态都不能再改变。如需更正，请对会议记录添加更正记录。`)

/** Refuses a step the 纪要's state does not allow, naming where it stands and what comes first. */
export function assertMinutesStatus(row: MinutesRow, label: string, allowed: MinutesStatus, what: string): void {
  if (row.status === allowed) return
  if (row.status === 'issued') throw issuedError(label)
  const hint = row.status === 'reviewed' ? '请先“退回修改”。' : '请先“审核通过”。'
  throw new AppError('STATUS_INVALID', `${label}纪要处于“${minutesStatusLabels[row.status as MinutesStatus]}”状态，不能${what}。${allowed === 'draft' ? hint : allowed === 'reviewed' ? '须先审核通过，才能签发。' : ''}`)
}

/** `last` runs after the audit entry, still inside the transaction (签发 signs the meeting there). */
export function minutesTransaction<T>(session: Pick<Session, 'db' | 'actor'>, core: CoreContext, label: string, audit: AuditRecord, write: (tx: MainDb, at: string) => T, last?: () => void): T {
  const now = core.now()
  try {
    return session.db.transaction((tx) => {
      const result = write(tx, now.toISOString())
      appendAudit(tx, session.actor, audit, now)
      last?.()
      return result
    })
  } catch (error) {
    if (isSealedAbort(error)) throw issuedError(label)
    throw error
  }
}

export function setMinutes(tx: MainDb, id: string, values: Partial<typeof minutes.$inferInsert>): void {
  tx.update(minutes).set(values).where(eq(minutes.id, id)).run()
}
