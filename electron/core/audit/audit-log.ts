import { createHash } from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { AuditVerification } from '../../../shared/ipc/channels/audit'
import { mainDatabase, type MainDb } from '../db/migrate'
import type { SqliteDatabase } from '../vault/store'
import { auditHead, auditLog } from '../db/schema/main'
import { CheckpointVerifier } from './checkpoint-verifier'

export interface Actor {
  userId: string | null
  userName: string
}

export interface AuditRecord {
  action: string
  entity: string
  entityId?: string | null
  summary: string
}

const genesisHash = '0'.repeat(64)

type HashedFields = Pick<typeof auditLog.$inferSelect, 'at' | 'userId' | 'userName' | 'action' | 'entity' | 'entityId' | 'summary' | 'prevHash'>

function entryHash(fields: HashedFields): string {
  const canonical = JSON.stringify([fields.prevHash, fields.at, fields.userId, fields.userName, fields.action, fields.entity, fields.entityId, fields.summary])
  return createHash('sha256').update(canonical, 'utf8').digest('hex')
}

// SQLite stores text as UTF-8, where a lone UTF-16 surrogate becomes U+FFFD: hash the text
// as it will be stored, or the entry would fail verification when read back.
const loneSurrogates = /[\ud800-\udfff]/gu
function asStored<T extends string | null>(text: T): T {
  return (text === null ? null : text.replace(loneSurrogates, '\ufffd')) as T
}

/**
 * Appends one entry linked to the previous one. Call it inside the transaction of the
 * change it describes, so the change and its record commit or fail together.
 */
export function appendAudit(db: MainDb, actor: Actor, record: AuditRecord, now: Date): void {
  // Entry and head in one transaction (a savepoint inside the caller's): a crash between
  // the two writes would otherwise read as a removed entry.
  db.transaction((tx) => {
    const head = tx.select().from(auditHead).where(eq(auditHead.id, 1)).get()
    const fields: HashedFields = {
      at: now.toISOString(),
      userId: asStored(actor.userId),
      userName: asStored(actor.userName),
      action: asStored(record.action),
      entity: asStored(record.entity),
      entityId: asStored(record.entityId ?? null),
      summary: asStored(record.summary),
      prevHash: head?.lastHash ?? genesisHash,
    }
    const hash = entryHash(fields)
    tx.insert(auditLog).values({ ...fields, hash }).run()
    tx.insert(auditHead)
      .values({ id: 1, count: 1, lastHash: hash })
      .onConflictDoUpdate({ target: auditHead.id, set: { count: (head?.count ?? 0) + 1, lastHash: hash } })
      .run()
  })
}

type AuditRow = HashedFields & { id: number; hash: string }

const chainSql = `SELECT id, at, user_id AS userId, user_name AS userName, action, entity, entity_id AS entityId, summary, prev_hash AS prevHash, hash
  FROM audit_log ORDER BY id`

/** Pages the chain walk may keep cached: it reads each once, so a big cache only holds memory. */
const walkCachePages = 512

/**
 * Walks the chain from the start; reports the first entry that was edited, inserted or removed.
 * Rows are read one at a time (160,000 entries of a 30-year vault held at once took about
 * 170 MB), and the statement is finished when the walk stops early. The store's page cache is
 * kept small meanwhile: filled with the whole log it stayed in the process after locking.
 */
export function verifyAuditChain(sqlite: SqliteDatabase): AuditVerification {
  const cacheSize = sqlite.pragma('cache_size', { simple: true }) as number
  sqlite.pragma(`cache_size = ${walkCachePages}`)
  try {
    return walkChain(sqlite)
  } finally {
    sqlite.pragma(`cache_size = ${Math.trunc(cacheSize)}`)
  }
}

function walkChain(sqlite: SqliteDatabase): AuditVerification {
  let expectedPrev = genesisHash
  let checked = 0
  const broken = (id: number | null, problem: string): AuditVerification => ({ ok: false, checked, firstBrokenId: id, problem })
  const checkpoints = new CheckpointVerifier(mainDatabase(sqlite))
  for (const row of sqlite.prepare<[], AuditRow>(chainSql).iterate()) {
    if (row.prevHash !== expectedPrev) return broken(row.id, `第 ${row.id} 条之前的记录被删除或改动`)
    if (entryHash(row) !== row.hash) return broken(row.id, `第 ${row.id} 条记录的内容被改动`)
    expectedPrev = row.hash
    checked += 1
    // The hashes alone can be recomputed by any key holder; the signed heads cannot.
    const problem = checkpoints.problemAt(checked, row.hash, row.action)
    if (problem) return broken(row.id, problem)
  }
  if (checkpoints.beyond(checked)) return broken(null, `日志比锁定时签名的校验点短：末尾的记录被删除`)
  const head = sqlite.prepare<[], { count: number; lastHash: string }>('SELECT count, last_hash AS lastHash FROM audit_head WHERE id = 1').get()
  const headCount = head?.count ?? 0
  if (headCount !== checked || (head && head.lastHash !== expectedPrev)) {
    return broken(null, `日志应有 ${headCount} 条，实际 ${checked} 条：末尾的记录被删除或改动`)
  }
  return { ok: true, checked, firstBrokenId: null, problem: null }
}
