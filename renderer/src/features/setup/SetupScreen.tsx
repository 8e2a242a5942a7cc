import { useRef, useState, type FormEvent } from 'react'
import type { RestoreResult } from '../../../../shared/ipc/channels/backup'
import { call } from '../../api/client'
import { AuthScreen } from '../../components/AuthScreen'
import { ErrorMessage } from '../../components/ErrorMessage'
import { NewPasswordFields } from '../../components/NewPasswordFields'
import { StatusMessage } from '../../components/StatusMessage'
import { TextField } from '../../components/TextField'
import { usernameRule, UsernameField } from '../../components/UsernameField'
import { newPasswordProblem } from '../../lib/newPasswordProblem'
import { RestoreDialog } from '../backup/RestoreDialog'
import { useRestorePicker } from '../backup/useRestorePicker'

interface SetupScreenProps {
  /** The vault exists now; `username` is the administrator's, to pre-fill the unlock form. */
  onCreated: (username: string) => void
  /** A backup (e.g. from the old computer) became this machine's vault. */
  onRestored: (result: RestoreResult, username: string) => void
}

/** First run: names the committee and creates the administrator and the encrypted vault. */
export function SetupScreen({ onCreated, onRestored }: SetupScreenProps) {
  const restore = useRestorePicker()
  const [committeeName, setCommitteeName] = useState('')
  const [committeeShortName, setCommitteeShortName] = useState('')
  const [username, setUsername] = useState('')
  const [displayName, setDisplayName] = useState('')
  const [password, setPassword] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const passwordRef = useRef<HTMLInputElement>(null)
  const confirmationRef = useRef<HTMLInputElement>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const problem = newPasswordProblem(password, confirmation)
    if (problem) {
      setError(problem.message)
      ;(problem.field === 'password' ? passwordRef : confirmationRef).current?.focus()
      return
    }
    setError(null)
    setBusy(true)
    const result = await call('vault.create', {
      committeeName,
      committeeShortName,
      admin: { username, displayName, password },
    })
    setBusy(false)
    if (result.ok) onCreated(username.trim().toLowerCase())
    else setError(result.error.message)
  }

  return (
    <AuthScreen wide>
      <h1 className="auth-title">首次使用：创建加密数据库</h1>
      <p className="auth-lead">本机还没有议事录数据库。请填写本单位名称并设置管理员账号，议事录将在本机创建一个加密的数据库。</p>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="form-section">
          <legend>单位</legend>
          <div className="form-grid form-grid-name">
            <TextField id="setup-committee-name" label="党委全称" placeholder="中共示例区委员会" value={committeeName} onChange={(event) => setCommitteeName(event.target.value)} maxLength={64} autoFocus required />
            <TextField id="setup-committee-short-name" label="简称" placeholder="示例区委" value={committeeShortName} onChange={(event) => setCommitteeShortName(event.target.value)} maxLength={32} required />
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>管理员账号</legend>
          <div className="form-grid">
            <UsernameField id="setup-admin-username" label="管理员用户名" hint={usernameRule} value={username} onChange={setUsername} autoComplete="username" maxLength={32} />
            <TextField id="setup-admin-display-name" label="管理员姓名" value={displayName} onChange={(event) => setDisplayName(event.target.value)} maxLength={32} required />
          </div>
          <NewPasswordFields
            password={password}
            confirmation={confirmation}
            onPasswordChange={setPassword}
            onConfirmationChange={setConfirmation}
            passwordLabel="密码"
            confirmationLabel="确认密码"
            passwordRef={passwordRef}
            confirmationRef={confirmationRef}
            sideBySide
          />
        </fieldset>
        <div className="notice">
          <p>
            管理员账号最初也是<strong>记录员</strong>（可以记录会议），并持有<strong>干部任免</strong>权限（可以打开干部任免专用记录本）；之后可在“设置 → 用户管理”中调整，把这些工作交给其他用户。
          </p>
          <p>
            <strong>密码忘记后无法找回：</strong>数据用这个密码加密，任何人都无法绕过。请把密码抄写下来，妥善保管。
          </p>
        </div>
        <ErrorMessage message={error} />
        {busy && <StatusMessage tone="busy">正在创建加密数据库…</StatusMessage>}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            创建数据库
          </button>
        </div>
      </form>
      <section className="setup-restore" aria-labelledby="setup-restore-title">
        <h2 id="setup-restore-title" className="auth-section-title">
          已有备份？
        </h2>
        <p className="auth-lead">换了新电脑时，可以直接从原来的备份（例如 U 盘上的备份文件夹）恢复，不必新建数据库。需要制作备份时有效的管理员用户名和密码。</p>
        <ErrorMessage message={restore.error} />
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={() => void restore.pick()} disabled={restore.picking || busy}>
            从备份恢复…
          </button>
        </div>
      </section>
      {restore.choices && <RestoreDialog choices={restore.choices} replacesCurrentData={false} onClose={() => restore.setChoices(null)} onRestored={onRestored} />}
    </AuthScreen>
  )
}
