import { existsSync } from 'node:fs'
import { AppError } from '../../../shared/errors'
import { rotatableStoreLabels, type KeyRotation } from '../../../shared/ipc/channels/keys'
import { appendAudit } from '../audit/audit-log'
import type { CoreContext } from '../context'
import { mainDatabase, personnelDatabase, type MainDb } from '../db/migrate'
import type { Session } from '../session'
import { newDataKey, wipe } from '../vault/crypto'
import { readKeyFile, writeKeyFile, type KeyFile, type KeyFileUser, type StoreName } from '../vault/keyfile'
import { readVerifiedKeyFile } from '../vault/signed-change'
import { holdsStore, withPendingKey, withSealedKey } from '../vault/pending-keys'
import { rekeyedCopyPath, removeStaleRekeyedCopies, swapInRekeyedCopy, writeRekeyedCopy } from '../vault/rekey'
import { bumpKeyFileVersion, changedKeyFile, type SignChange } from '../vault/settle-key-file'
import { openEncryptedStore, registerSqlFunctions } from '../vault/store'
import { rewrapFileKeys } from '../vault-files/rewrap-file-keys'
import type { OpenVault } from '../vault/vault'

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
 * A user change that must take the keys with it (停用, taking the 干部任免 grant away): it
 * commits in the same step as the rotation, so a crash never leaves the user gone while the
 * old keys still open the stores, nor the keys moved for a change that did not happen.
 */
export interface ChangeWithRotation {
  /** The key file's users once the change is made (the new keys are sealed to them). */
  users: KeyFileUser[]
  sign?: SignChange
  /** The change's rows and audit entry, written in the transaction that commits it. */
  write: (tx: MainDb) => void
}

function commitChange(db: MainDb, agreed: KeyFile, change: ChangeWithRotation): void {
  db.transaction((tx) => {
    bumpKeyFileVersion(tx, agreed)
    change.write(tx)
  })
}

/** The key file once settled: each swapped store's new key sealed as current to everyone entitled in `base`. */
function withSwappedKeys(base: KeyFile, swapped: readonly StoreName[], nextKeys: ReadonlyMap<StoreName, Buffer>): KeyFile {
  return swapped.reduce((keyFile, store) => withSealedKey(keyFile, store, nextKeys.get(store)!), base)
}

/**
 * Moves the stores to new data keys, with a user change or without. What a crash leaves
 * after each step (the next unlock settles it, vault/settle-rotation.ts):
 * 1. rekeyed copies written and verified beside the stores (the main copy with the change's
 *    rows and the database's key-file version moved on): stores and key file untouched;
 * 2. new keys sealed as *pending* to every user entitled to them (with a change: the key
 *    file one version ahead, the users before it kept as `previous`, and the pending keys
 *    kept there too for the users the change leaves entitled, never for the user it removes):
 *    the old keys still open the stores and the database says the change did not happen;
 * 3. the personnel copy renamed over its store: only the new key opens it, and whichever
 *    state counts, its pending box (or, for a user who had none, a fresh one) makes it current;
 * 4. the main copy renamed over its store, or without a main rotation the change's
 *    transaction committed: the change happened (the database's version says so);
 * 5. the key file settled: new keys current, `previous` dropped. Done.
 */
