import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { basename, join } from 'node:path'
import { eq } from 'drizzle-orm'
import type { RestoreResult } from '../../../shared/ipc/channels/backup'
import { AppError } from '../../../shared/errors'
import { appendAudit, type Actor } from '../audit/audit-log'
import type { CoreContext } from '../context'
import { mainDatabase } from '../db/migrate'
import { users, vaultInfo } from '../db/schema/main'
import { wipe } from '../vault/crypto'
import { fsyncDirectory, fsyncFile, readKeyFile, type KeyFile } from '../vault/keyfile'
import { vaultFilesIn, vaultPaths } from '../vault/paths'
import { openEncryptedStore } from '../vault/store'
import { openUserDataKey, unwrapPrivateKey } from '../vault/user-keys'
import { manifestFiles, readManifest, type BackupManifest } from './backup-manifest'
import { assertNotNewer, backupFolderName, freeName } from './backup-folder'
import { assertMayReplaceVault, type CurrentVaultRecorder } from './restore-authority'
import { assertFilesMatchManifest, assertStoreNotNewer, checkStoreCopy } from './backup-verify'
import { checkFileWhole, filesMatchSizes, referencedFiles } from './backup-files'
import { filePathOf, filesDirOf } from '../vault-files/vault-files'

export interface RestoreCredentials {
  username: string
  password: string
}

/** Copies the backup's files next to the vault (same drive, so the final move is a rename). */
function copyIntoStaging(backupDir: string, staging: string, manifest: BackupManifest): void {
  mkdirSync(staging, { mode: 0o700 })
  for (const [name] of manifestFiles(manifest)) {
    copyFileSync(join(backupDir, name), join(staging, name))
    fsyncFile(join(staging, name))
  }
  const fileIds = Object.keys(manifest.vaultFiles ?? {})
  if (fileIds.length > 0) {
    const files = filesDirOf(staging)
    mkdirSync(files, { mode: 0o700 })
    for (const id of fileIds) {
      copyFileSync(filePathOf(backupDir, id), filePathOf(staging, id))
      fsyncFile(filePathOf(staging, id))
    }
    fsyncDirectory(files)
  }
  fsyncDirectory(staging)
}

/**
 * Every file the restored rows point at is in the backup, at its size, and authenticates
 * chunk by chunk with the key its row wraps: nothing of a material is taken on trust.
 */
function assertFilesIntact(staging: string, mainPath: string, mainKey: Buffer, manifest: BackupManifest): void {
  const sqlite = openEncryptedStore(mainPath, mainKey, { create: false })
  try {
    const listed = manifest.vaultFiles ?? {}
    for (const entry of referencedFiles(sqlite)) {
      if (listed[entry.fileId] !== entry.bytes) throw new AppError('BACKUP_DAMAGED', undefined, { file: `files/${entry.fileId}` })
      checkFileWhole(filePathOf(staging, entry.fileId), mainKey, entry, 'BACKUP_DAMAGED')
    }
  } finally {
    sqlite.close()
  }
}

function readBackupKeyFile(path: string): KeyFile {
  try {
    return readKeyFile(path)
  } catch (error) {
    throw new AppError(error instanceof AppError && error.code === 'VAULT_TOO_NEW' ? 'BACKUP_TOO_NEW' : 'BACKUP_DAMAGED')
  }
}

/** The password that was valid when the backup was made opens it; failures count for the unlock throttle. */
async function unwrapWithThrottle(core: CoreContext, keyFile: KeyFile, credentials: RestoreCredentials) {
  try {
    const unwrapped = await unwrapPrivateKey(keyFile, credentials.username, credentials.password)
    core.throttle.recordSuccess()
    return unwrapped
  } catch (error) {
    if (error instanceof AppError && error.code === 'AUTH_FAILED') core.throttle.recordFailure()
    throw error
  }
}

/**
 * Checks the restored main store as the user who restores (an enabled administrator of the
 * backup) and records the restore in its own audit log, so the restored vault says where
 * it came from and where the replaced one went.
 */
