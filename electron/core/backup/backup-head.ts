import { join } from 'node:path'
import Database from 'better-sqlite3'
import { checkpointText } from '../audit/checkpoint-verifier'
import { signText } from '../vault/crypto'
import { readKeyFile, writeFileDurably, type SignedHead } from '../vault/keyfile'
import { readSignedHeadFile } from '../vault/rollback'
import { vaultPaths } from '../vault/paths'
import { applyDataKey } from '../vault/store'
import type { OpenVault } from '../vault/vault'

/*
 * Which backup to offer when the vault was rolled back or damaged. A backup folder keeps, beside
 * its copies, the audit chain's head of the main store it copied, signed by the user who made it
 * (audit-head.json, outside the manifest: restore never copies it). The offer is the newest
 * usable backup whose head reaches the furthest head the vault signed (its key file's and the
 * one written after writes), or comes closest to it: not a newer folder holding less of the
 * chain, which would lose the same work again.
 */
export const backupHeadFileName = 'audit-head.json'

/** Signs the head of the main store's copy (opened with the key the copy was checked with). */
export function writeBackupHead(vault: Pick<OpenVault, 'authority' | 'vaultId' | 'entry'>, signingKey: Buffer, copyPath: string, mainKey: Buffer, dir: string, now: Date): void {
  if (!vault.authority || !vault.entry.signing) return
  const copy = new Database(copyPath, { readonly: true, fileMustExist: true })
  let head: { count: number; lastHash: string } | undefined
  try {
    applyDataKey(copy, mainKey)
    head = copy.prepare<[], { count: number; lastHash: string }>('SELECT count, last_hash AS lastHash FROM audit_head WHERE id = 1').get()
  } finally {
    copy.close()
  }
  if (!head) return
  const signed: SignedHead = { count: head.count, hash: head.lastHash, userId: vault.entry.userId, at: now.toISOString(), sig: signText(signingKey, checkpointText(vault.vaultId, head.count, head.lastHash)) }
  writeFileDurably(join(dir, backupHeadFileName), `${JSON.stringify(signed)}\n`)
}

/** The furthest head the vault in the data folder says it reached (the locked app cannot check signatures: a hint for the offer only). */
function vaultHead(dataDir: string): SignedHead | null {
  const paths = vaultPaths(dataDir)
  let fromKeyFile: SignedHead | null = null
  try {
    fromKeyFile = readKeyFile(paths.keyFile).head ?? null
  } catch {
    // A damaged key file: only the head file can say.
  }
  const heads = [fromKeyFile, readSignedHeadFile(paths.signedHead)].filter((head): head is SignedHead => head !== null)
  return heads.sort((a, b) => b.count - a.count)[0] ?? null
}

/** A backup's head reaches the vault's: the same head, or further on. */
function reaches(backup: SignedHead | null, expected: SignedHead): boolean {
  return backup !== null && (backup.count > expected.count || (backup.count === expected.count && backup.hash === expected.hash))
}

/**
 * The id of the backup to offer among `usable` (newest first): the newest whose head reaches the
 * vault's; else (a backup made at lock is two entries short of that lock's head: its own record
 * and the lock's) the newest of those that come closest; without a head to go by, the newest.
 */
export function backupToOffer(dataDir: string, usable: readonly { id: string; dir: string }[]): string | null {
  const expected = vaultHead(dataDir)
  if (!expected) return usable[0]?.id ?? null
  const heads = usable.map((backup) => ({ id: backup.id, head: readSignedHeadFile(join(backup.dir, backupHeadFileName)) }))
  const reaching = heads.find((backup) => reaches(backup.head, expected))
  if (reaching) return reaching.id
  const closest = Math.max(-1, ...heads.map((backup) => backup.head?.count ?? -1))
  return (heads.find((backup) => (backup.head?.count ?? -1) === closest) ?? heads[0])?.id ?? null
}
