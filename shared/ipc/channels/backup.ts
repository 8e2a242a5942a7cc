import { z } from 'zod'
import { backupSettingsSchema, type BackupSettings, type BackupTrigger } from '../../settings/backup-settings'
import { channel } from '../define'
import { noInput, passwordField, usernameField } from '../fields'

export type { BackupTrigger } from '../../settings/backup-settings'

/** One backup found on disk. Its folder stays main-side: the page refers to it by `id` only. */
export interface BackupSummary {
  id: string
  /** The backup's folder name (e.g. yishi-backup-20260315-143000), to tell copies apart. */
  name: string
  createdAt: string
  trigger: BackupTrigger
  bytes: number
  /** Reopened and integrity-checked when written, and every file is still there at its size. */
  verified: boolean
  /** Why this app cannot restore it (made by a newer version, files missing); null if it can. */
  problem: string | null
}

export interface AutoBackupOutcome {
  at: string
  trigger: BackupTrigger
  ok: boolean
  /** The error message of a failed automatic backup. */
  message: string | null
}

export interface BackupOverview {
  settings: BackupSettings
  /** The automatic backup folder, shown so the secretary knows where the copies are. */
  folder: { path: string; isDefault: boolean }
  lastAutomatic: AutoBackupOutcome | null
  /** Automatic backups in that folder, newest first. */
  backups: BackupSummary[]
}

export interface BackupCreated {
  /** Where the verified copy was written (shown to the user). */
  path: string
  createdAt: string
  bytes: number
}

/** Backups the damaged screen can offer: those in the automatic folder, newest first. */
export interface RestorableBackups {
  folder: string
  backups: BackupSummary[]
  /**
   * The one to offer: the newest usable backup whose signed audit head reaches the furthest head
   * the vault signed (a rolled-back vault's lost work), else the newest usable; null if none.
   */
  offeredId: string | null
}

export interface RestoreResult {
  /** The backup's creation time. */
  restoredFrom: string
  /** Where the vault that was replaced now lives (never deleted); null if there was none. */
  keptAsideAt: string | null
}

/** A material or 督办 attachment whose encrypted file 完整校验 found missing or altered. */
export interface DamagedVaultFile {
  kind: 'material' | 'attachment'
  fileName: string
  /** Where it belongs: 议题《…》, or 督办事项《…》的进展报告（date）. */
  owner: string
  /** 缺失, 大小不符, 已被改动…, in Chinese. */
  problem: string
}

/** 完整校验: every page of the stores and every encrypted file, authenticated. */
export interface FullCheckReport {
  /** Stopped by 取消 (or a lock) before the end: what was checked so far. */
  cancelled: boolean
  /** 主库, 干部任免库 (when the user holds it): null when intact, else what was found. */
  stores: { label: string; problem: string | null }[]
  filesChecked: number
  filesTotal: number
  damaged: DamagedVaultFile[]
}

export const backupChannels = {
  'backup.overview': channel<BackupOverview>()({ input: noInput, access: 'backup.manage' }),
  /** Asks for a folder (typically a USB drive), writes a verified backup into it; null if cancelled. */
  'backup.create': channel<BackupCreated | null>()({ input: noInput, access: 'backup.manage' }),
  /** 完整校验, off the queue with progress (backup.checkProgress); one at a time. */
  'backup.fullCheck': channel<FullCheckReport>()({ input: noInput, access: 'backup.manage' }),
  /** Stops a running 完整校验 after the file in hand; null either way. */
  'backup.cancelFullCheck': channel<null>()({ input: noInput, access: 'backup.manage' }),
  /**
   * Deletes the automatic backups made before a time (停用's offer: they still open with the
   * disabled user's old password). Backups made by 备份到… are the user's own and never touched.
   */
  'backup.removeOldAutomatic': channel<{ removed: number }>()({
    input: z.strictObject({ madeBefore: z.iso.datetime({ error: '时间格式不正确' }) }),
    access: 'backup.manage',
  }),
  'backup.updateSettings': channel<BackupOverview>()({ input: backupSettingsSchema, access: 'backup.manage' }),
  /** Picks the automatic backup folder in a dialog, or goes back to the default; null if cancelled. */
  'backup.chooseAutoFolder': channel<BackupOverview | null>()({
    input: z.strictObject({ useDefault: z.boolean() }),
    access: 'backup.manage',
  }),
  // Public: the damaged screen and a locked app must be able to restore. Restoring itself
  // needs a user name and password that open the backup's own key file.
  'backup.listRestorable': channel<RestorableBackups>()({ input: noInput, access: 'public' }),
  /** Asks for a folder holding a backup (or several); null if cancelled. */
  'backup.pickRestoreSource': channel<BackupSummary[] | null>()({ input: noInput, access: 'public' }),
  'backup.restore': channel<RestoreResult>()({
    input: z.strictObject({
      backupId: z.string().uuid({ error: '备份编号格式不正确' }),
      username: usernameField,
      password: passwordField,
    }),
    access: 'public',
  }),
}
