import Database from 'better-sqlite3'
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join, relative, resolve, isAbsolute } from 'node:path'
import type { BackupTrigger } from '../../../shared/ipc/channels/backup'
import { AppError } from '../../../shared/errors'
import { knownMigrations, type MigrationsLocation } from '../db/migrate'
import { fsyncDirectory, fsyncFile, readKeyFile } from '../vault/keyfile'
import { vaultFilesIn } from '../vault/paths'
import { wipe } from '../vault/crypto'
import { applyDataKey, type SqliteDatabase } from '../vault/store'
import { copyLiveStore } from '../vault/store-copy'
import type { OpenVault } from '../vault/vault'
import { writeBackupHead } from './backup-head'
import { backupFileNames, manifestFileName, manifestFormat, writeManifest, type BackupFileEntry, type BackupManifest, type StoreCheckRecord } from './backup-manifest'
import { copyFilesInBackground, copyFilesSync, linkSourceIn, referencedFiles, type FileEntry, type FilesCopied } from './backup-files'
import { backupFolderName, digestFile, findBackups, freeName } from './backup-folder'
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

/**
 * The copy on lock and quit, which must not wait on the store's size: the checkpointed
 * store's bytes, compared with it (store-copy.ts). Its pages are not read here: the daily
 * backup checks every page of its own copy in the background (and a damaged store found
 * there locks the session as damaged). When the checkpoint could not finish and the copy
 * is VACUUM INTO's, that copy is checked page by page, as it was not compared.
 */
function copyStoreOnLock(db: SqliteDatabase, source: string, target: string, dataKey: Buffer): StoreCheckRecord {
  const method = copyLiveStore(db, source, target, dataKey, () => new AppError('BACKUP_VERIFY_FAILED', undefined, { file: target }))
  if (method === 'bytes') return 'compared'
  checkStoreCopy(target, dataKey, 'BACKUP_VERIFY_FAILED', 'quick_check')
  return 'quick_check'
}

/** The newest earlier backup in the folder whose files can be linked (complete, with a manifest). */
function previousBackup(parent: string, migrations: MigrationsLocation): string | null {
  return findBackups(parent, migrations, true).find((found) => found.manifest?.vaultFiles !== undefined)?.dir ?? null
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

/** After the stores and files are copied and checked: the key file, the hashes, the manifest (last), the rename. */
function finishBackup(
  vault: OpenVault,
  staging: Staging,
  trigger: BackupTrigger,
  now: Date,
  migrations: MigrationsLocation,
  vaultFiles: Record<string, number>,
  checks: BackupManifest['checks'] = { main: 'integrity_check', personnel: vault.personnelKey ? 'integrity_check' : 'copied' },
): WrittenBackup {
  copyFileSync(vault.paths.keyFile, staging.copy.keyFile)
  writeBackupHead(vault, vault.signingKey, staging.copy.main, vault.mainKey, staging.dir, now)
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
    checks,
    files,
    vaultFiles,
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
    const previous = linkSourceIn(previousBackup(parent, migrations))
    staging = beginBackup(vault, parent, now)
    const mainCheck = copyStoreOnLock(vault.mainSqlite, vault.paths.main, staging.copy.main, vault.mainKey)
    let personnelCheck: BackupManifest['checks']['personnel'] = 'copied'
    if (vault.personnelSqlite && vault.personnelKey) {
      personnelCheck = copyStoreOnLock(vault.personnelSqlite, vault.paths.personnel, staging.copy.personnel, vault.personnelKey)
    } else copyLockedPersonnelStore(vault, staging)
    // The rows just copied say which files this backup must hold.
    const files = copyFilesSync(vault.paths.dir, staging.dir, referencedFiles(vault.mainSqlite), vault.mainKey, previous)
    return finishBackup(vault, staging, trigger, now, migrations, files.files, { main: mainCheck, personnel: personnelCheck })
  } catch (error) {
    throw failedBackup(staging, error)
  } finally {
    staging?.done()
  }
}

