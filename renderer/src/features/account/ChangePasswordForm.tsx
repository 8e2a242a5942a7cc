import { useRef, useState, type FormEvent } from 'react'
import type { SessionInfo } from '../../../../shared/ipc/channels/auth'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { NewPasswordFields } from '../../components/NewPasswordFields'
import { StatusMessage } from '../../components/StatusMessage'
import { TextField } from '../../components/TextField'
import { newPasswordProblem } from '../../lib/newPasswordProblem'

interface ChangePasswordFormProps {
  onChanged: (session: SessionInfo) => void
  /** Shown after success, when the form stays on screen. */
  successText?: string
  autoFocus?: boolean
  submitLabel?: string
}

/** 当前密码, 新密码 (rules checked live) and its confirmation → auth.changePassword. */
export function ChangePasswordForm({ onChanged, successText, autoFocus = false, submitLabel = '修改密码' }: ChangePasswordFormProps) {
  const [currentPassword, setCurrentPassword] = useState('')
  const [newPassword, setNewPassword] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState(false)
  const currentRef = useRef<HTMLInputElement>(null)
  const newRef = useRef<HTMLInputElement>(null)
  const confirmationRef = useRef<HTMLInputElement>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    setDone(false)
    if (currentPassword === '') {
      setError('请输入当前密码。')
      currentRef.current?.focus()
      return
    }
    const problem = newPasswordProblem(newPassword, confirmation)
    if (problem) {
      setError(problem.message)
      ;(problem.field === 'password' ? newRef : confirmationRef).current?.focus()
      return
    }
    setError(null)
    setBusy(true)
    const result = await call('auth.changePassword', { currentPassword, newPassword })
    setBusy(false)
    if (!result.ok) {
      setError(result.error.message)
      if (result.error.code === 'PASSWORD_MISMATCH') {
        setCurrentPassword('')
        currentRef.current?.focus()
      } else {
        newRef.current?.focus()
      }
      return
    }
    setCurrentPassword('')
    setNewPassword('')
    setConfirmation('')
    setDone(true)
    onChanged(result.value)
  }

  return (
    <form className="form form-narrow" onSubmit={submit} noValidate>
      <TextField
        id="change-password-current"
        label="当前密码"
        type="password"
        autoComplete="current-password"
        value={currentPassword}
        onChange={(event) => setCurrentPassword(event.target.value)}
        ref={currentRef}
        autoFocus={autoFocus}
        required
      />
      <NewPasswordFields
        password={newPassword}
        confirmation={confirmation}
        onPasswordChange={setNewPassword}
        onConfirmationChange={setConfirmation}
        passwordRef={newRef}
        confirmationRef={confirmationRef}
      />
      <ErrorMessage message={error} />
      {busy && <StatusMessage tone="busy">正在修改密码…</StatusMessage>}
      {done && successText && <StatusMessage tone="success">{successText}</StatusMessage>}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  )
}
