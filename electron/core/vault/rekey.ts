import Database from 'better-sqlite3'
import { existsSync, renameSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { AppError } from '../../../shared/errors'
import { fsyncDirectory, fsyncFile } from './keyfile'
import type { VaultPaths } from './paths'
import { applyDataKey, integrityCheck, type SqliteDatabase } from './store'
import { copyLiveStore } from './store-copy'

/*
 * Re-encrypting a store under a new data key, without ever touching the live file until
 * the new one is complete and verified. sqlite3mc's in-place `PRAGMA rekey` works here
 * (2.4.0, also in WAL mode), but an interrupted in-place rekey can corrupt the file
 * (sqlite3mc discussion #296: a failed rekey with a new salt). So the rekey runs on a
 * copy (the checkpointed file's bytes, store-copy.ts), reopen and check it with the new
 * key, confirm the old key no longer opens it, and only then rename it over the live file.
 * A crash at any point leaves either the old file or the new one, never a half-rekeyed
 * store: the copy is scratch until then (removed at the next unlock), so its rekey keeps
 * its rollback journal in memory and its writes unsynced until the one fsync after.
 */

export function rekeyedCopyPath(storePath: string): string {
  return `${storePath}.rekey`
}

const sidecarSuffixes = ['', '-journal', '-wal', '-shm']

function removeWithSidecars(path: string): void {
  for (const suffix of sidecarSuffixes) rmSync(`${path}${suffix}`, { force: true })
}

/** True when the key opens the file and the whole file checks out. */
export function opensWithKey(path: string, key: Buffer): boolean {
  const db = new Database(path, { fileMustExist: true })
  try {
    applyDataKey(db, key)
    // The live stores' cache size: the check reads every page, a quarter faster than with 2 MB.
    db.pragma('cache_size = -65536')
    return integrityCheck(db) === 'ok'
  } catch {
    return false
  } finally {
    db.close()
  }
}

/**
 * Writes a copy of the live store encrypted with `nextKey` beside it and verifies it.
 * The live store is only read. On any failure the copy is removed and the error is
 * KEY_ROTATION_FAILED.
 */
export function writeRekeyedCopy(live: SqliteDatabase, storePath: string, currentKey: Buffer, nextKey: Buffer, beforeRekey?: (copy: SqliteDatabase) => void): string {
  const copyPath = rekeyedCopyPath(storePath)
  removeWithSidecars(copyPath)
  try {
    copyLiveStore(live, storePath, copyPath, currentKey, () => new AppError('KEY_ROTATION_FAILED'))
    const copy = new Database(copyPath, { fileMustExist: true })
    try {
      applyDataKey(copy, currentKey)
      copy.pragma('journal_mode = MEMORY')
      copy.pragma('synchronous = OFF')
      // Whatever else must move to the new key with the store (the file keys) changes in the copy.
      beforeRekey?.(copy)
      copy.pragma(`rekey="x'${nextKey.toString('hex')}'"`)
    } finally {
      copy.close()
    }
    fsyncFile(copyPath)
    if (!opensWithKey(copyPath, nextKey) || opensWithKey(copyPath, currentKey)) throw new AppError('KEY_ROTATION_FAILED')
    fsyncDirectory(dirname(copyPath))
    return copyPath
  } catch (error) {
    removeWithSidecars(copyPath)
    if (error instanceof AppError) throw error
    throw new AppError('KEY_ROTATION_FAILED')
  }
}

/**
 * Replaces the live store by the verified copy. The live connection is checkpointed and
 * closed first, so no write-ahead log of the old file is left to be replayed onto the new
 * one (the caller reopens the store, with the new key on success, the old one on failure).
 */
export function swapInRekeyedCopy(live: SqliteDatabase, storePath: string): void {
  live.pragma('wal_checkpoint(TRUNCATE)')
  live.close()
  for (const suffix of ['-wal', '-shm']) rmSync(`${storePath}${suffix}`, { force: true })
  renameSync(rekeyedCopyPath(storePath), storePath)
  fsyncDirectory(dirname(storePath))
}

/** Removes a copy a crash left behind: its key was never promoted, or it was already swapped in. */
export function removeStaleRekeyedCopies(paths: VaultPaths): void {
  for (const storePath of [paths.main, paths.personnel]) {
    if (existsSync(rekeyedCopyPath(storePath))) removeWithSidecars(rekeyedCopyPath(storePath))
  }
}