/** Bytes copied so far of all the stores a backup copies. */
export type BackupProgress = (copiedBytes: number, totalBytes: number) => void

/**
 * The same verified backup for 备份到… and the daily backup: the stores are copied and checked
 * on worker threads (store-copy-worker.ts), so the window stays responsive and shows the
 * progress. The files are copied as soon as the main store's copy is written (its rows say
 * which), while the worker checks the stores.
 */
export async function writeVerifiedBackupInBackground(
  vault: OpenVault,
  parent: string,
  now: Date,
  migrations: MigrationsLocation,
  onProgress: BackupProgress,
  trigger: BackupTrigger = 'manual',
): Promise<WrittenBackup> {
  let staging: Staging | null = null
  // Its own copy of the key: a lock during the backup wipes the session's.
  const mainKey = Buffer.from(vault.mainKey)
  const personnelKey = vault.personnelKey ? Buffer.from(vault.personnelKey) : null
  const signingKey = Buffer.from(vault.signingKey)
  try {
    const previous = linkSourceIn(previousBackup(parent, migrations))
    staging = beginBackup(vault, parent, now)
    const copies = staging.copy
    const stores = [{ source: vault.paths.main, target: copies.main, dataKey: mainKey }]
    if (personnelKey) stores.push({ source: vault.paths.personnel, target: copies.personnel, dataKey: personnelKey })
    else copyLockedPersonnelStore(vault, staging)
    const storeBytes = stores.reduce((sum, store) => sum + statSync(store.source).size, 0)
    // Until the store copy says which files it points at, the files are estimated from the live rows.
    const estimate = vault.mainSqlite.open ? referencedFiles(vault.mainSqlite).reduce((sum, entry) => sum + (previous.has(entry.fileId) ? 0 : entry.bytes), 0) : 0
    const progress = { stores: 0, files: 0, total: storeBytes + estimate }
    const report = () => onProgress(progress.stores + progress.files, progress.total)
    const started: { files: Promise<FilesCopied> | null } = { files: null }
    // The files the *copy* points at: the store may have changed since, the copy is what is kept.
    const copyFiles = () => {
      const entries = filesOfCopy(copies.main, mainKey)
      progress.total = storeBytes + entries.reduce((sum, entry) => sum + (previous.has(entry.fileId) ? 0 : entry.bytes), 0)
      return copyFilesInBackground(vault.paths.dir, copies.dir, entries, mainKey, previous, (bytes) => {
        progress.files = bytes
        report()
      })
    }
    const startFiles = () => {
      const job = Promise.resolve().then(copyFiles)
      // Handled now (a failure while the stores are still checked must not go unhandled), thrown below.
      job.catch(() => undefined)
      started.files = job
    }
    // Each store on a worker of its own, at the same time.
    const copiedOf = stores.map(() => 0)
    const checks = stores.map((store, index) =>
      copyAndCheckStore({
        ...store,
        failure: 'BACKUP_VERIFY_FAILED',
        onCopied: store.target === copies.main ? () => startFiles() : undefined,
        onProgress: (copied) => {
          copiedOf[index] = copied
          progress.stores = copiedOf.reduce((sum, bytes) => sum + bytes, 0)
          report()
        },
      }),
    )
    // All end before the folder is finished or removed: a failed check waits for the rest.
    const failures = (await Promise.allSettled(checks)).flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []))
    if (failures.length > 0) {
      await started.files?.catch(() => undefined)
      throw failures[0]
    }
    const copied = await (started.files ?? copyFiles())
    return finishBackup({ ...vault, mainKey, personnelKey, signingKey }, staging, trigger, now, migrations, copied.files)
  } catch (error) {
    throw failedBackup(staging, error)
  } finally {
    staging?.done()
    wipe(mainKey, personnelKey, signingKey)
  }
}

function filesOfCopy(path: string, dataKey: Buffer): FileEntry[] {
  const copy = new Database(path, { readonly: true, fileMustExist: true })
  try {
    applyDataKey(copy, dataKey)
    return referencedFiles(copy)
  } finally {
    copy.close()
  }
}
