import { randomBytes, randomUUID } from 'node:crypto'
import { mkdirSync, renameSync } from 'node:fs'
import { eq } from 'drizzle-orm'
import { describePasswordProblems } from '../../../shared/auth/password-policy'
import { AppError } from '../../../shared/errors'
import type { createVaultInput } from '../../../shared/ipc/channels/vault'
import type { Role } from '../../../shared/auth/roles'
import { defaultIdleLockMinutes, defaultMeetingIdleLockMinutes, type Settings } from '../../../shared/settings/settings'
import type { z } from 'zod'
import { appendAudit } from '../audit/audit-log'
import { mainDatabase, migrateStore, personnelDatabase, type MainDb, type MigrationsLocation, type PersonnelDb } from '../db/migrate'
import { personnelStoreInfo } from '../db/schema/personnel'
import { users, vaultInfo } from '../db/schema/main'
import { writeSettings } from '../settings/settings-store'
import { newDataKey, wipe } from './crypto'
import { fsyncDirectory, keyFileFormat, readKeyFile, writeKeyFile, type KeyFile, type KeyFileUser } from './keyfile'
import { vaultFilesIn, vaultFilesState, vaultPaths, type VaultPaths } from './paths'
import { openEncryptedStore, type SqliteDatabase } from './store'
import { hasPendingKey } from './pending-keys'
import { openWithHeldKey, settleInterruptedRotation } from './settle-rotation'
import { agreedEntryOf, agreedKeyFile, storedKeyFileVersion, unwrapInEitherState } from './settle-key-file'
import { appendRecord, recordHash, stateOf, type Authority } from './ledger'
import { establishAuthority } from './unlock-authority'
import { markEntrySigningStart } from '../seals/entry-signing-start'
import { newKeyFileUserWithSigningKey, openUserDataKey, openUserPendingKey, replaceKeyFileUser, withPersonnelKey, type KdfCost } from './user-keys'

export type CreateVaultInput = z.output<typeof createVaultInput>

export function assertAcceptablePassword(password: string): void {
  const problem = describePasswordProblems(password)
  if (problem) throw new AppError('PASSWORD_WEAK', problem)
}

/**
 * Creates the vault: both stores and the key file are written in a hidden folder that is
 * renamed into place at the end, so a crash during creation leaves no half vault behind.
 */
export async function createVault(
  dataDir: string,
  migrations: MigrationsLocation,
  input: CreateVaultInput,
  now: Date,
  kdfCost?: KdfCost,
): Promise<void> {
  const paths = vaultPaths(dataDir)
  if (vaultFilesState(paths) !== 'absent') throw new AppError('VAULT_EXISTS')
  assertAcceptablePassword(input.admin.password)

  const staging = vaultFilesIn(`${paths.dir}.creating-${randomBytes(4).toString('hex')}`)
  mkdirSync(staging.dir, { recursive: true, mode: 0o700 })

  const vaultId = randomUUID()
  const adminId = randomUUID()
  const mainKey = newDataKey()
  const personnelKey = newDataKey()
  const { entry: admin, signingKey } = await newKeyFileUserWithSigningKey({
    vaultId,
    userId: adminId,
    username: input.admin.username,
    password: input.admin.password,
    dataKeys: { main: mainKey, personnel: personnelKey },
    kdfCost,
  })
  try {
    const at = now.toISOString()
    // The first signed record: the creator, self-signed. Its hash is the trust anchor (ledger.ts).
    const creatorRoles: Role[] = ['admin', 'recorder']
    const unsigned: KeyFile = { format: keyFileFormat, vaultId, version: 0, users: [admin] }
    const ledger = appendRecord(unsigned, { userId: adminId, signingKey }, { subject: adminId, state: stateOf(admin, creatorRoles, true), at, version: 0 })
    const anchor = recordHash(vaultId, ledger[0]!)
    const mainSqlite = openEncryptedStore(staging.main, mainKey, { create: true })
    try {
      migrateStore(mainSqlite, 'main', migrations)
      const db = mainDatabase(mainSqlite)
      const settings: Settings = {
        committeeName: input.committeeName,
        committeeShortName: input.committeeShortName,
        idleLockMinutes: defaultIdleLockMinutes,
        meetingIdleLockMinutes: defaultMeetingIdleLockMinutes,
      }
      db.transaction((tx) => {
        tx.insert(vaultInfo).values({ id: 1, vaultId, createdAt: at, keyAnchor: anchor }).run()
        // The creator holds the personnel grant: someone must, or the book could never be opened.
        // In most offices the secretary who sets the app up also records the meetings, so the
        // first user is 管理员 and 记录员; the 记录员 role can be taken away in 用户管理.
        tx.insert(users)
          .values({
            id: adminId,
            username: input.admin.username,
            displayName: input.admin.displayName,
            roles: creatorRoles,
            personnelGrant: true,
            createdAt: at,
            updatedAt: at,
          })
          .run()
        const actor = { userId: adminId, userName: input.admin.displayName }
        writeSettings(tx, settings, actor, now)
        appendAudit(tx, actor, { action: 'vault.create', entity: 'vault', entityId: vaultId, summary: `创建数据库：${input.committeeName}` }, now)
      })
    } finally {
      mainSqlite.close()
    }

    const personnelSqlite = openEncryptedStore(staging.personnel, personnelKey, { create: true })
    try {
      migrateStore(personnelSqlite, 'personnel', migrations)
      personnelDatabase(personnelSqlite).insert(personnelStoreInfo).values({ id: 1, vaultId, createdAt: at }).run()
    } finally {
      personnelSqlite.close()
    }

    writeKeyFile(staging.keyFile, { ...unsigned, ledger })
    fsyncDirectory(staging.dir)
    renameSync(staging.dir, paths.dir)
    fsyncDirectory(dataDir)
  } finally {
    wipe(mainKey, personnelKey, signingKey)
  }
}