export function rotateStores(vault: OpenVault, stores: readonly StoreName[], change?: ChangeWithRotation): void {
  // Verified from the anchor before anything is written: the new keys are sealed only to users
  // an administrator signed (an entry added to the folder is refused, VAULT_TAMPERED).
  const agreed = readVerifiedKeyFile(vault, vault.main)
  // Main last: its swap (or its transaction) is the step that commits a change.
  const ordered = (['personnel', 'main'] as const).filter((store) => stores.includes(store))
  const nextKeys = new Map(ordered.map((store) => [store, newDataKey()]))
  const currentKeys = new Map(ordered.map((store) => [store, liveStore(vault, store).key]))
  const changed = change ? changedKeyFile(agreed, change.users, change.sign) : null
  const copied = new Set<StoreName>()
  let committedLive = false
  let failure: unknown = null
  try {
    for (const store of ordered) {
      const current = liveStore(vault, store)
      const nextKey = nextKeys.get(store)!
      // The files' keys are re-wrapped (never re-encrypted) and the change written in the same
      // copy, so the copy swapped in holds rows and keys that agree.
      const inCopy = store === 'main' ? (copy: typeof current.sqlite) => {
        rewrapFileKeys(copy, current.key, nextKey)
        if (!change) return
        registerSqlFunctions(copy)
        commitChange(mainDatabase(copy), agreed, change)
      } : undefined
      writeRekeyedCopy(current.sqlite, vault.paths[store], current.key, nextKey, inCopy)
      copied.add(store)
    }
    writeKeyFile(vault.paths.keyFile, withPendingKeys(agreed, changed, nextKeys))
    for (const store of ordered) swapInRekeyedCopy(liveStore(vault, store).sqlite, vault.paths[store])
    if (change && !nextKeys.has('main')) {
      commitChange(vault.main, agreed, change)
      committedLive = true
    }
  } catch (error) {
    failure = error
  }
  // Which stores moved is read from the folder, not from how far the steps got: a swap that
  // threw after its rename has moved its store all the same.
  const swapped = ordered.filter((store) => copied.has(store) && !existsSync(rekeyedCopyPath(vault.paths[store])))
  const committed = !changed || committedLive || swapped.includes('main')
  try {
    const { previous: _settled, ...afterChange } = changed ?? agreed
    writeKeyFile(vault.paths.keyFile, withSwappedKeys(committed ? afterChange : agreed, swapped, nextKeys))
  } catch {
    // The pending boxes (and the versions) still say which keys open the stores: unlock settles it.
  }
  removeStaleRekeyedCopies(vault.paths)
  for (const store of ordered) {
    const moved = swapped.includes(store)
    if (!liveStore(vault, store).sqlite.open) reopenLiveStore(vault, store, moved ? nextKeys.get(store)! : currentKeys.get(store)!)
    wipe(moved ? currentKeys.get(store)! : nextKeys.get(store)!)
  }
  // A change that committed is done, whatever failed after; a rotation alone failed if anything did.
  if (failure && !(changed && committed)) {
    if (failure instanceof AppError) throw failure
    throw new AppError('KEY_ROTATION_FAILED')
  }
}

/** Step 2's key file: the new keys pending for everyone entitled (with a change, in both states). */
function withPendingKeys(agreed: KeyFile, changed: KeyFile | null, nextKeys: ReadonlyMap<StoreName, Buffer>): KeyFile {
  let next = changed ?? agreed
  for (const [store, key] of nextKeys) {
    const stays = new Set(next.users.filter((entry) => holdsStore(entry, store)).map((entry) => entry.userId))
    next = withPendingKey(next, store, key)
    if (next.previous) next = { ...next, previous: withPendingKey({ ...next, users: next.previous }, store, key, (entry) => stays.has(entry.userId)).users }
  }
  return next
}

/**
 * 更换数据密钥: new random keys for the stores this administrator holds, sealed to every
 * user entitled to them. The personnel store's key is held only by 干部任免 holders, so an
 * administrator without the grant rotates the main store only.
 */
export function rotateKeys(session: Session, core: CoreContext): KeyRotation {
  const vault = session.vault
  const rotated: StoreName[] = vault.personnelSqlite ? ['main', 'personnel'] : ['main']
  rotateStores(vault, rotated)
  refreshOwnEntry(vault)

  const rotation = { rotated, personnelSkipped: !rotated.includes('personnel') }
  appendAudit(session.db, session.actor, { action: 'vault.rotateKeys', entity: 'vault', entityId: vault.vaultId, summary: rotationSummary(rotation) }, core.now())
  return rotation
}

/** The audit's words for a rotation: 更换数据密钥：主数据库、…, and why the personnel store was left alone. */
export function rotationSummary(rotation: KeyRotation): string {
  const moved = rotation.rotated.length > 0 ? `更换数据密钥：${rotation.rotated.map((store) => rotatableStoreLabels[store]).join('、')}` : ''
  const skipped = rotation.personnelSkipped ? `（本人不持有干部任免权限，${rotatableStoreLabels.personnel}的密钥未更换）` : ''
  return `${moved}${skipped}`
}

/** The session's own entry as the key file now has it (its sealed keys moved). */
export function refreshOwnEntry(vault: OpenVault): void {
  const keyFile = readKeyFile(vault.paths.keyFile)
  vault.entry = keyFile.users.find((user) => user.userId === vault.entry.userId) ?? vault.entry
}
