import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { digestFile } from '../../electron/core/backup/backup-folder'
import { readManifest, writeManifest, type BackupFileName, type BackupManifest } from '../../electron/core/backup/backup-manifest'
import { adminPassword, tempDir, type TestCore } from './vault'

/** SHA-256 of every file under `dir`, by relative path: "nothing was replaced" is equality. */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (folder: string, prefix: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name)
      if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`)
      else out[`${prefix}${name}`] = createHash('sha256').update(readFileSync(full)).digest('hex')
    }
  }
  if (existsSync(dir)) walk(dir, '')
  return out
}

/** Picks a fresh folder in the 备份到… dialog, runs backup.create, and returns the backup's folder. */
export async function backupToNewFolder(core: TestCore): Promise<{ parent: string; dir: string }> {
  const parent = tempDir('yishi-usb-')
  core.dialogs.directories.push(parent)
  const created = await core.call('backup.create')
  if (!created) throw new Error('backup.create was cancelled')
  return { parent, dir: created.path }
}

/** Overwrites `length` bytes in the middle of a file with a pattern (a damaged sector). */
export function damageFile(path: string, length = 512): void {
  const bytes = readFileSync(path)
  const start = Math.floor(bytes.length / 2)
  bytes.fill(0x5a, start, Math.min(bytes.length, start + length))
  writeFileSync(path, bytes)
}

/** Rewrites a backup's manifest after a test changed files, so only the deeper checks can object. */
export function rehashManifest(dir: string, change: (manifest: BackupManifest) => BackupManifest = (manifest) => manifest): void {
  const manifest = readManifest(dir)
  const files = { ...manifest.files }
  for (const name of Object.keys(files) as BackupFileName[]) files[name] = digestFile(join(dir, name))
  writeManifest(dir, change({ ...manifest, files }))
}

/** The names in the data folder beside the vault (kept-aside vaults, staging folders). */
export function dataDirEntries(core: TestCore): string[] {
  return readdirSync(core.dataDir).sort()
}

export const admin = { username: 'admin', password: adminPassword }
