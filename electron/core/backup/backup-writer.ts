import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join, relative, resolve, isAbsolute } from 'node:path'
import type { BackupTrigger } from '../../../shared/ipc/channels/backup'
import { AppError } from '../../../shared/errors'
import { knownMigrations, type MigrationsLocation } from '../db/migrate'
import { fsyncDirectory, readKeyFile } from '../vault/keyfile'
import { vaultFilesIn } from '../vault/paths'
import type { SqliteDatabase } from '../vault/store'
import type { OpenVault } from '../vault/vault'
import { backupFileNames, manifestFormat, writeManifest, type BackupFileEntry, type BackupManifest } from './backup-manifest'
import { backupFolderName, digestFile, freeName, fsyncFile } from './backup-folder'
import { checkStoreCopy } from './backup-verify'

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

/**
 * Writes a verified backup of the open vault into a new folder inside `parent`. Synchronous
 * on purpose: it runs inside lock() before the stores close, and nothing can interleave.
 *
 * Crash safety: everything is written into a hidden `.name.partial` folder; the copies are
 * reopened with the data keys and integrity-checked, then hashed into the manifest, which
 * is written last; only then is the folder renamed to its final name. A failure removes
 * the partial folder (ours alone) and reports BACKUP_FAILED or BACKUP_VERIFY_FAILED.
 */
export function writeVerifiedBackup(vault: OpenVault, parent: string, trigger: BackupTrigger, now: Date, migrations: MigrationsLocation): WrittenBackup {
  if (isInside(parent, vault.paths.dir)) throw new AppError('BACKUP_TARGET_INVALID')
  let staging: string | null = null
  try {
    mkdirSync(parent, { recursive: true })
    const name = freeName(parent, backupFolderName(now))
    staging = join(parent, `.${name}.partial`)
    mkdirSync(staging, { mode: 0o700 })
    const copy = vaultFilesIn(staging)

    vacuumInto(vault.mainSqlite, copy.main)
    // Without the personnel key this user cannot open that store: its encrypted file is copied
    // as it is (no connection holds it open), and its SHA-256 guards it from here on.
    if (vault.personnelSqlite) vacuumInto(vault.personnelSqlite, copy.personnel)
    else copyFileSync(vault.paths.personnel, copy.personnel)
    const personnelWal = `${vault.paths.personnel}-wal`
    if (!vault.personnelSqlite && existsSync(personnelWal)) copyFileSync(personnelWal, `${copy.personnel}-wal`)
    copyFileSync(vault.paths.keyFile, copy.keyFile)

    const mainLevel = checkStoreCopy(copy.main, vault.mainKey, 'BACKUP_VERIFY_FAILED')
    const personnelLevel = vault.personnelKey ? checkStoreCopy(copy.personnel, vault.personnelKey, 'BACKUP_VERIFY_FAILED') : knownMigrations('personnel', migrations)
    if (readKeyFile(copy.keyFile).vaultId !== vault.vaultId) throw new AppError('BACKUP_VERIFY_FAILED')

    const files: Partial<Record<(typeof backupFileNames)[number], BackupFileEntry>> = {}
    for (const file of backupFileNames) {
      const path = join(staging, file)
      if (!existsSync(path)) continue
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
    writeManifest(staging, manifest)
    fsyncDirectory(staging)
    const dir = join(parent, name)
    renameSync(staging, dir)
    staging = null
    fsyncDirectory(parent)
    return { dir, name, manifest }
  } catch (error) {
    if (staging) removePartial(staging)
    if (error instanceof AppError) throw error
    const cause = (error as { code?: unknown }).code
    throw new AppError('BACKUP_FAILED', undefined, typeof cause === 'string' ? { cause } : undefined)
  }
}
