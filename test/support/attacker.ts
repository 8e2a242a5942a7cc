import Database from 'better-sqlite3'
import { applyDataKey, registerSqlFunctions } from '../../electron/core/vault/store'
import { readKeyFile, unsignedKeyFileFormat, writeKeyFile, type KeyFile } from '../../electron/core/vault/keyfile'
import { vaultPaths } from '../../electron/core/vault/paths'
import { unwrapPrivateKey, openUserDataKey } from '../../electron/core/vault/user-keys'

/*
 * What an insider can do outside the app: take the data keys their own password opens (as the
 * app does) and write the stores with a SQLCipher connection (better-sqlite3, like the app),
 * triggers dropped where they are in the way.
 */

/** The data keys this user's password legitimately opens. */
export async function keysOf(dataDir: string, username: string, password: string): Promise<{ main: Buffer; personnel: Buffer | null }> {
  const keyFile = readKeyFile(vaultPaths(dataDir).keyFile)
  const { entry, privateKey } = await unwrapPrivateKey(keyFile, username, password)
  const main = openUserDataKey(entry, privateKey, 'main')
  if (!main) throw new Error('no main key')
  return { main, personnel: openUserDataKey(entry, privateKey, 'personnel') }
}

/**
 * Runs `edit` on a store opened with the key, as a SQLCipher tool would (the app is locked).
 * The tool is a capable one: it defines the SQL functions the app's search triggers call, as
 * anyone can who reads the app's source.
 */
export function editStore(path: string, key: Buffer, edit: (db: Database.Database) => void): void {
  const db = new Database(path, { fileMustExist: true })
  try {
    applyDataKey(db, key)
    registerSqlFunctions(db)
    edit(db)
  } finally {
    db.close()
  }
}

/**
 * Turns a (locked) vault into one written before the key file was signed: format 1, no ledger,
 * no signing keys, no anchor. What every vault of the earlier versions looks like.
 */
export async function unsignedVault(dataDir: string, username: string, password: string): Promise<void> {
  const paths = vaultPaths(dataDir)
  const { main } = await keysOf(dataDir, username, password)
  editStore(paths.main, main, (db) => {
    db.prepare('update vault_info set key_anchor = null').run()
    db.prepare('delete from signing_keys').run()
  })
  unsignKeyFile(paths.keyFile)
}

/** The key file as the versions before signatures wrote it (what a store rolled back before 0007 goes with). */
export function unsignKeyFile(path: string): void {
  const keyFile = readKeyFile(path)
  const { ledger: _ledger, head: _head, ...rest } = keyFile
  const unsigned: KeyFile = { ...rest, format: unsignedKeyFileFormat, users: keyFile.users.map(({ signing: _signing, ...entry }) => entry) }
  writeKeyFile(path, unsigned)
}
