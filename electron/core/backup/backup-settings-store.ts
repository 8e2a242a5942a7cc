import { z } from 'zod'
import type { AutoBackupOutcome } from '../../../shared/ipc/channels/backup'
import { backupSettingsSchema, backupTriggers, defaultBackupSettings, type BackupSettings } from '../../../shared/settings/backup-settings'
import type { Actor } from '../audit/audit-log'
import type { MainDb } from '../db/migrate'
import { readSettingValue, writeSettingValue } from '../settings/setting-row'

// Backup settings live in the encrypted settings table, beside the office settings, under
// their own keys. The automatic folder is also mirrored in clear (see backup-location.ts).

const settingsKey = 'backup'
const outcomeKey = 'backup.lastAutomatic'

const storedSettingsSchema = backupSettingsSchema.extend({ folder: z.string().nullable() })
/** The settings plus the automatic folder (null: the default folder in the data folder). */
export type StoredBackupSettings = z.infer<typeof storedSettingsSchema>

const outcomeSchema = z.strictObject({
  at: z.string(),
  trigger: z.enum(backupTriggers),
  ok: z.boolean(),
  message: z.string().nullable(),
})

/** A vault made before backups existed has no row yet: it gets the defaults. */
export function readBackupSettings(db: MainDb): StoredBackupSettings {
  const parsed = storedSettingsSchema.safeParse(readSettingValue(db, settingsKey))
  return parsed.success ? parsed.data : { ...defaultBackupSettings, folder: null }
}

export function writeBackupSettings(db: MainDb, value: StoredBackupSettings, actor: Actor, now: Date): void {
  writeSettingValue(db, settingsKey, value, actor, now)
}

export function publicBackupSettings(stored: StoredBackupSettings): BackupSettings {
  return { autoEnabled: stored.autoEnabled, keep: stored.keep }
}

export function readLastAutomatic(db: MainDb): AutoBackupOutcome | null {
  const parsed = outcomeSchema.safeParse(readSettingValue(db, outcomeKey))
  return parsed.success ? parsed.data : null
}

export function writeLastAutomatic(db: MainDb, outcome: AutoBackupOutcome, actor: Actor, now: Date): void {
  writeSettingValue(db, outcomeKey, outcome, actor, now)
}
