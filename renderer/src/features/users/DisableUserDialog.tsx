import { useState } from 'react'
import type { UserDisabled, UserSummary } from '../../../../shared/ipc/channels/users'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'
import { DisabledResult } from './DisabledResult'

interface DisableUserDialogProps {
  user: UserSummary
  onClose: () => void
  onDisabled: (user: UserSummary) => void
}

/** Confirms 停用, saying plainly what it does to the user's keys and to the backups made before. */
export function DisableUserDialog({ user, onClose, onDisabled }: DisableUserDialogProps) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<UserDisabled | null>(null)

  async function confirm() {
    setError(null)
    setBusy(true)
    const result = await call('users.disable', { id: user.id })
    setBusy(false)
    if (result.ok) setDone(result.value)
    else setError(result.error.message)
  }

  if (done) return <DisabledResult disabled={done} onClose={() => onDisabled(done.user)} />

  return (
    <Dialog title="停用用户" onClose={onClose} busy={busy}>
      <p>
        确定停用 <strong>{user.displayName}</strong>（{user.username}）吗？
      </p>
      <ul className="plain-list">
        <li>该用户的密钥将从密钥文件中删除：停用后无法再用本机的议事录解锁。</li>
        <li>停用的同时更换数据密钥：该用户原来的密码加上以前的密钥文件副本，也打不开现在的数据。</li>
        <li>停用前的备份仍可用该用户原来的密码打开。停用后可在此删除旧的自动备份；备份到 U 盘等处的副本请自行处理。</li>
        <li>该用户经手的记录和审计日志保留不变。</li>
        <li>以后如需重新启用，须由管理员为其设置新的初始密码。</li>
      </ul>
      <ErrorMessage message={error} />
      {busy && <StatusMessage tone="busy">正在停用并更换数据密钥…</StatusMessage>}
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
