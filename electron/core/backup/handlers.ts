import { existsSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { BackupOverview, BackupSummary } from '../../../shared/ipc/channels/backup'
import { AppError } from '../../../shared/errors'
import { formatDateTime } from '../../../shared/format/date-time'
import { appendAudit } from '../audit/audit-log'
import type { CoreContext } from '../context'
import type { HandlerGroup } from '../handler-types'
import type { Session } from '../session'
import { vaultPaths } from '../vault/paths'
import { automaticBackups, removeBackups } from './auto-backup'
import { findBackups, inspectBackup, summarize, type FoundBackup } from './backup-folder'
import { cancelFullCheck, startFullCheck } from './full-check'
import { backupLocation, mirrorLocation, readMirroredLocation } from './backup-location'
import { manifestBytes, manifestFileName } from './backup-manifest'
import { publicBackupSettings, readBackupSettings, readLastAutomatic, writeBackupSettings, type StoredBackupSettings } from './backup-settings-store'
import { backupDirFor, backupIdFor } from './backup-sources'
import { isInside, writeVerifiedBackupInBackground } from './backup-writer'
import { backupToOffer } from './backup-head'
import { restoreBackup } from './restore'

function summaries(core: CoreContext, found: FoundBackup[]): BackupSummary[] {
  return found.map((backup) => summarize(backup, backupIdFor(core, backup.dir)))
}

function overview(core: CoreContext, session: Session): BackupOverview {
  const stored = readBackupSettings(session.db)
  const folder = backupLocation(core.options.dataDir, stored.folder)
  return {
    settings: publicBackupSettings(stored),
    folder,
    lastAutomatic: readLastAutomatic(session.db),
    backups: summaries(core, automaticBackups(folder.path, core.options.migrations)),
  }
}

/** A dialog awaits the user; an OS lock may have ended the session meanwhile. */
function stillUnlocked(core: CoreContext, session: Session): Session {
  if (core.session !== session) throw new AppError('VAULT_LOCKED')
  return session
}

function saveSettings(core: CoreContext, session: Session, next: StoredBackupSettings, summary: string): BackupOverview {
  const now = core.now()
  session.db.transaction((tx) => {
    writeBackupSettings(tx, next, session.actor, now)
    appendAudit(tx, session.actor, { action: 'backup.settings', entity: 'backup', summary }, now)
  })
  mirrorLocation(core.options.dataDir, next.folder)
  return overview(core, session)
}

export const backupHandlers = {
  'backup.overview': (_input, session, core) => overview(core, session),

  'backup.create': async (_input, session, core) => {
    const folder = await core.shell.pickDirectory({ title: '选择备份位置（如 U 盘）' })
    if (!folder) return null
    const current = stillUnlocked(core, session)
    const now = core.now()
    const progress = (copiedBytes: number, totalBytes: number) => core.options.onAppEvent?.('backup.progress', { copiedBytes, totalBytes })
    const written = await writeVerifiedBackupInBackground(current.vault, folder, now, core.options.migrations, progress)
    appendAudit(current.db, current.actor, { action: 'backup.create', entity: 'backup', summary: `备份到 ${written.dir}（已校验）` }, now)
    return { path: written.dir, createdAt: written.manifest.createdAt, bytes: manifestBytes(written.manifest) }
  },

  'backup.fullCheck': (_input, session, core) => startFullCheck(core, session),
  'backup.cancelFullCheck': (_input, session) => cancelFullCheck(session),
  'backup.removeOldAutomatic': (input, session, core) => {
    const folder = backupLocation(core.options.dataDir, readBackupSettings(session.db).folder).path
    const madeBefore = Date.parse(input.madeBefore)
    const old = automaticBackups(folder, core.options.migrations, true).filter((backup) => backup.manifest && Date.parse(backup.manifest.createdAt) < madeBefore)
    // Hidden at once (no longer offered for restore), deleted in the background.
    void removeBackups(folder, old)
    appendAudit(session.db, session.actor, { action: 'backup.removeOld', entity: 'backup', summary: `删除 ${formatDateTime(input.madeBefore)} 之前的自动备份 ${old.length} 份` }, core.now())
    return { removed: old.length }
  },

  'backup.updateSettings': (input, session, core) => {
    const stored = readBackupSettings(session.db)
    const summary = `修改自动备份设置：${input.autoEnabled ? '开启' : '关闭'}自动备份，保留最近 ${input.keep} 份`
    return saveSettings(core, session, { ...stored, ...input }, summary)
  },

  'backup.chooseAutoFolder': async (input, session, core) => {
    const stored = readBackupSettings(session.db)
    let folder: string | null = null
    if (!input.useDefault) {
      const current = backupLocation(core.options.dataDir, stored.folder).path
      folder = await core.shell.pickDirectory({ title: '选择自动备份文件夹', defaultPath: current })
      if (!folder) return null
      if (isInside(folder, vaultPaths(core.options.dataDir).dir)) throw new AppError('BACKUP_TARGET_INVALID')
    }
    const current = stillUnlocked(core, session)
    const shown = backupLocation(core.options.dataDir, folder)
    return saveSettings(core, current, { ...stored, folder }, `自动备份文件夹改为 ${shown.path}${shown.isDefault ? '（默认）' : ''}`)
  },

  'backup.listRestorable': (_input, session, core) => {
    // Unlocked, the encrypted setting is the truth; locked or damaged, only its clear mirror can be read.
    const folder = session ? backupLocation(core.options.dataDir, readBackupSettings(session.db).folder).path : readMirroredLocation(core.options.dataDir).path
    const found = findBackups(folder, core.options.migrations)
    const backups = summaries(core, found)
    const usable = backups.flatMap((backup, index) => (backup.verified && backup.problem === null ? [{ id: backup.id, dir: found[index]!.dir }] : []))
    return { folder, backups, offeredId: backupToOffer(core.options.dataDir, usable) }
  },

  'backup.pickRestoreSource': async (_input, _session, core) => {
    const folder = await core.shell.pickDirectory({ title: '选择备份所在的文件夹' })
    if (!folder) return null
    // The backup folder itself, or a folder (a USB drive) holding several backups.
    const found = existsSync(join(folder, manifestFileName)) ? [inspectBackup(folder, basename(folder), core.options.migrations)] : findBackups(folder, core.options.migrations)
    if (found.length === 0) throw new AppError('BACKUP_INVALID')
    return summaries(core, found)
  },

  'backup.restore': async (input, _session, core) => {
    const dir = backupDirFor(core, input.backupId)
    if (!existsSync(dir)) throw new AppError('BACKUP_NOT_FOUND')
    return restoreBackup(core, dir, { username: input.username, password: input.password })
  },
} satisfies HandlerGroup<'backup.overview' | 'backup.create' | 'backup.fullCheck' | 'backup.cancelFullCheck' | 'backup.removeOldAutomatic' | 'backup.updateSettings' | 'backup.chooseAutoFolder' | 'backup.listRestorable' | 'backup.pickRestoreSource' | 'backup.restore'>
