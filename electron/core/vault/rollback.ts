import { readFileSync } from 'node:fs'
import { asc, eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { checkpointText } from '../audit/checkpoint-verifier'
import type { MainDb } from '../db/migrate'
import { auditHead, auditLog } from '../db/schema/main'
import { verifyText } from './crypto'
import { signedHeadSchema, type KeyFile, type SignedHead } from './keyfile'
import type { Authority } from './ledger'

function isSigned(vaultId: string, authority: Authority, head: SignedHead): boolean {
  const publicKeys = [...authority.signingKeys].filter(([, userId]) => userId === head.userId).map(([publicKey]) => publicKey)
  return publicKeys.some((publicKey) => verifyText(publicKey, checkpointText(vaultId, head.count, head.hash), head.sig))
}

/*
 * Rollback detection. At each lock the acting user's signed chain head (count and hash) is
 * also kept in the key file, and between locks in the head file written after writes
 * (audit/signed-head-file.ts); the furthest of the two counts. A store found behind it at unlock — an older copy put in its
 * place, or a -wal deleted after a crash, losing committed work — is refused with
 * VAULT_ROLLED_BACK and the offer of a backup, instead of opening as if nothing were missing.
 */
export function assertNotRolledBack(db: MainDb, keyFile: KeyFile, authority: Authority, signedHeadPath: string): void {
  const afterWrites = readSignedHeadFile(signedHeadPath)
  // A head nobody signed proves nothing (and an outsider could write one to lock everyone out).
  const signedHeads = [keyFile.head, afterWrites].filter((head): head is SignedHead => head !== undefined && head !== null && isSigned(keyFile.vaultId, authority, head))
  const head = signedHeads.sort((a, b) => b.count - a.count)[0]
  if (!head) return
  const stored = db.select().from(auditHead).where(eq(auditHead.id, 1)).get()
  const count = stored?.count ?? 0
  const behind = () => new AppError('VAULT_ROLLED_BACK', undefined, { problem: `数据库中的审计日志有 ${count} 条，上次锁定时签名记录的是 ${head.count} 条`, expectedCount: head.count, foundCount: count })
  if (count < head.count) throw behind()
  const atHead = db.select({ hash: auditLog.hash }).from(auditLog).orderBy(asc(auditLog.id)).limit(1).offset(head.count - 1).get()
  if (atHead?.hash !== head.hash) throw behind()
}

/** The head file written after writes (audit/signed-head-file.ts), or null: absent or unreadable, it only ever adds a check. */
export function readSignedHeadFile(path: string): SignedHead | null {
  try {
    const parsed = signedHeadSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