/** An unlocked vault: open stores and the keys this user holds, kept only in memory. */
export interface OpenVault {
  paths: VaultPaths
  vaultId: string
  entry: KeyFileUser
  privateKey: Buffer
  /** The user's Ed25519 key: signs key-file changes (administrators), seals and the audit head. */
  signingKey: Buffer
  /** The verified signed key file; null while the vault awaits its upgrade (unlock-authority.ts). */
  authority: Authority | null
  /** Roles and grant as the signed key file says (or the rows, before the upgrade). */
  roles: Role[]
  /** What the unlock found and the user should know (tampered rows put back, the pending upgrade). */
  notices: string[]
  mainKey: Buffer
  personnelKey: Buffer | null
  mainSqlite: SqliteDatabase
  main: MainDb
  personnelSqlite: SqliteDatabase | null
  personnel: PersonnelDb | null
}

export async function unlockVault(dataDir: string, migrations: MigrationsLocation, username: string, password: string, now: Date): Promise<OpenVault> {
  const paths = vaultPaths(dataDir)
  const files = vaultFilesState(paths)
  if (files === 'absent') throw new AppError('VAULT_ABSENT')
  if (files === 'incomplete') throw new AppError('VAULT_DAMAGED')
  const keyFile = readKeyFile(paths.keyFile)
  const unwrapped = await unwrapInEitherState(keyFile, username, password)
  const privateKey = unwrapped.privateKey
  let mainKey: Buffer | null = null
  let personnelKey: Buffer | null = null
  const opened: SqliteDatabase[] = []
  // From here on the keys are in memory: any failure closes what was opened and wipes them.
  try {
    mainKey = openUserDataKey(unwrapped.entry, privateKey, 'main')
    if (!mainKey) throw new AppError('VAULT_DAMAGED', undefined, { file: paths.keyFile })
    const heldMain = openMainStore(paths, keyFile, unwrapped.entry, mainKey, openUserPendingKey(unwrapped.entry, privateKey, 'main'))
    mainKey = heldMain.key
    opened.push(heldMain.sqlite)
    // The database says whether the key file's latest change committed (settle-key-file.ts).
    const agreed = agreedKeyFile(keyFile, storedKeyFileVersion(heldMain.sqlite))
    const agreedEntry = agreedEntryOf(agreed, unwrapped.entry)
    if (!agreedEntry) {
      writeKeyFile(paths.keyFile, agreed)
      throw new AppError('AUTH_FAILED')
    }
    personnelKey = openUserDataKey(agreedEntry, privateKey, 'personnel')
    const heldPersonnel = personnelKey ? openPersonnelStore(paths, agreed, agreedEntry, personnelKey, openUserPendingKey(agreedEntry, privateKey, 'personnel')) : null
    personnelKey = heldPersonnel?.key ?? null
    if (heldPersonnel) opened.push(heldPersonnel.sqlite)
    const settled = settleInterruptedRotation(paths, agreed, heldPersonnel ? [heldMain, heldPersonnel] : [heldMain], keyFile)
    const entry = settled.users.find((user) => user.userId === agreedEntry.userId) ?? agreedEntry

    const mainSqlite = heldMain.sqlite
    migrateStore(mainSqlite, 'main', migrations)
    const main = mainDatabase(mainSqlite)
    const user = main.select().from(users).where(eq(users.id, entry.userId)).get()
    if (!user || user.username !== username.toLowerCase()) throw new AppError('AUTH_FAILED')
    const info = main.select().from(vaultInfo).where(eq(vaultInfo.id, 1)).get()
    if (info?.vaultId !== keyFile.vaultId) throw new AppError('VAULT_DAMAGED', undefined, { file: paths.keyFile })
    const signed = establishAuthority({ db: main, keyFilePath: paths.keyFile, signedHeadPath: paths.signedHead, keyFile: settled, unwrapped, entry, user, now })

    let personnelSqlite = heldPersonnel?.sqlite ?? null
    let unlockedEntry = signed.entry
    if (personnelSqlite && !signed.personnelGrant) {
      // The database decides who holds the grant. Versions already undo a grant whose
      // transaction rolled back (settle-key-file.ts); a key the file still has is dropped, not used.
      personnelSqlite.close()
      wipe(personnelKey)
      personnelSqlite = null
      personnelKey = null
      unlockedEntry = withPersonnelKey(signed.entry, null)
      writeKeyFile(paths.keyFile, replaceKeyFileUser(readKeyFile(paths.keyFile), entry.userId, unlockedEntry))
    }
    if (personnelSqlite) migrateStore(personnelSqlite, 'personnel', migrations)
    const personnel = personnelSqlite ? personnelDatabase(personnelSqlite) : null
    if (personnel && signed.authority) markEntrySigningStart(main, personnel, { userId: user.id, userName: user.displayName }, now)
    return {
      paths,
      vaultId: keyFile.vaultId,
      entry: unlockedEntry,
      privateKey,
      signingKey: unwrapped.signingKey,
      authority: signed.authority,
      roles: signed.roles,
      notices: heldPersonnel === null && agreedEntry.sealedKeys.personnel && signed.personnelGrant ? [...signed.notices, personnelAwaitsHolderNotice] : signed.notices,
      mainKey,
      personnelKey,
      mainSqlite,
      main,
      personnelSqlite,
      personnel,
    }
  } catch (error) {
    try {
      for (const db of opened) if (db.open) db.close()
    } finally {
      wipe(privateKey, unwrapped.signingKey, mainKey, personnelKey)
    }
    // The password was right, so a store that fails now (a damaged page SQLite reports while
    // migrating or reading) is a damaged vault: the same stable code as a missing file.
    if (error instanceof AppError) throw error
    throw new AppError('VAULT_DAMAGED', undefined, { cause: (error as { code?: unknown }).code ?? null })
  }
}

