import Database from 'better-sqlite3'
import { chmodSync, closeSync, openSync, readSync } from 'node:fs'
import { AppError } from '../../../shared/errors'
import { shortGrams } from '../../../shared/search/short-grams'

export type SqliteDatabase = Database.Database

const plainSqliteHeader = Buffer.from('SQLite format 3\0', 'latin1')

/**
 * Opens (or creates) one SQLCipher-v4 store with a raw 256-bit key. Refuses to go on if the
 * library is not the encrypting build (a plain build would silently ignore the key) or if
 * the file on disk turns out to be unencrypted.
 */
export function openEncryptedStore(path: string, dataKey: Buffer, options: { create: boolean }): SqliteDatabase {
  assertEncryptingLibrary()
  let db: SqliteDatabase
  try {
    db = new Database(path, { fileMustExist: !options.create })
  } catch {
    throw new AppError('VAULT_DAMAGED', undefined, { file: path })
  }
  try {
    applyDataKey(db, dataKey)
    try {
      // The first read fails with "file is not a database" when the key does not fit.
      db.prepare('select count(*) from sqlite_master').get()
    } catch {
      throw new AppError('VAULT_DAMAGED', undefined, { file: path })
    }
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    db.pragma('synchronous = FULL')
    db.pragma('temp_store = MEMORY')
    // Every page read past SQLite's cache is decrypted again; a 64 MB cache (instead of the
    // 2 MB default) keeps a 30-year vault's working set decrypted once (npm run bench).
    db.pragma('cache_size = -65536')
    registerSqlFunctions(db)
    if (fileStartsWithPlainHeader(path)) throw new AppError('VAULT_NOT_ENCRYPTED')
    // Owner-only, like the key file (SQLite gives its -wal and -shm the same mode).
    if (options.create && process.platform !== 'win32') chmodSync(path, 0o600)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * Functions the schema's triggers call (migration 0009): the grams of the short-term search
 * index. A value a user wrote with another tool may be anything, so it is read as text.
 */
export function registerSqlFunctions(db: SqliteDatabase): void {
  db.function('search_grams', { deterministic: true }, (value: unknown) => shortGrams(value === null || value === undefined ? '' : String(value)))
}

/** The key must be set before any statement runs, or the connection stays unencrypted. */
export function applyDataKey(db: SqliteDatabase, dataKey: Buffer): void {
  db.pragma(`cipher='sqlcipher'`)
  db.pragma('legacy=4')
  db.pragma(`key="x'${dataKey.toString('hex')}'"`)
}

let encryptingLibraryConfirmed = false

/** A plain SQLite build would ignore the key and write clear text: refuse to work with one. */
export function assertEncryptingLibrary(): void {
  if (encryptingLibraryConfirmed) return
  const probe = new Database(':memory:')
  try {
    probe.prepare('select sqlite3mc_version() as version').get()
    encryptingLibraryConfirmed = true
  } catch {
    throw new AppError('VAULT_NOT_ENCRYPTED')
  } finally {
    probe.close()
  }
}

function fileStartsWithPlainHeader(path: string): boolean {
  const fd = openSync(path, 'r')
  try {
    const header = Buffer.alloc(plainSqliteHeader.length)
    const read = readSync(fd, header, 0, header.length, 0)
    return read === header.length && header.equals(plainSqliteHeader)
  } finally {
    closeSync(fd)
  }
}

export function integrityCheck(db: SqliteDatabase): string {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[]
  return rows.map((row) => row.integrity_check).join('; ')
}
