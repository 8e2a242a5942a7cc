import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { backupTriggers, type BackupTrigger } from '../../../shared/settings/backup-settings'
import { AppError } from '../../../shared/errors'
import { writeFileDurably } from '../vault/keyfile'

/*
 * A backup is one folder: the copied stores, the key file, and manifest.json. The
 * manifest is written last, after the copies were reopened and checked, and the folder
 * only gets its final name after that: a folder without a manifest is never a backup.
 * The manifest names no user and no committee, only versions, times, sizes and hashes.
 */
export const manifestFileName = 'manifest.json'
/**
 * 3: a store may be `compared` (a lock's byte copy); 2: the encrypted files (`files/<id>`) are
 * listed with their sizes; 1 (before them). All three are read; an app before 3 calls a
 * format-3 backup too new rather than damaged.
 */
export const manifestFormat = 3

/**
 * How a store copy was checked when written: every page read (`integrity_check`, also matching
 * indexes to tables; `quick_check`), or `compared` byte for byte with the checkpointed store it
 * was copied from (lock and quit: its pages are read by the daily backup's own copy).
 */
export const storeChecks = ['integrity_check', 'quick_check', 'compared'] as const
export type StoreCheckRecord = (typeof storeChecks)[number]
/** A backup whose main store's pages were all read when it was written. */
export const pagesChecked = (manifest: BackupManifest) => manifest.checks.main !== 'compared'

/** Files a backup may hold; anything else in a manifest is refused (no path from outside). */
export const backupFileNames = ['main.db', 'personnel.db', 'personnel.db-wal', 'keys.json'] as const
export type BackupFileName = (typeof backupFileNames)[number]

const fileEntrySchema = z.strictObject({ bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/u) })
export type BackupFileEntry = z.infer<typeof fileEntrySchema>

const manifestSchema = z.object({
  format: z.union([z.literal(1), z.literal(2), z.literal(manifestFormat)]),
  app: z.literal('yishi'),
  createdAt: z.iso.datetime(),
  trigger: z.enum(backupTriggers),
  /** Migrations applied per store: a backup from a newer app has more than this app knows. */
  migrations: z.strictObject({ main: z.number().int().nonnegative(), personnel: z.number().int().nonnegative() }),
  /** How each store was checked when written (storeChecks), or copied as is (no key held). */
  checks: z.strictObject({ main: z.enum(storeChecks), personnel: z.enum([...storeChecks, 'copied']) }),
  files: z.partialRecord(z.enum(backupFileNames), fileEntrySchema),
  /** Each encrypted file by its random id, with its size on disk (the stores' rows say what it holds). */
  vaultFiles: z.record(z.string().regex(/^[0-9a-f]{32}$/u), z.number().int().nonnegative()).optional(),
})
export type BackupManifest = z.infer<typeof manifestSchema>

export function writeManifest(dir: string, manifest: BackupManifest): void {
  writeFileDurably(join(dir, manifestFileName), `${JSON.stringify(manifest, null, 2)}\n`)
}

/** The manifest of a backup folder; BACKUP_INVALID if there is none, BACKUP_TOO_NEW if a newer app wrote it. */
export function readManifest(dir: string): BackupManifest {
  const path = join(dir, manifestFileName)
  if (!existsSync(path)) throw new AppError('BACKUP_INVALID')
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    throw new AppError('BACKUP_DAMAGED')
  }
  const parsed = manifestSchema.safeParse(raw)
  if (parsed.success) return parsed.data
  const format = (raw as { format?: unknown } | null)?.format
  if (typeof format === 'number' && format > manifestFormat) throw new AppError('BACKUP_TOO_NEW')
  throw new AppError('BACKUP_DAMAGED')
}

export function manifestBytes(manifest: BackupManifest): number {
  const stores = Object.values(manifest.files).reduce((sum, file) => sum + (file?.bytes ?? 0), 0)
  return stores + Object.values(manifest.vaultFiles ?? {}).reduce((sum, bytes) => sum + bytes, 0)
}

export function manifestFiles(manifest: BackupManifest): [BackupFileName, BackupFileEntry][] {
  return backupFileNames.flatMap((name) => {
    const entry = manifest.files[name]
    return entry ? [[name, entry] as [BackupFileName, BackupFileEntry]] : []
  })
}

export function isAutomatic(trigger: BackupTrigger): boolean {
  return trigger !== 'manual'
}
