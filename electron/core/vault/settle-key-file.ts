import { eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { MainDb } from '../db/migrate'
import { vaultInfo } from '../db/schema/main'
import { readKeyFile, unsignedKeyFileFormat, writeKeyFile, type KeyFile, type KeyFileUser, type LedgerRecord } from './keyfile'
import type { SqliteDatabase } from './store'
import { unwrapPrivateKey } from './user-keys'

/*
 * A user change writes the key file inside its database transaction, so a crash between the
 * file's rename and COMMIT leaves the file one change ahead. Both carry a version: the change
 * bumps the database's and writes the file with the new number and the users as they were
 * (`previous`). Whoever reads the file next compares the two numbers: equal, the change
 * committed and `previous` is dropped; the file one ahead, it rolled back and `previous` is
 * restored. So the file always ends up exactly as the database says, before or after.
 */

/** Files and databases from before versions existed count as 0. */
export function keyFileVersion(keyFile: KeyFile): number {
  return keyFile.version ?? 0
}

/** Read before unlock migrates anything (a store from before the column counts as 0). */
export function storedKeyFileVersion(sqlite: SqliteDatabase): number {
  const columns = sqlite.pragma('table_info(vault_info)') as { name: string }[]
  if (!columns.some((column) => column.name === 'key_file_version')) return 0
  const row = sqlite.prepare('select key_file_version as version from vault_info where id = 1').get() as { version: number } | undefined
  return row?.version ?? 0
}

function databaseKeyFileVersion(db: MainDb): number {
  return db.select({ version: vaultInfo.keyFileVersion }).from(vaultInfo).where(eq(vaultInfo.id, 1)).get()?.version ?? 0
}

/** The key file as the database agrees with it; the same object when there is nothing to settle. */
export function agreedKeyFile(keyFile: KeyFile, databaseVersion: number): KeyFile {
  const { previous, ...current } = keyFile
  const version = keyFileVersion(keyFile)
  if (version === databaseVersion) return previous ? current : keyFile
  if (version === databaseVersion + 1 && previous) return withoutRecordsAfter({ ...current, version: databaseVersion, users: previous }, databaseVersion)
  throw new AppError('VAULT_DAMAGED')
}

/** The signed records of a change that rolled back go with it (and an upgrade that rolled back leaves the file unsigned). */
function withoutRecordsAfter(keyFile: KeyFile, version: number): KeyFile {
  if (!keyFile.ledger) return keyFile
  const ledger = keyFile.ledger.filter((record) => record.version <= version)
  if (ledger.length > 0) return { ...keyFile, ledger }
  const { ledger: _dropped, ...unsigned } = keyFile
  return { ...unsigned, format: unsignedKeyFileFormat }
}

/** For a change in an open session: the key file as the database has it, whatever an earlier failed change left. */
export function readAgreedKeyFile(db: MainDb, path: string): KeyFile {
  return agreedKeyFile(readKeyFile(path), databaseKeyFileVersion(db))
}

/**
 * Inside a change's transaction: bumps the database's version and writes the key file with
 * the new users, keeping `agreed` (read with readAgreedKeyFile) as `previous`. The rename is
 * the file's only write; COMMIT then decides which of the two states is the real one.
 */
export function writeKeyFileInTransaction(tx: MainDb, path: string, agreed: KeyFile, users: KeyFileUser[], signed?: SignChange): void {
  bumpKeyFileVersion(tx, agreed)
  writeKeyFile(path, changedKeyFile(agreed, users, signed))
}

export type SignChange = (version: number) => { format: KeyFile['format']; ledger: LedgerRecord[] }

/** The database's side of a key-file change: its version moves one ahead of `agreed`'s. */
export function bumpKeyFileVersion(tx: MainDb, agreed: KeyFile): void {
  const version = databaseKeyFileVersion(tx)
  // Another change got in between reading the file and this transaction: start again.
  if (version !== keyFileVersion(agreed)) throw new AppError('INTERNAL')
  tx.update(vaultInfo).set({ keyFileVersion: version + 1 }).where(eq(vaultInfo.id, 1)).run()
}

/** The file's side: the next version with the new users, `agreed`'s users kept as `previous` until the database decides. */
export function changedKeyFile(agreed: KeyFile, users: KeyFileUser[], signed?: SignChange): KeyFile {
  const version = keyFileVersion(agreed) + 1
  const { format, ledger } = signed ? signed(version) : { format: agreed.format, ledger: agreed.ledger }
  return {
    format,
    vaultId: agreed.vaultId,
    version,
    users,
    previous: agreed.users,
    ...(ledger ? { ledger } : {}),
    ...(agreed.head ? { head: agreed.head } : {}),
  }
}

/** Unlock, before the database can be read: the password may fit the file's latest state or the one before. */
export async function unwrapInEitherState(keyFile: KeyFile, username: string, password: string): Promise<Awaited<ReturnType<typeof unwrapPrivateKey>>> {
  try {
    return await unwrapPrivateKey(keyFile, username, password)
  } catch (error) {
    if (!keyFile.previous || !(error instanceof AppError && error.code === 'AUTH_FAILED')) throw error
    return unwrapPrivateKey({ ...keyFile, users: keyFile.previous }, username, password)
  }
}

/**
 * The entry the password opened, if the state the database agrees with has it: the password
 * of a change that rolled back (or of the state a committed change replaced) does not count.
 */
export function agreedEntryOf(agreed: KeyFile, unwrapped: KeyFileUser): KeyFileUser | null {
  const wrapped = JSON.stringify(unwrapped.privateKey)
  return agreed.users.find((user) => user.userId === unwrapped.userId && JSON.stringify(user.privateKey) === wrapped) ?? null
}
