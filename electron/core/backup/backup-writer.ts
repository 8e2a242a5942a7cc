import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join, relative, resolve, isAbsolute } from 'node:path'
import type { BackupTrigger } from '../../../shared/ipc/channels/backup'
import { AppError } from '../../../shared/errors'
import { knownMigrations, type MigrationsLocation } from '../db/migrate'
import { fsyncDirectory, readKeyFile } from '../vault/keyfile'
import { vaultFilesIn } from '../vault/paths'
import type { SqliteDatabase } from '../vault/store'
import type { OpenVault } from '../vault/vault'
import { backupFileNames, manifestFileName, manifestFormat, writeManifest, type BackupFileEntry, type BackupManifest } from './backup-manifest'
import { backupFolderName, digestFile, freeName, fsyncFile } from './backup-folder'
import { checkStoreCopy, storeCopyLevel } from './backup-verify'
import { copyAndCheckStore } from './store-copy-worker'
import { ownerOnly } from '../vault/file-modes'
import { storeDamageIn } from '../vault/store-damage'
import { partialFolderName, writingInto } from './partial-backups'

export interface WrittenBackup {
  dir: string
  name: string
  manifest: BackupManifest
}

/** True when `child` is `parent` or lies inside it. */
export function isInside(child: string, parent: string): boolean {
  const path = relative(resolve(parent), resolve(child))
  return path === '' || (!path.startsWith('..') && !isAbsolute(path))
}

/** VACUUM INTO writes a consistent, compacted copy encrypted with the same key (backup() cannot). */
function vacuumInto(db: SqliteDatabase, target: string): void {
  db.prepare('VACUUM INTO ?').run(target)
}

function removePartial(staging: string): void {
  try {
    rmSync(staging, { recursive: true, force: true })
  } catch {
    // The drive may be gone; a leftover `.partial` folder has no manifest and is never offered.
  }
}

/** The staging folder of a backup being written, and the paths of its copies. */
interface Staging {
  parent: string
  name: string
  dir: string
  copy: ReturnType<typeof vaultFilesIn>
  /** Ends the cleanup's hands-off for this folder (partial-backups.ts). */
  done: () => void
}

function beginBackup(vault: OpenVault, parent: string, now: Date): Staging {
  if (isInside(parent, vault.paths.dir)) throw new AppError('BACKUP_TARGET_INVALID')
  mkdirSync(parent, { recursive: true, mode: 0o700 })
  const name = freeName(parent, backupFolderName(now))
  const dir = join(parent, partialFolderName(name))
  const done = writingInto(dir)
  try {
    mkdirSync(dir, { mode: 0o700 })
  } catch (error) {
    done()
    throw error
  }
  return { parent, name, dir, copy: vaultFilesIn(dir), done }
}

/** Without the personnel key this user cannot open that store: its encrypted file is copied as it is (no connection holds it open), and its SHA-256 guards it from here on. */
function copyLockedPersonnelStore(vault: OpenVault, staging: Staging): void {
  copyFileSync(vault.paths.personnel, staging.copy.personnel)
  const personnelWal = `${vault.paths.personnel}-wal`
  if (existsSync(personnelWal)) copyFileSync(personnelWal, `${staging.copy.personnel}-wal`)
}

/** After the stores are copied and checked: the key file, the hashes, the manifest (last), the rename. */
function finishBackup(vault: OpenVault, staging: Staging, trigger: BackupTrigger, now: Date, migrations: MigrationsLocation): WrittenBackup {
  copyFileSync(vault.paths.keyFile, staging.copy.keyFile)
  if (readKeyFile(staging.copy.keyFile).vaultId !== vault.vaultId) throw new AppError('BACKUP_VERIFY_FAILED')
  const mainLevel = storeCopyLevel(staging.copy.main, vault.mainKey, 'BACKUP_VERIFY_FAILED')
  const personnelLevel = vault.personnelKey ? storeCopyLevel(staging.copy.personnel, vault.personnelKey, 'BACKUP_VERIFY_FAILED') : knownMigrations('personnel', migrations)
  const files: Partial<Record<(typeof backupFileNames)[number], BackupFileEntry>> = {}
  for (const file of backupFileNames) {
    const path = join(staging.dir, file)
    if (!existsSync(path)) continue
    // VACUUM INTO creates its file with the umask's mode and copyFileSync keeps the source's.
    ownerOnly(path)
    fsyncFile(path)
    files[file] = digestFile(path)
  }
  const manifest: BackupManifest = {
    format: manifestFormat,
    app: 'yishi',
    createdAt: now.toISOString(),
    trigger,
    migrations: { main: mainLevel.count, personnel: personnelLevel.count },
    checks: { main: 'integrity_check', personnel: vault.personnelKey ? 'integrity_check' : 'copied' },
    files,
  }
  writeManifest(staging.dir, manifest)
  ownerOnly(join(staging.dir, manifestFileName))
  fsyncDirectory(staging.dir)
  const dir = join(staging.parent, staging.name)
  renameSync(staging.dir, dir)
  fsyncDirectory(staging.parent)
  return { dir, name: staging.name, manifest }
}