export const personnelAwaitsHolderNotice = '干部任免专用记录本的密钥更换在中途被打断：请由另一位持有干部任免权限的用户先解锁一次，之后您即可再次打开专用记录本。'

/**
 * The personnel store, or null when this user's key no longer opens it while others hold the
 * key that does as pending: a 停用 or grant removal that rotated it was cut short after its swap
 * and rolled back, and this user, still entitled, gets the new key when a holder of it unlocks
 * (settle-rotation.ts). Until then they unlock without the book, not into a damaged vault.
 */
function openPersonnelStore(paths: VaultPaths, agreed: KeyFile, entry: KeyFileUser, key: Buffer, pending: Buffer | null) {
  const othersHoldPending = pending === null && hasPendingKey(agreed, 'personnel')
  try {
    return openWithHeldKey(paths.personnel, 'personnel', key, pending)
  } catch (error) {
    if (!othersHoldPending || !(error instanceof AppError && error.code === 'VAULT_DAMAGED')) throw error
    wipe(key)
    return null
  }
}

/**
 * A password that fits only the users before the key file's latest change (`previous`) whose
 * key no longer opens the store: that change committed and moved the keys away from this user
 * (停用 with its rotation). Not a damaged vault, a password that no longer counts.
 */
function openMainStore(paths: VaultPaths, keyFile: KeyFile, entry: KeyFileUser, key: Buffer, pending: Buffer | null) {
  try {
    return openWithHeldKey(paths.main, 'main', key, pending)
  } catch (error) {
    const current = keyFile.users.some((user) => user.userId === entry.userId && JSON.stringify(user.privateKey) === JSON.stringify(entry.privateKey))
    if (!current && error instanceof AppError && error.code === 'VAULT_DAMAGED') throw new AppError('AUTH_FAILED')
    throw error
  }
}

/** Closes both stores and wipes the keys, the keys even when a store fails to close. */
export function closeVault(vault: OpenVault): void {
  try {
    vault.personnelSqlite?.close()
  } finally {
    try {
      vault.mainSqlite.close()
    } finally {
      wipe(vault.privateKey, vault.signingKey, vault.mainKey, vault.personnelKey)
    }
  }
}
