import { call } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import { useSession } from '../session/SessionContext'
import { AutoBackupCard } from './AutoBackupCard'
import { BackupTable } from './BackupTable'
import { FullCheckCard } from './FullCheckCard'
import { ManualBackupCard } from './ManualBackupCard'
import { RestoreDialog } from './RestoreDialog'
import { useRestorePicker } from './useRestorePicker'

const loadOverview = () => call('backup.overview')

/** 设置 → 备份与恢复 (backup.manage): back up now, automatic backups, restore, 完整校验. */
export function BackupSection() {
  const { session, refreshSession } = useSession()
  const [overview, reload] = useLoad(loadOverview)
  const restore = useRestorePicker()

  return (
    <div className="stack">
      <ManualBackupCard onDone={reload} />
      {overview.status === 'loading' && <LoadingIndicator />}
      {overview.status === 'error' && <ErrorMessage message={overview.error.message} />}
      {overview.status === 'ready' && (
        <>
          <section className="card" aria-labelledby="restore-title">
            <div className="card-header">
              <h2 id="restore-title">备份列表与恢复</h2>
              <button type="button" className="button button-secondary" onClick={() => void restore.pick()} disabled={restore.picking}>
                从备份恢复…
              </button>
            </div>
            <p className="card-note">
              下表是自动备份文件夹中的备份，最新的在前。要从 U 盘等其他位置恢复，请点“从备份恢复…”并选择备份所在的文件夹。恢复前会完整校验备份，当前数据另存、不会删除。
            </p>
            <ErrorMessage message={restore.error} />
            {overview.value.backups.length === 0 ? (
              <EmptyState title="自动备份文件夹中还没有备份。">
                <p>开启自动备份后，下次锁定或退出时会自动写入第一份。</p>
              </EmptyState>
            ) : (
              <BackupTable backups={overview.value.backups} caption="自动备份列表" onRestore={(backup) => restore.setChoices([backup])} />
            )}
          </section>
          <AutoBackupCard overview={overview.value} onChanged={reload} />
        </>
      )}
      <FullCheckCard onRestore={() => void restore.pick()} />
      {restore.choices && (
        <RestoreDialog
          choices={restore.choices}
          initialUsername={session.username}
          onClose={() => restore.setChoices(null)}
          // The core has locked the session; the app moves to the unlock screen (session.locked).
          onRestored={() => void refreshSession()}
        />
      )}
    </div>
  )
}
