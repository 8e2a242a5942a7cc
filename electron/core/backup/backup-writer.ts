import Database from 'better-sqlite3'
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join, relative, resolve, isAbsolute } from 'node:path'
import type { BackupTrigger } from '../../../shared/ipc/channels/backup'
import { AppError } from '../../../shared/errors'
import { knownMigrations, type MigrationsLocation } from '../db/migrate'
import { fsyncDirectory, readKeyFile } from '../vault/keyfile'
import { vaultFilesIn } from '../vault/paths'
import { wipe } from '../vault/crypto'
import { applyDataKey, type SqliteDatabase } from '../vault/store'
import type { OpenVault } from '../vault/vault'
import { writeBackupHead } from './backup-head'
import { backupFileNames, manifestFileName, manifestFormat, writeManifest, type BackupFileEntry, type BackupManifest } from './backup-manifest'
import { copyFilesInBackground, copyFilesSync, linkSourceIn, referencedFiles, type FileEntry } from './backup-files'
import { backupFolderName, digestFile, findBackups, freeName, fsyncFile } from './backup-folder'
import { checkStoreCopy, storeCopyLevel, type StoreCheck } from './backup-verify'
import { copyAndCheckStore } from './store-copy-worker'
import { ownerOnly } from '../vault/file-modes'
import { StoreDamagedError, storeDamageIn } from '../vault/store-damage'
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

/**
 * The copy on lock and quit: the live connection is the only writer and nothing runs in
 * between, so once its log is checkpointed into the store file that file *is* a consistent
 * copy, already encrypted: it is copied as bytes (no page is decrypted and re-encrypted, as
 * VACUUM INTO does), switched to rollback-journal mode so it opens read-only alone, then
 * checked like any copy. If a reader (a 备份到… running) keeps the checkpoint from finishing,
 * VACUUM INTO it is.
 */
/**
 * Copies a store and checks the copy. A byte-for-byte copy that fails its check means the
 * store itself is damaged (its pages were copied as they are): that is VAULT_DAMAGED, not a
 * failed backup, so the session ends and the restore is offered.
 */
function copyAndCheckStoreFile(db: SqliteDatabase, source: string, target: string, dataKey: Buffer): void {
  const raw = copyStoreFile(db, source, target, dataKey)
  try {
    checkStoreCopy(target, dataKey, 'BACKUP_VERIFY_FAILED', 'quick_check')
  } catch (error) {
    if (raw && error instanceof AppError && error.code === 'BACKUP_VERIFY_FAILED') throw new StoreDamagedError('SQLITE_CORRUPT')
    throw error
  }
}

/** The store's file as it is after a checkpoint (true), or a VACUUM INTO copy when the WAL could not be emptied (false). */
function copyStoreFile(db: SqliteDatabase, source: string, target: string, dataKey: Buffer): boolean {
  const [outcome] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[]
  if (!outcome || outcome.busy !== 0 || outcome.log !== outcome.checkpointed) {
    vacuumInto(db, target)
    return false
  }
  copyFileSync(source, target)
  const copy = new Database(target, { fileMustExist: true })
  try {
    applyDataKey(copy, dataKey)
    copy.pragma('journal_mode = DELETE')
  } finally {
    copy.close()
  }
  return true
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
  check: StoreCheck = 'integrity_check',
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
    checks: { main: check, personnel: vault.personnelKey ? check : 'copied' },
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
    copyAndCheckStoreFile(vault.mainSqlite, vault.paths.main, staging.copy.main, vault.mainKey)
    if (vault.personnelSqlite && vault.personnelKey) {
      copyAndCheckStoreFile(vault.personnelSqlite, vault.paths.personnel, staging.copy.personnel, vault.personnelKey)
    } else copyLockedPersonnelStore(vault, staging)
    // The rows just copied say which files this backup must hold.
    const files = copyFilesSync(vault.paths.dir, staging.dir, referencedFiles(vault.mainSqlite), vault.mainKey, previous)
    return finishBackup(vault, staging, trigger, now, migrations, files.files, 'quick_check')
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
    const stores = [{ source: vault.paths.main, target: staging.copy.main, dataKey: mainKey }]
    if (personnelKey) stores.push({ source: vault.paths.personnel, target: staging.copy.personnel, dataKey: personnelKey })
    else copyLockedPersonnelStore(vault, staging)
    const sizes = stores.map((store) => statSync(store.source).size)
    // Until the store copy says which files it points at, the files are estimated from the live rows.
    const estimate = vault.mainSqlite.open ? referencedFiles(vault.mainSqlite).reduce((sum, entry) => sum + (previous.has(entry.fileId) ? 0 : entry.bytes), 0) : 0
    let total = sizes.reduce((sum, size) => sum + size, 0) + estimate
    let before = 0
    for (const [index, store] of stores.entries()) {
      await copyAndCheckStore({ ...store, failure: 'BACKUP_VERIFY_FAILED', onProgress: (copied) => onProgress(before + copied, total) })
      before += sizes[index] ?? 0
    }
    // The files the *copy* points at: the store may have changed since, the copy is what is kept.
    const entries = filesOfCopy(staging.copy.main, mainKey)
    const fresh = entries.filter((entry) => !previous.has(entry.fileId))
    total = before + fresh.reduce((sum, entry) => sum + entry.bytes, 0)
    const files = await copyFilesInBackground(vault.paths.dir, staging.dir, entries, mainKey, previous, (bytes) => onProgress(before + bytes, total))
    return finishBackup({ ...vault, mainKey, personnelKey, signingKey }, staging, trigger, now, migrations, files.files)
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
