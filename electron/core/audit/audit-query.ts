import { and, asc, desc, eq, gte, lt, type SQL } from 'drizzle-orm'
import type { AuditActor, AuditEntry, AuditFilter } from '../../../shared/ipc/channels/audit'
import type { MainDb } from '../db/migrate'
import { auditLog } from '../db/schema/main'

/** Entries are stored with UTC instants (toISOString), so compare in that form. */
const storedInstant = (iso: string) => new Date(iso).toISOString()

function filterConditions(filter: AuditFilter = {}): SQL | undefined {
  return and(
    filter.userId ? eq(auditLog.userId, filter.userId) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.from ? gte(auditLog.at, storedInstant(filter.from)) : undefined,
    filter.to ? lt(auditLog.at, storedInstant(filter.to)) : undefined,
  )
}

const entryColumns = {
  id: auditLog.id,
  at: auditLog.at,
  userId: auditLog.userId,
  userName: auditLog.userName,
  action: auditLog.action,
  entity: auditLog.entity,
  entityId: auditLog.entityId,
  summary: auditLog.summary,
}

/** A page of entries, newest first; `beforeId` continues after the last one shown. */
export function listAudit(db: MainDb, options: { limit: number; beforeId?: number; filter?: AuditFilter }): AuditEntry[] {
  return db
    .select(entryColumns)
    .from(auditLog)
    .where(and(filterConditions(options.filter), options.beforeId ? lt(auditLog.id, options.beforeId) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(options.limit)
    .all()
}

/** Every matching entry, oldest first, with its chain hashes (for export). */
export function auditEntriesWithHashes(db: MainDb, filter?: AuditFilter): (AuditEntry & { prevHash: string; hash: string })[] {
  return db.select().from(auditLog).where(filterConditions(filter)).orderBy(asc(auditLog.id)).all()
}

/** Everyone who appears in the log, by the name recorded at the time. */
export function auditActors(db: MainDb): AuditActor[] {
  return db.selectDistinct({ userId: auditLog.userId, userName: auditLog.userName }).from(auditLog).orderBy(asc(auditLog.userName)).all()
}
