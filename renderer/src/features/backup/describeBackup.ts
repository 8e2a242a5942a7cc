import type { BackupSummary } from '../../../../shared/ipc/channels/backup'
import { formatChineseDateTime } from '../../../../shared/format/date-time'
import { backupTriggerLabels } from '../../../../shared/settings/backup-settings'
import { formatBytes } from './formatBytes'

/** One line naming a backup: time · kind · size (and why it cannot be used, if so). */
export function describeBackup(backup: BackupSummary): string {
  const parts = [backup.createdAt ? formatChineseDateTime(backup.createdAt) : backup.name, backupTriggerLabels[backup.trigger], formatBytes(backup.bytes)]
  return `${parts.join(' · ')}${backup.problem ? `（${backup.problem}）` : ''}`
}

/** The newest backup that can be restored, if any (lists come newest first). */
export function newestUsable(backups: readonly BackupSummary[]): BackupSummary | undefined {
  return backups.find((backup) => backup.verified && backup.problem === null)
}
