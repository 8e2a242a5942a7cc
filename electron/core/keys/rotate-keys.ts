import { AppError } from '../../../shared/errors'
import type { KeyRotation } from '../../../shared/ipc/channels/keys'
import { appendAudit } from '../audit/audit-log'
import type { CoreContext } from '../context'
import { mainDatabase, personnelDatabase } from '../db/migrate'
import type { Session } from '../session'
import { newDataKey, wipe } from '../vault/crypto'
import { readKeyFile, writeKeyFile, type StoreName } from '../vault/keyfile'
import { readVerifiedKeyFile } from '../vault/signed-change'
import { dropPendingKey, promotePendingKey, withPendingKey } from '../vault/pending-keys'
import { removeStaleRekeyedCopies, swapInRekeyedCopy, writeRekeyedCopy } from '../vault/rekey'
import { openEncryptedStore } from '../vault/store'
import { rewrapFileKeys } from '../vault-files/rewrap-file-keys'
import type { OpenVault } from '../vault/vault'

const storeLabels: Record<StoreName, string> = { main: '主数据库', personnel: '干部任免专用记录本' }

function liveStore(vault: OpenVault, store: StoreName) {
  const sqlite = store === 'main' ? vault.mainSqlite : vault.personnelSqlite
  const key = store === 'main' ? vault.mainKey : vault.personnelKey
  if (!sqlite || !key) throw new AppError('PERSONNEL_KEY_UNAVAILABLE')
  return { sqlite, key }
}

function reopenLiveStore(vault: OpenVault, store: StoreName, key: Buffer): void {
  const sqlite = openEncryptedStore(vault.paths[store], key, { create: false })
  if (store === 'main') Object.assign(vault, { mainSqlite: sqlite, main: mainDatabase(sqlite), mainKey: key })
  else Object.assign(vault, { personnelSqlite: sqlite, personnel: personnelDatabase(sqlite), personnelKey: key })
}

/**
 * Moves one store to a new data key. What a crash leaves after each step:
 * 1. rekeyed copy written and verified beside the store: store and key file untouched;
 * 2. new key sealed as *pending* for every entitled user: the old key still opens the store,
 *    and the next unlock drops the pending key;
 * 3. copy renamed over the store: only the pending key opens it, and the next unlock
 *    promotes it for everyone;
 * 4. pending key promoted: done.
 */
function rotateStoreKey(vault: OpenVault, store: StoreName): void {
  const current = liveStore(vault, store)
  const storePath = vault.paths[store]
  const keyFilePath = vault.paths.keyFile
  // Verified from the anchor before anything is written: the new key is sealed only to users an
  // administrator signed (an entry added to the folder is refused, VAULT_TAMPERED).
  const agreed = readVerifiedKeyFile(vault, vault.main)
  const nextKey = newDataKey()
  let swapped = false
  try {
    // The files' keys are re-wrapped in the same copy (the files are never re-encrypted), so
    // the copy swapped in holds rows and keys that agree, and a crash leaves one state or the other.
    writeRekeyedCopy(current.sqlite, storePath, current.key, nextKey, store === 'main' ? (copy) => rewrapFileKeys(copy, current.key, nextKey) : undefined)
    // From the state the database agrees with, without `previous`: its data keys would not
    // open the store once this rotation is done.
    writeKeyFile(keyFilePath, withPendingKey(agreed, store, nextKey))
    swapInRekeyedCopy(current.sqlite, storePath)
    swapped = true
    try {
      writeKeyFile(keyFilePath, promotePendingKey(readKeyFile(keyFilePath), store))
    } catch {
      // The store has moved on and the pending key opens it: the next unlock promotes it.
    }
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('KEY_ROTATION_FAILED')
  } finally {
    if (!swapped) undoUnswappedRotation(vault, store)
    if (!current.sqlite.open) reopenLiveStore(vault, store, swapped ? nextKey : current.key)
    wipe(swapped ? current.key : nextKey)
  }
}

/** Before the swap nothing is lost by giving up: drop the copy and (best effort) the pending key. */
function undoUnswappedRotation(vault: OpenVault, store: StoreName): void {
  removeStaleRekeyedCopies(vault.paths)
  try {
    writeKeyFile(vault.paths.keyFile, dropPendingKey(readKeyFile(vault.paths.keyFile), store))
  } catch {
    // Unlock drops it too: the old key still opens the store.
  }
}

/**
 * 更换数据密钥: new random keys for the stores this administrator holds, sealed to every
 * user entitled to them. The personnel store's key is held only by 干部任免 holders, so an
 * administrator without the grant rotates the main store only.
 */
export function rotateKeys(session: Session, core: CoreContext): KeyRotation {
  const vault = session.vault
  const rotated: StoreName[] = vault.personnelSqlite ? ['main', 'personnel'] : ['main']
  for (const store of rotated) rotateStoreKey(vault, store)
  const keyFile = readKeyFile(vault.paths.keyFile)
  vault.entry = keyFile.users.find((user) => user.userId === vault.entry.userId) ?? vault.entry

  const personnelSkipped = !rotated.includes('personnel')
  const skippedNote = personnelSkipped ? `（本人不持有干部任免权限，${storeLabels.personnel}的密钥未更换）` : ''
  appendAudit(
    session.db,
    session.actor,
    { action: 'vault.rotateKeys', entity: 'vault', entityId: vault.vaultId, summary: `更换数据密钥：${rotated.map((store) => storeLabels[store]).join('、')}${skippedNote}` },
    core.now(),
  )
  return { rotated, personnelSkipped }
}
