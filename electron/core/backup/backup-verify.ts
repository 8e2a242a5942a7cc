import Database from 'better-sqlite3'
import { join } from 'node:path'
import { AppError, type ErrorCode } from '../../../shared/errors'
import { appliedMigrations, isNewerThanApp, knownMigrations, type MigrationLevel, type MigrationsLocation } from '../db/migrate'
import type { StoreName } from '../vault/keyfile'
import { applyDataKey, assertEncryptingLibrary, integrityCheck, type SqliteDatabase } from '../vault/store'
import { manifestFiles, type BackupManifest } from './backup-manifest'
import { digestFile } from './backup-folder'

/**
 * How a store copy is checked. Both decrypt and authenticate every page and walk every b-tree;
 * `quick_check` (lock and quit, which must not wait) leaves out matching each index against
 * its table, which `integrity_check` (the daily backup, 备份到…, restore) does as well.
 */
export type StoreCheck = 'integrity_check' | 'quick_check'

/**
 * Opens a copied store read-only with its data key and runs `PRAGMA integrity_check`:
 * what makes a backup "verified". Read-only, so checking never changes the copy (the
 * copies VACUUM INTO writes are in rollback-journal mode, which needs no -wal or -shm).
 * `failure` is the code thrown when the copy does not open or is not intact.
 */
export function checkStoreCopy(path: string, dataKey: Buffer, failure: ErrorCode, check: StoreCheck = 'integrity_check'): MigrationLevel {
  assertEncryptingLibrary()
  let db: SqliteDatabase
  try {
    db = new Database(path, { readonly: true, fileMustExist: true })
  } catch {
    throw new AppError(failure, undefined, { file: path })
  }
  try {
    applyDataKey(db, dataKey)
    const result = check === 'integrity_check' ? integrityCheck(db) : (db.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check).join('; ')
    if (result !== 'ok') throw new AppError(failure, undefined, { file: path, integrity: result.slice(0, 200) })
    return appliedMigrations(db)
  } catch (error) {
    // "file is not a database" (wrong key, garbage) and "malformed" (a damaged page) land here.
    if (error instanceof AppError) throw error
    throw new AppError(failure, undefined, { file: path })
  } finally {
    db.close()
  }
}

/** The migration level of a copy already checked (the worker ran its integrity_check). */
export function storeCopyLevel(path: string, dataKey: Buffer, failure: ErrorCode): MigrationLevel {
  let db: SqliteDatabase
  try {
    db = new Database(path, { readonly: true, fileMustExist: true })
  } catch {
    throw new AppError(failure, undefined, { file: path })
  }
  try {
    applyDataKey(db, dataKey)
    return appliedMigrations(db)
  } catch {
    throw new AppError(failure, undefined, { file: path })
  } finally {
    db.close()
  }
}

/** BACKUP_TOO_NEW when a store copy has seen a migration this app does not know. */
export function assertStoreNotNewer(level: MigrationLevel, store: StoreName, migrations: MigrationsLocation): void {
  if (isNewerThanApp(level, knownMigrations(store, migrations))) throw new AppError('BACKUP_TOO_NEW')
}

/** Every file the manifest lists is in `dir` with its recorded size and SHA-256. */
export function assertFilesMatchManifest(dir: string, manifest: BackupManifest): void {
  for (const [name, expected] of manifestFiles(manifest)) {
    let actual
    try {
      actual = digestFile(join(dir, name))
    } catch {
      throw new AppError('BACKUP_DAMAGED', undefined, { file: name })
    }
    if (actual.bytes !== expected.bytes || actual.sha256 !== expected.sha256) throw new AppError('BACKUP_DAMAGED', undefined, { file: name })
  }
}
