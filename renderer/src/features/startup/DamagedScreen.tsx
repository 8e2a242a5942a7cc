import type { RestoreResult } from '../../../../shared/ipc/channels/backup'
import { call } from '../../api/client'
import { AuthScreen } from '../../components/AuthScreen'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import { describeBackup, newestUsable } from '../backup/describeBackup'
import { RestoreDialog } from '../backup/RestoreDialog'
import { useRestorePicker } from '../backup/useRestorePicker'
import type { VaultRefusal } from './startScreen'

interface DamagedScreenProps {
  location: string
  /** Known when the damage showed at unlock: the restore form starts with it. */
  username: string
  /** How the damage showed, when it did during a session. */
  notice: string | null
  /** Unlock found tampering or a rollback rather than a damaged file. */
  refusal: VaultRefusal | null
  onRestored: (result: RestoreResult, username: string) => void
}

const loadRestorable = () => call('backup.listRestorable')

/**
 * The vault exists but cannot be opened. Says so plainly, where it is, that nothing was
 * deleted, and offers the automatic backup the core picks (the newest that holds the work the vault
 * signed for, backup/backup-head.ts) or one from a folder the user picks.
 */
const refusalTitles: Record<VaultRefusal['code'], string> = {
  VAULT_TAMPERED: '密钥文件有未经授权的改动',
  VAULT_ROLLED_BACK: '数据库比上次锁定时旧',
}

export function DamagedScreen({ location, username, notice, refusal, onRestored }: DamagedScreenProps) {
  const [restorable] = useLoad(loadRestorable)
  const restore = useRestorePicker()
  // The core's pick: the newest backup that still holds the work the vault signed for (a rolled-back vault's).
  const newest = restorable.status === 'ready' ? (restorable.value.backups.find((backup) => backup.id === restorable.value.offeredId) ?? newestUsable(restorable.value.backups)) : undefined

  return (
    <AuthScreen wide>
      <h1 className="auth-title">{refusal ? refusalTitles[refusal.code] : '数据库文件已损坏或不完整'}</h1>
      <div role="alert" className="message message-error">
        {refusal ? `${refusal.message}${refusal.problem ? `（发现：${refusal.problem}）` : ''}` : (notice ?? '议事录无法打开本机的加密数据库。')}
      </div>
      <dl className="detail-list">
        <dt>数据库位置</dt>
        <dd>
          <code className="path">{location}</code>
        </dd>
      </dl>
      <p>原有文件没有被删除，也没有被改动。请不要删除或移动这个文件夹。可以从备份恢复：恢复前会完整校验备份，损坏的文件会原样另存在旁边，不会删除。</p>

      <h2 className="auth-section-title">从备份恢复</h2>
      {restorable.status === 'loading' && <LoadingIndicator text="正在查找备份…" />}
      {restorable.status === 'error' && <ErrorMessage message={restorable.error.message} />}
      {restorable.status === 'ready' &&
        (newest ? (
          <dl className="detail-list">
            <dt>最新的已校验备份</dt>
            <dd>{describeBackup(newest)}</dd>
            <dt>所在文件夹</dt>
            <dd>
              <code className="path">{restorable.value.folder}</code>
            </dd>
          </dl>
        ) : (
          <EmptyState title="自动备份文件夹中没有可用的备份。">
            <p>
              已查找：<code className="path">{restorable.value.folder}</code>。如有 U 盘上的备份，请插入后点“从其他文件夹选择备份…”。
            </p>
          </EmptyState>
        ))}
      <ErrorMessage message={restore.error} />
      <div className="form-actions">
        {newest && (
          <button type="button" className="button button-primary" onClick={() => restore.setChoices([newest])} autoFocus>
            用这份备份恢复…
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={() => void restore.pick()} disabled={restore.picking}>
          从其他文件夹选择备份…
        </button>
      </div>
      <p className="auth-lead">如无法恢复，请联系本单位的系统管理员，并保留该文件夹的完整副本。</p>
      {restore.choices && <RestoreDialog choices={restore.choices} initialUsername={username} onClose={() => restore.setChoices(null)} onRestored={onRestored} />}
    </AuthScreen>
  )
}
