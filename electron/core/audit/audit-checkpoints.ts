import { eq } from 'drizzle-orm'
import type { MainDb } from '../db/migrate'
import { auditCheckpoints, auditHead } from '../db/schema/main'
import type { OpenVault } from '../vault/vault'
import { signText } from '../vault/crypto'
import { readKeyFile, writeKeyFile } from '../vault/keyfile'
import { checkpointText } from './checkpoint-verifier'
import { appendAudit, type Actor } from './audit-log'

/*
 * The audit chain's hashes can be recomputed by anyone holding the main key. So at every lock
 * the acting user signs the chain's head (count and hash) with their signing key, in the same
 * transaction as the lock's entry: an entry edited before a checkpoint another user signed no
 * longer matches it, whatever hashes are recomputed after it. Verification uses the public keys
 * of the signed key file (signing_keys), never one the row names by itself.
 */

/** The lock's audit entry and, once the key file is signed, the signed head after it. */
export function appendLockEntry(db: MainDb, vault: OpenVault, actor: Actor, summary: string, now: Date): { count: number; hash: string; signature: string } | null {
  const publicKey = vault.authority ? vault.entry.signing?.publicKey : undefined
  return db.transaction((tx) => {
    appendAudit(tx, actor, { action: 'auth.lock', entity: 'session', summary }, now)
    const head = tx.select().from(auditHead).where(eq(auditHead.id, 1)).get()
    if (!publicKey || !head || !actor.userId) return null
    const signature = signText(vault.signingKey, checkpointText(vault.vaultId, head.count, head.lastHash))
    tx.insert(auditCheckpoints).values({ count: head.count, hash: head.lastHash, userId: actor.userId, at: now.toISOString(), publicKey, signature }).run()
    return { count: head.count, hash: head.lastHash, signature }
  })
}

/**
 * Keeps the signed head in the key file too, after the lock committed: an unlock that finds the
 * store behind it knows the store was rolled back (vault/rollback.ts). Best effort: a failure
 * here only means the next unlock compares with the head before.
 */
export function keepHeadInKeyFile(vault: OpenVault, userId: string, head: { count: number; hash: string; signature: string }, now: Date): void {
  try {
    const keyFile = readKeyFile(vault.paths.keyFile)
    writeKeyFile(vault.paths.keyFile, { ...keyFile, head: { count: head.count, hash: head.hash, userId, at: now.toISOString(), sig: head.signature } })
  } catch {
    // The lock goes on; the store and its checkpoint are committed.
  }
}