function recordRestoreInCopy(path: string, mainKey: Buffer, keyFile: KeyFile, userId: string, username: string, summary: string, now: Date): void {
  const sqlite = openEncryptedStore(path, mainKey, { create: false })
  try {
    const db = mainDatabase(sqlite)
    if (db.select().from(vaultInfo).where(eq(vaultInfo.id, 1)).get()?.vaultId !== keyFile.vaultId) throw new AppError('BACKUP_DAMAGED')
    const user = db.select().from(users).where(eq(users.id, userId)).get()
    if (!user || user.disabled || user.username !== username) throw new AppError('AUTH_FAILED')
    if (!user.roles.includes('admin')) throw new AppError('RESTORE_FORBIDDEN')
    const actor: Actor = { userId: user.id, userName: user.displayName }
    appendAudit(db, actor, { action: 'backup.restore', entity: 'backup', summary }, now)
  } finally {
    sqlite.close()
  }
}

/**
 * Restores a backup. Everything is verified on a copy beside the vault before anything is
 * replaced: the files against the manifest's SHA-256, the key file with the given password,
 * each store it opens reopened and integrity-checked, nothing newer than this app. Only
 * then is the session locked, the current vault folder renamed aside (never deleted) and
 * the verified copy renamed into its place. The user then unlocks.
 */
export async function restoreBackup(core: CoreContext, backupDir: string, credentials: RestoreCredentials): Promise<RestoreResult> {
  core.throttle.assertAllowed()
  const { migrations, dataDir } = core.options
  const manifest = readManifest(backupDir)
  assertNotNewer(manifest, migrations)

  const paths = vaultPaths(dataDir)
  const now = core.now()
  let recordInCurrent: CurrentVaultRecorder | null = null
  const staging = vaultFilesIn(`${paths.dir}.restoring-${randomBytes(4).toString('hex')}`)
  const keptAside = join(dataDir, freeName(dataDir, backupFolderName(now).replace('yishi-backup-', 'vault.before-restore-')))
  let moved = false
  let keys: Buffer[] = []
  try {
    try {
      copyIntoStaging(backupDir, staging.dir, manifest)
    } catch {
      throw new AppError('BACKUP_DAMAGED')
    }
    assertFilesMatchManifest(staging.dir, manifest)
    const keyFile = readBackupKeyFile(staging.keyFile)
    const { entry, privateKey } = await unwrapWithThrottle(core, keyFile, credentials)
    // The backup's administrator must also be one of the vault it replaces (restore-authority.ts).
    recordInCurrent = await assertMayReplaceVault(core, credentials)
    const mainKey = openUserDataKey(entry, privateKey, 'main')
    const personnelKey = openUserDataKey(entry, privateKey, 'personnel')
    keys = [privateKey, ...(mainKey ? [mainKey] : []), ...(personnelKey ? [personnelKey] : [])]
    if (!mainKey) throw new AppError('BACKUP_DAMAGED')
    assertStoreNotNewer(checkStoreCopy(staging.main, mainKey, 'BACKUP_DAMAGED'), 'main', migrations)
    if (!filesMatchSizes(staging.dir, manifest.vaultFiles ?? {})) throw new AppError('BACKUP_DAMAGED')
    assertFilesIntact(staging.dir, staging.main, mainKey, manifest)
    // Without the personnel key the personnel store is guarded by its SHA-256 alone (checked above).
    if (personnelKey) assertStoreNotNewer(checkStoreCopy(staging.personnel, personnelKey, 'BACKUP_DAMAGED'), 'personnel', migrations)

    const backupName = basename(backupDir)
    const keptAsideName = basename(keptAside)
    const hadVault = existsSync(paths.dir)
    const aside = hadVault ? `；恢复前的数据另存为 ${keptAsideName}` : ''
    recordRestoreInCopy(staging.main, mainKey, keyFile, entry.userId, credentials.username, `从备份恢复：本数据库恢复自 ${backupName}${aside}`, now)

    recordInCurrent?.record(`用备份 ${backupName} 替换当前数据；当前数据另存为 ${keptAsideName}`)
    recordInCurrent?.release()
    if (core.session) core.lock('restore')
    if (hadVault) renameSync(paths.dir, keptAside)
    try {
      renameSync(staging.dir, paths.dir)
      moved = true
    } catch {
      if (hadVault) renameSync(keptAside, paths.dir)
      throw new AppError('RESTORE_FAILED')
    }
    fsyncDirectory(dataDir)
    return { restoredFrom: manifest.createdAt, keptAsideAt: hadVault ? keptAside : null }
  } finally {
    recordInCurrent?.release()
    wipe(...keys)
    // The staging copy is ours and was never the vault: remove it unless it became the vault.
    if (!moved) rmSync(staging.dir, { recursive: true, force: true })
  }
}
