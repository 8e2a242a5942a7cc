import { useRef, useState, type FormEvent } from 'react'
import type { UserSummary } from '../../../../shared/ipc/channels/users'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'
import { useSession } from '../session/SessionContext'
import { InitialPasswordField } from './InitialPasswordField'
import { initialPasswordProblem } from '../../lib/newPasswordProblem'

interface ResetPasswordDialogProps {
  user: UserSummary
  onClose: () => void
  onDone: (user: UserSummary) => void
}

/** 重置密码, or 重新启用 for a disabled user: both set a new initial password (users.resetPassword). */
export function ResetPasswordDialog({ user, onClose, onDone }: ResetPasswordDialogProps) {
  const { session } = useSession()
  const enabling = user.disabled
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const passwordRef = useRef<HTMLInputElement>(null)
  const losesGrant = user.personnelGrant && !session.personnelGrant

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const weak = initialPasswordProblem(password)
    if (weak) {
      setError(weak)
      passwordRef.current?.focus()
      return
    }
    setError(null)
    setBusy(true)
    const result = await call('users.resetPassword', { id: user.id, password })
    setBusy(false)
    if (result.ok) onDone(result.value)
    else setError(result.error.message)
  }

  return (
    <Dialog title={enabling ? '重新启用用户' : '重置密码'} onClose={onClose} busy={busy}>
      <form className="form" onSubmit={submit} noValidate>
        <p>
          {enabling ? '重新启用' : '为'} <strong>{user.displayName}</strong>（{user.username}）
          {enabling ? '，并为其设置新的初始密码。' : '设置新的初始密码。原密码立即失效。'}
          该用户下次解锁时须修改密码。
        </p>
        {losesGrant && (
          <p className="message message-warning">
            该用户持有干部任免权限，而您本人不持有：{enabling ? '启用' : '重置'}后该用户的干部任免权限将被取消（如果该用户是唯一的持有者，议事录会拒绝此操作）。
          </p>
        )}
        <InitialPasswordField label="新的初始密码" value={password} onChange={setPassword} inputRef={passwordRef} />
        <ErrorMessage message={error} />
        {busy && <StatusMessage tone="busy">{enabling ? '正在启用…' : '正在重置密码…'}</StatusMessage>}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            取消
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {enabling ? '确认启用' : '确认重置'}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