/** A failure removes the partial folder (ours alone) and reports BACKUP_FAILED or BACKUP_VERIFY_FAILED. */
function failedBackup(staging: Staging | null, error: unknown): AppError {
  if (staging) removePartial(staging.dir)
  // The vault's own store failed to read while being copied: that is damage, not a backup problem.
  const damage = storeDamageIn(error)
  if (damage) return damage
  if (error instanceof AppError) return error
  const cause = (error as { code?: unknown }).code
  return new AppError('BACKUP_FAILED', undefined, typeof cause === 'string' ? { cause } : undefined)
}

/**
 * Writes a verified backup of the open vault into a new folder inside `parent`. Synchronous
 * on purpose: automatic backups run inside lock() before the stores close, and nothing can
 * interleave.
 *
 * Crash safety: everything is written into a hidden `.name.partial` folder; the copies are
 * reopened with the data keys and integrity-checked, then hashed into the manifest, which
 * is written last; only then is the folder renamed to its final name.
 */
export function writeVerifiedBackup(vault: OpenVault, parent: string, trigger: BackupTrigger, now: Date, migrations: MigrationsLocation): WrittenBackup {
  let staging: Staging | null = null
  try {
    staging = beginBackup(vault, parent, now)
    vacuumInto(vault.mainSqlite, staging.copy.main)
    checkStoreCopy(staging.copy.main, vault.mainKey, 'BACKUP_VERIFY_FAILED')
    if (vault.personnelSqlite && vault.personnelKey) {
      vacuumInto(vault.personnelSqlite, staging.copy.personnel)
      checkStoreCopy(staging.copy.personnel, vault.personnelKey, 'BACKUP_VERIFY_FAILED')
    } else copyLockedPersonnelStore(vault, staging)
    return finishBackup(vault, staging, trigger, now, migrations)
  } catch (error) {
    throw failedBackup(staging, error)
  } finally {
    staging?.done()
  }
}

/** Bytes copied so far of all the stores a backup copies. */
export type BackupProgress = (copiedBytes: number, totalBytes: number) => void

/**
 * The same verified backup for 备份到…: the stores are copied and checked on a worker thread
 * (store-copy-worker.ts), so the window stays responsive and shows the progress.
 */
export async function writeVerifiedBackupInBackground(vault: OpenVault, parent: string, now: Date, migrations: MigrationsLocation, onProgress: BackupProgress): Promise<WrittenBackup> {
  let staging: Staging | null = null
  try {
    staging = beginBackup(vault, parent, now)
    const stores = [{ source: vault.paths.main, target: staging.copy.main, dataKey: vault.mainKey }]
    if (vault.personnelKey) stores.push({ source: vault.paths.personnel, target: staging.copy.personnel, dataKey: vault.personnelKey })
    else copyLockedPersonnelStore(vault, staging)
    const sizes = stores.map((store) => statSync(store.source).size)
    const total = sizes.reduce((sum, size) => sum + size, 0)
    let before = 0
    for (const [index, store] of stores.entries()) {
      await copyAndCheckStore({ ...store, failure: 'BACKUP_VERIFY_FAILED', onProgress: (copied) => onProgress(before + copied, total) })
      before += sizes[index] ?? 0
    }
    return finishBackup(vault, staging, 'manual', now, migrations)
  } catch (error) {
    throw failedBackup(staging, error)
  } finally {
    staging?.done()
  }
}
