import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { z } from 'zod'
import { writeFileDurably } from '../vault/keyfile'

/*
 * Where automatic backups go. The setting lives in the encrypted store, but a damaged
 * vault cannot be read, and that is exactly when the backups must be found: so the folder
 * (and nothing else) is mirrored in clear in a small file beside the vault.
 */
const locationFileName = 'backup-location.json'
const locationSchema = z.strictObject({ folder: z.string().refine(isAbsolute).nullable() })

export interface BackupLocation {
  path: string
  isDefault: boolean
}

export function defaultBackupFolder(dataDir: string): string {
  return join(dataDir, 'backups')
}

export function backupLocation(dataDir: string, folder: string | null): BackupLocation {
  return folder ? { path: folder, isDefault: false } : { path: defaultBackupFolder(dataDir), isDefault: true }
}

/** The mirrored folder; the default when the file is missing or unreadable. */
export function readMirroredLocation(dataDir: string): BackupLocation {
  const path = join(dataDir, locationFileName)
  try {
    const parsed = locationSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')))
    if (parsed.success) return backupLocation(dataDir, parsed.data.folder)
  } catch {
    // Missing or unreadable: fall through to the default.
  }
  return backupLocation(dataDir, null)
}

/** Keeps the clear mirror in step with the encrypted setting (written only when it differs). */
export function mirrorLocation(dataDir: string, folder: string | null): void {
  const path = join(dataDir, locationFileName)
  const current = existsSync(path) ? readMirroredLocation(dataDir) : null
  if (current && current.isDefault === (folder === null) && (folder === null || current.path === folder)) return
  writeFileDurably(path, `${JSON.stringify({ folder }, null, 2)}\n`)
}
