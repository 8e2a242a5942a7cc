import { useState, type FormEvent } from 'react'
import type { BackupSummary, RestoreResult } from '../../../../shared/ipc/channels/backup'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'
import { TextField } from '../../components/TextField'
import { UsernameField } from '../../components/UsernameField'
import { describeBackup, newestUsable } from './describeBackup'

interface RestoreDialogProps {
  /** The backups to choose from (one when a row's 恢复… was pressed), newest first. */
  choices: readonly BackupSummary[]
  initialUsername?: string
  /** False on the first-run screen: there is no current data to replace or keep aside. */
  replacesCurrentData?: boolean
  onClose: () => void
  onRestored: (result: RestoreResult, username: string) => void
}

/**
 * Confirms a restore and asks for the credentials that open the backup: those valid when
 * it was made. Says plainly what happens to the current data (kept aside, never deleted).
 */
export function RestoreDialog({ choices, initialUsername = '', replacesCurrentData = true, onClose, onRestored }: RestoreDialogProps) {
  const [chosenId, setChosenId] = useState(() => (newestUsable(choices) ?? choices[0])?.id ?? '')
  const [username, setUsername] = useState(initialUsername)
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const chosen = choices.find((backup) => backup.id === chosenId)
  const usable = chosen !== undefined && chosen.verified && chosen.problem === null

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy || !chosen || !usable) return
    setError(null)
    setBusy(true)
    const result = await call('backup.restore', { backupId: chosen.id, username, password })
    setBusy(false)
    if (result.ok) {
      onRestored(result.value, username)
      return
    }
    setError(result.error.code === 'AUTH_FAILED' ? `${result.error.message}请使用制作这份备份时有效的密码。` : result.error.message)
    if (result.error.code === 'AUTH_FAILED') setPassword('')
  }

  return (
    <Dialog title="从备份恢复" onClose={onClose} busy={busy} size="wide">
      <form className="form" onSubmit={submit} noValidate>
        {choices.length > 1 ? (
          <div className="field">
            <label htmlFor="restore-backup">选择备份</label>
            <select id="restore-backup" value={chosenId} onChange={(event) => setChosenId(event.target.value)} disabled={busy}>
              {choices.map((backup) => (
                <option key={backup.id} value={backup.id} disabled={!backup.verified || backup.problem !== null}>
                  {describeBackup(backup)}
                </option>
              ))}
            </select>
          </div>
        ) : (
          chosen && (
            <dl className="detail-list">
              <dt>备份</dt>
              <dd>{describeBackup(chosen)}</dd>
            </dl>
          )
        )}
        <ul className="plain-list">
          {replacesCurrentData ? (
            <>
              <li>恢复会用这份备份替换本机当前的全部数据，备份之后的修改将不再显示。</li>
              <li>当前数据不会删除：它会原样另存在数据文件夹中（名为 vault.before-restore-日期-时间）。</li>
            </>
          ) : (
            <li>本机还没有数据：恢复后，用备份中的账号和密码解锁即可继续使用。</li>
          )}
          <li>恢复前先完整校验备份；备份损坏或来自更新版本时，不做任何改动。</li>
        </ul>
        <p className="notice" id="restore-password-note">
          请输入<strong>制作这份备份时</strong>有效的管理员用户名和密码。此后修改过的密码对这份备份无效。
        </p>
        <div className="form-grid">
          <UsernameField id="restore-username" label="用户名" value={username} onChange={setUsername} autoComplete="username" disabled={busy} />
          <TextField
            id="restore-password"
            label="制作备份时的密码"
            type="password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            autoComplete="current-password"
            aria-describedby="restore-password-note"
            // The user name is known after a failed unlock: start at the password.
            data-autofocus={initialUsername !== '' || undefined}
            required
            disabled={busy}
          />
        </div>
        <ErrorMessage message={error} />
        {busy && <StatusMessage tone="busy">正在校验备份并恢复…请勿拔出存储设备。</StatusMessage>}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            取消
          </button>
          <button type="submit" className="button button-danger" disabled={busy || !usable || username.trim() === '' || password === ''}>
            校验并恢复
          </button>
        </div>
      </form>
    </Dialog>
  )
}
