import { AppError } from '../../../shared/errors'
import { wipe } from './crypto'
import { writeKeyFile, type KeyFile, type StoreName } from './keyfile'
import { dropPendingKey, hasPendingKey, withSealedKey } from './pending-keys'
import { removeStaleRekeyedCopies } from './rekey'
import type { VaultPaths } from './paths'
import { openEncryptedStore, type SqliteDatabase } from './store'

export interface HeldStore {
  store: StoreName
  sqlite: SqliteDatabase
  key: Buffer
  /** Opened with the pending key: a rotation swapped the file in but did not finish. */
  usedPending: boolean
}

/**
 * Opens a store with the user's current key, or, when a rotation was cut short after its
 * swap, with the pending one. The pending key is only tried when the current key does not
 * open the file, and then the file is the freshly swapped-in copy, which has no journal.
 */
export function openWithHeldKey(path: string, store: StoreName, current: Buffer, pending: Buffer | null): HeldStore {
  try {
    const sqlite = openEncryptedStore(path, current, { create: false })
    wipe(pending)
    return { store, sqlite, key: current, usedPending: false }
  } catch (error) {
    if (!pending || !(error instanceof AppError && error.code === 'VAULT_DAMAGED')) {
      wipe(pending)
      throw error
    }
  }
  try {
    const sqlite = openEncryptedStore(path, pending, { create: false })
    wipe(current)
    return { store, sqlite, key: pending, usedPending: true }
  } catch (error) {
    wipe(pending)
    throw error
  }
}

/**
 * After a crash during a rotation: whichever key opened each store becomes everyone's
 * current key, and copies left half-way are removed. Runs before anything is written to
 * the stores, so the key file never lags behind a store that has moved on. `onDisk` is the
 * file as read, when `keyFile` already settles a user change (one write for both).
 */
export function settleInterruptedRotation(paths: VaultPaths, keyFile: KeyFile, opened: readonly HeldStore[], onDisk: KeyFile = keyFile): KeyFile {
  let settled = keyFile
  for (const { store, key, usedPending } of opened) {
    if (usedPending) settled = withSealedKey(settled, store, key)
    else if (hasPendingKey(settled, store)) settled = dropPendingKey(settled, store)
  }
  if (settled !== onDisk) writeKeyFile(paths.keyFile, settled)
  removeStaleRekeyedCopies(paths)
  return settled
}
