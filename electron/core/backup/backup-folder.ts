import { createHash } from 'node:crypto'
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupSummary } from '../../../shared/ipc/channels/backup'
import { AppError } from '../../../shared/errors'
import type { MigrationsLocation } from '../db/migrate'
import { knownMigrations } from '../db/migrate'
import { manifestBytes, manifestFiles, readManifest, type BackupFileEntry, type BackupManifest } from './backup-manifest'
import { filesMatchSizes } from './backup-files'

/** Backup folders are named by their local creation time: yishi-backup-20260315-143000[-2]. */
export const backupNamePattern = /^yishi-backup-\d{8}-\d{6}(-\d+)?$/u

const pad = (value: number) => String(value).padStart(2, '0')

export function backupFolderName(at: Date): string {
  const day = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`
  return `yishi-backup-${day}-${time}`
}

/** A name not yet taken in `parent` (two backups in the same second get -2, -3 …). */
export function freeName(parent: string, base: string): string {
  let name = base
  for (let n = 2; existsSync(join(parent, name)) || existsSync(join(parent, `.${name}.partial`)); n += 1) name = `${base}-${n}`
  return name
}

/** SHA-256 and size of a file, read in chunks so a large store never sits in memory whole. */
export function digestFile(path: string): BackupFileEntry {
  const hash = createHash('sha256')
  const chunk = Buffer.alloc(1 << 20)
  const fd = openSync(path, 'r')
  let bytes = 0
  try {
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      hash.update(chunk.subarray(0, read))
      bytes += read
    }
  } finally {
    closeSync(fd)
  }
  return { bytes, sha256: hash.digest('hex') }
}

/** BACKUP_TOO_NEW when the backup has seen migrations this app does not know. */
export function assertNotNewer(manifest: BackupManifest, migrations: MigrationsLocation): void {
  if (manifest.migrations.main > knownMigrations('main', migrations).count || manifest.migrations.personnel > knownMigrations('personnel', migrations).count) {
    throw new AppError('BACKUP_TOO_NEW')
  }
}

/** Every file the manifest lists is present at its recorded size (the cheap check for lists). */
function filesPresent(dir: string, manifest: BackupManifest): boolean {
  const stores = manifestFiles(manifest).every(([name, entry]) => {
    const path = join(dir, name)
    return existsSync(path) && statSync(path).size === entry.bytes
  })
  return stores && filesMatchSizes(dir, manifest.vaultFiles ?? {})
}

export interface FoundBackup {
  dir: string
  name: string
  manifest: BackupManifest | null
  problem: string | null
}

/**
 * Reads one backup folder for a list; never throws, a problem is reported in `problem`.
 * `manifestOnly` skips the file checks (finding the newest backup's time at unlock).
 */
export function inspectBackup(dir: string, name: string, migrations: MigrationsLocation, manifestOnly = false): FoundBackup {
  let manifest: BackupManifest
  try {
    manifest = readManifest(dir)
  } catch (error) {
    const problem = error instanceof AppError && error.code === 'BACKUP_TOO_NEW' ? tooNewProblem : '备份清单缺失或已损坏'
    return { dir, name, manifest: null, problem }
  }
  try {
    assertNotNewer(manifest, migrations)
  } catch {
    return { dir, name, manifest, problem: tooNewProblem }
  }
  if (manifestOnly) return { dir, name, manifest, problem: null }
  return { dir, name, manifest, problem: filesPresent(dir, manifest) ? null : '备份文件不完整' }
}

const tooNewProblem = '由更新版本的议事录制作，无法恢复'

/** The backup folders directly inside `parent`, newest first. */
export function findBackups(parent: string, migrations: MigrationsLocation, manifestOnly = false): FoundBackup[] {
  let names: string[]
  try {
    names = readdirSync(parent, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && backupNamePattern.test(entry.name))
      .map((entry) => entry.name)
  } catch {
    // A folder that does not exist (yet) or cannot be read holds no backups we can offer.
    return []
  }
  const newestFirst = (a: FoundBackup, b: FoundBackup) => (b.manifest?.createdAt ?? '').localeCompare(a.manifest?.createdAt ?? '') || b.name.localeCompare(a.name)
  return names.map((name) => inspectBackup(join(parent, name), name, migrations, manifestOnly)).sort(newestFirst)
}

export function summarize(found: FoundBackup, id: string): BackupSummary {
  const manifest = found.manifest
  return {
    id,
    name: found.name,
    createdAt: manifest?.createdAt ?? '',
    trigger: manifest?.trigger ?? 'manual',
    bytes: manifest ? manifestBytes(manifest) : 0,
    verified: manifest !== null && found.problem === null,
    problem: found.problem,
  }
}
