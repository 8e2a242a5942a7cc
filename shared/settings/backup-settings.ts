import { z } from 'zod'

/** Automatic backups: on or off, and how many to keep (kept in the encrypted main store). */
export const backupSettingsSchema = z.strictObject({
  autoEnabled: z.boolean({ error: '请选择是否自动备份' }),
  keep: z
    .number({ error: '保留份数必须是数字' })
    .int({ error: '保留份数必须是整数' })
    .min(1, { error: '至少保留 1 份自动备份' })
    .max(100, { error: '最多保留 100 份自动备份' }),
})

export type BackupSettings = z.infer<typeof backupSettingsSchema>

export const defaultBackupSettings: BackupSettings = { autoEnabled: true, keep: 10 }

/** A daily backup is due when the newest automatic one is older than this. */
export const dailyBackupIntervalMs = 24 * 60 * 60 * 1000

/** What made a backup: the 备份到… button, or an automatic one (on lock, on quit, daily). */
export const backupTriggers = ['manual', 'lock', 'quit', 'daily'] as const
export type BackupTrigger = (typeof backupTriggers)[number]

export const backupTriggerLabels: Record<BackupTrigger, string> = {
  manual: '手动备份',
  lock: '锁定时自动备份',
  quit: '退出时自动备份',
  daily: '每日自动备份',
}
