import { useState } from 'react'
import type { KeyRotation } from '../../../../shared/ipc/channels/keys'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'

interface KeyRotationDialogProps {
  /** Whether this administrator holds the 干部任免 grant (and so the personnel store's key). */
  holdsPersonnelKey: boolean
  onClose: () => void
  onRotated: (rotation: KeyRotation) => void
}

/** Confirms 更换数据密钥, saying what it changes and what it does not. */
export function KeyRotationDialog({ holdsPersonnelKey, onClose, onRotated }: KeyRotationDialogProps) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function confirm() {
    setError(null)
    setBusy(true)
    const result = await call('vault.rotateKeys')
    setBusy(false)
    if (result.ok) onRotated(result.value)
    else setError(result.error.message)
  }

  return (
    <Dialog title="更换数据密钥" onClose={onClose} busy={busy}>
      <p>确定现在更换数据密钥吗？</p>
      <ul className="plain-list">
        <li>{holdsPersonnelKey ? '主数据库和干部任免专用记录本' : '主数据库'}将用新的随机密钥重新加密，所有在用用户自动获得新密钥，密码不变。</li>
        {!holdsPersonnelKey && <li>您不持有干部任免权限，专用记录本的密钥不会更换；如需更换，请由持有该权限的管理员操作。</li>}
        <li>更换前制作的备份仍使用旧密钥，并随备份中的密钥文件一起保存，可照常恢复。</li>
        <li>更换期间请勿关闭议事录；数据量大时可能需要一些时间。</li>
      </ul>
      <ErrorMessage message={error} />
      {busy && <StatusMessage tone="busy">正在更换数据密钥…</StatusMessage>}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose} disabled={busy} data-autofocus>
          取消
        </button>
        <button type="button" className="button button-danger" onClick={confirm} disabled={busy}>
          确认更换
        </button>
      </div>
    </Dialog>
  )
}
