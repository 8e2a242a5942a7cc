import { useState } from 'react'
import type { UserSummary } from '../../../../shared/ipc/channels/users'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'

interface DisableUserDialogProps {
  user: UserSummary
  onClose: () => void
  onDisabled: (user: UserSummary) => void
}

/** Confirms 停用, saying plainly what it does to the user's keys. */
export function DisableUserDialog({ user, onClose, onDisabled }: DisableUserDialogProps) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function confirm() {
    setError(null)
    setBusy(true)
    const result = await call('users.disable', { id: user.id })
    setBusy(false)
    if (result.ok) onDisabled(result.value)
    else setError(result.error.message)
  }

  return (
    <Dialog title="停用用户" onClose={onClose} busy={busy}>
      <p>
        确定停用 <strong>{user.displayName}</strong>（{user.username}）吗？
      </p>
      <ul className="plain-list">
        <li>该用户的密钥将从密钥文件中删除：停用后无法再用本机的议事录解锁。</li>
        <li>
          停用不会更换数据密钥：停用前的备份和密钥文件副本仍可用该用户原来的密码打开。停用后请在 设置 → 单位与安全 中执行“更换数据密钥”，并删除不再需要的旧备份。
        </li>
        <li>该用户经手的记录和审计日志保留不变。</li>
        <li>以后如需重新启用，须由管理员为其设置新的初始密码。</li>
      </ul>
      <ErrorMessage message={error} />
      {busy && <StatusMessage tone="busy">正在停用…</StatusMessage>}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose} disabled={busy} data-autofocus>
          取消
        </button>
        <button type="button" className="button button-danger" onClick={confirm} disabled={busy}>
          确认停用
        </button>
      </div>
    </Dialog>
  )
}
