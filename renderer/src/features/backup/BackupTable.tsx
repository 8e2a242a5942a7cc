import type { BackupSummary } from '../../../../shared/ipc/channels/backup'
import { formatChineseDateTime } from '../../../../shared/format/date-time'
import { backupTriggerLabels } from '../../../../shared/settings/backup-settings'
import { formatBytes } from './formatBytes'

interface BackupTableProps {
  backups: readonly BackupSummary[]
  caption: string
  onRestore: (backup: BackupSummary) => void
}

/** Backups, newest first: when, what made it, size, and whether it was verified. */
export function BackupTable({ backups, caption, onRestore }: BackupTableProps) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">备份时间</th>
            <th scope="col">类型</th>
            <th scope="col" className="cell-number">
              大小
            </th>
            <th scope="col" className="cell-center">
              已校验
            </th>
            <th scope="col" className="cell-actions">
              操作
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => {
            const usable = backup.verified && backup.problem === null
            return (
              <tr key={backup.id} className={usable ? undefined : 'row-muted'}>
                <th scope="row" className="cell-time">
                  {backup.createdAt ? formatChineseDateTime(backup.createdAt) : backup.name}
                </th>
                <td>{backupTriggerLabels[backup.trigger]}</td>
                <td className="cell-number">{formatBytes(backup.bytes)}</td>
                <td className="cell-center">
                  {usable ? (
                    <span className="check-mark" role="img" aria-label="已校验">
                      ✓
                    </span>
                  ) : (
                    <span className="badge badge-warn">{backup.problem ?? '未校验'}</span>
                  )}
                </td>
                <td className="cell-actions">
                  <button type="button" className="button button-small button-secondary" onClick={() => onRestore(backup)} disabled={!usable} aria-label={`用 ${backup.createdAt ? formatChineseDateTime(backup.createdAt) : backup.name} 的备份恢复`}>
                    恢复…
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
