import { useRef, useState, type FormEvent } from 'react'
import type { SessionInfo } from '../../../../shared/ipc/channels/auth'
import { problemOf, type VaultRefusal } from '../startup/startScreen'
import type { LockReason } from '../../../../shared/ipc/contract'
import { call } from '../../api/client'
import { AuthScreen } from '../../components/AuthScreen'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'
import { TextField } from '../../components/TextField'
import { UsernameField } from '../../components/UsernameField'
import { lockReasonText } from './lockReasonText'
import { retryAfterSeconds } from './retryAfterSeconds'
import { useCountdown } from './useCountdown'

interface UnlockScreenProps {
  reason: LockReason | null
  initialUsername: string
  notice: string | null
  onUnlocked: (session: SessionInfo) => void
  /** The password was right but a store would not open: show the damaged screen. */
  onDamaged: (username: string, refusal: VaultRefusal | null) => void
}

/** User name and password open the vault. Wrong passwords are throttled by the core. */
export function UnlockScreen({ reason, initialUsername, notice, onUnlocked, onDamaged }: UnlockScreenProps) {
  const [username, setUsername] = useState(initialUsername)
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [showNotice, setShowNotice] = useState(true)
  const passwordRef = useRef<HTMLInputElement>(null)
  const [secondsLeft, startWait] = useCountdown(() => {
    // The wait is over: the throttle message no longer applies; back to the password.
    setError(null)
    passwordRef.current?.focus()
  })
  const blocked = secondsLeft > 0
  const reasonText = lockReasonText(reason)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy || blocked) return
    setError(null)
    setShowNotice(false)
    setBusy(true)
    const result = await call('auth.unlock', { username, password })
    setBusy(false)
    if (result.ok) {
      onUnlocked(result.value)
      return
    }
    // A damaged, tampered or rolled-back vault: the screen that offers a backup.
    if (result.error.code === 'VAULT_DAMAGED' || result.error.code === 'VAULT_TAMPERED' || result.error.code === 'VAULT_ROLLED_BACK') {
      onDamaged(username, result.error.code === 'VAULT_DAMAGED' ? null : { code: result.error.code, message: result.error.message, problem: problemOf(result.error.details) })
      return
    }
    setError(result.error.message)
    if (result.error.code === 'AUTH_THROTTLED') startWait(retryAfterSeconds(result.error))
    // A wrong password is cleared for the next try; a throttled one was never checked.
    if (result.error.code === 'AUTH_FAILED') setPassword('')
    passwordRef.current?.focus()
  }

  return (
    <AuthScreen brandIsHeading>
      <p className="auth-lead">请输入用户名和密码解锁。</p>
      {reasonText && (
        <StatusMessage tone="info" id="lock-reason">
          {reasonText}
        </StatusMessage>
      )}
      {notice && showNotice && <StatusMessage tone="success">{notice}</StatusMessage>}
      <form className="form" onSubmit={submit} noValidate>
        <UsernameField id="unlock-username" label="用户名" value={username} onChange={setUsername} autoComplete="username" autoFocus={initialUsername === ''} />
        <TextField
          id="unlock-password"
          label="密码"
          type="password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          autoComplete="current-password"
          ref={passwordRef}
          autoFocus={initialUsername !== ''}
          required
        />
        <ErrorMessage message={error} />
        {blocked && (
          <p className="message message-wait" role="timer" aria-live="off">
            还需等待 <strong className="countdown">{secondsLeft}</strong> 秒，之后可以重试。
          </p>
        )}
        {busy && <StatusMessage tone="busy">正在解锁…</StatusMessage>}
        <div className="form-actions">
          <button type="submit" className="button button-primary button-block" disabled={busy || blocked}>
            解锁
          </button>
        </div>
      </form>
    </AuthScreen>
  )
}
