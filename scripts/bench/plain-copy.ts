import Database from 'better-sqlite3'
import { join } from 'node:path'
import { mainDatabase, personnelDatabase } from '../../electron/core/db/migrate'
import { applyDataKey, type SqliteDatabase } from '../../electron/core/vault/store'
import type { OpenVault } from '../../electron/core/vault/vault'

// The unencrypted twin of the vault, for the side-by-side figures: VACUUM INTO writes a copy
// with the same key, and sqlite3mc's `PRAGMA rekey=''` (rollback-journal mode: rekey does not
// run in WAL) decrypts that copy. It is opened with the pragmas the app uses for its stores.

function decryptedCopy(live: SqliteDatabase, key: Buffer, target: string): SqliteDatabase {
  live.prepare('VACUUM INTO ?').run(target)
  const copy = new Database(target, { fileMustExist: true })
  applyDataKey(copy, key)
  copy.pragma('journal_mode = DELETE')
  copy.pragma(`rekey=''`)
  copy.close()
  const plain = new Database(target, { fileMustExist: true })
  plain.pragma('journal_mode = WAL')
  plain.pragma('foreign_keys = ON')
  plain.pragma('synchronous = FULL')
  plain.pragma('temp_store = MEMORY')
  return plain
}

/** The same open vault, with both stores replaced by decrypted copies in `dir` (the keys stay for the code that checks them). */
export function plainTwin(vault: OpenVault, dir: string): OpenVault {
  if (!vault.personnelSqlite || !vault.personnelKey) throw new Error('the personnel store must be open')
  const mainSqlite = decryptedCopy(vault.mainSqlite, vault.mainKey, join(dir, 'main.db'))
  const personnelSqlite = decryptedCopy(vault.personnelSqlite, vault.personnelKey, join(dir, 'personnel.db'))
  return { ...vault, mainSqlite, main: mainDatabase(mainSqlite), personnelSqlite, personnel: personnelDatabase(personnelSqlite) }
}

export function isPlainFile(path: string): boolean {
  const db = new Database(path, { fileMustExist: true, readonly: true })
  try {
    return (db.prepare('select count(*) as n from sqlite_master').get() as { n: number }).n > 0
  } catch {
    return false
  } finally {
    db.close()
  }
}
