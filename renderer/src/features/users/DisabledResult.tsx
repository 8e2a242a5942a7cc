import { useState } from 'react'
import { rotatableStoreLabels } from '../../../../shared/ipc/channels/keys'
import type { UserDisabled } from '../../../../shared/ipc/channels/users'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { StatusMessage } from '../../components/StatusMessage'
import { useLoad } from '../../lib/useLoad'

const loadOverview = () => call('backup.overview')

interface DisabledResultProps {
  disabled: UserDisabled
  onClose: () => void
}

/** 停用 done: which keys moved, and the offer to delete the automatic backups that still open with the old password. */
export function DisabledResult({ disabled, onClose }: DisabledResultProps) {
  const { user, rotation } = disabled
  const madeBefore = user.updatedAt
  const [overview] = useLoad(loadOverview)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [removed, setRemoved] = useState<number | null>(null)
  const old = overview.status === 'ready' ? overview.value.backups.filter((backup) => backup.createdAt < madeBefore) : []

  async function removeOld() {
    setError(null)
    setBusy(true)
    const result = await call('backup.removeOldAutomatic', { madeBefore })
    setBusy(false)
    if (result.ok) setRemoved(result.value.removed)
    else setError(result.error.message)
  }

  return (
    <Dialog title="已停用用户" onClose={onClose} busy={busy}>
      <StatusMessage tone="success">
        已停用 {user.displayName}（{user.username}）
        {rotation.rotated.length > 0 && `，并更换了数据密钥：${rotation.rotated.map((store) => rotatableStoreLabels[store]).join('、')}`}。
      </StatusMessage>
      {rotation.personnelSkipped && <p>您不持有干部任免权限，干部任免专用记录本的密钥未更换：请由持有该权限的管理员执行“更换数据密钥”。</p>}
      {overview.status === 'loading' && <LoadingIndicator />}
      {overview.status === 'error' && <ErrorMessage message={overview.error.message} />}
      {removed !== null ? (
        <StatusMessage tone="success">已删除 {removed} 份停用前的自动备份。</StatusMessage>
      ) : (
        overview.status === 'ready' &&
        (old.length > 0 ? (
          <p>
            停用前的 <strong>{old.length}</strong> 份自动备份仍可用该用户原来的密码打开。如不再需要，可以删除（之后的自动备份使用新的密钥）。
          </p>
        ) : (
          <p>自动备份文件夹中没有停用前的备份。</p>
        ))
      )}
      <ErrorMessage message={error} />
      <div className="dialog-actions">
        {removed === null && old.length > 0 && (
          <button type="button" className="button button-danger" onClick={removeOld} disabled={busy}>
            删除 {old.length} 份旧的自动备份
          </button>
        )}
        <button type="button" className="button button-primary" onClick={onClose} disabled={busy} data-autofocus>
          完成
        </button>
      </div>
    </Dialog>
  )
}
