import { useRef, useState, type FormEvent } from 'react'
import type { Role } from '../../../../shared/auth/roles'
import type { UserSummary } from '../../../../shared/ipc/channels/users'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'
import { TextField } from '../../components/TextField'
import { usernameRule, UsernameField } from '../../components/UsernameField'
import { useSession } from '../session/SessionContext'
import { InitialPasswordField } from './InitialPasswordField'
import { PersonnelGrantCheckbox } from './PersonnelGrantCheckbox'
import { RoleCheckboxes } from './RoleCheckboxes'
import { initialPasswordProblem } from '../../lib/newPasswordProblem'

interface UserFormDialogProps {
  /** The user to edit; absent to create a new one. */
  user?: UserSummary
  onClose: () => void
  onSaved: (user: UserSummary) => void
}

/** 新建用户 (users.create) or 编辑 (users.update). Nothing changes unless the core accepts it. */
export function UserFormDialog({ user, onClose, onSaved }: UserFormDialogProps) {
  const { session } = useSession()
  const editing = user !== undefined
  const isSelf = user?.id === session.userId
  const [username, setUsername] = useState('')
  const [displayName, setDisplayName] = useState(user?.displayName ?? '')
  const [roles, setRoles] = useState<Role[]>(user?.roles ?? ['recorder'])
  const [personnelGrant, setPersonnelGrant] = useState(user?.personnelGrant ?? false)
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const passwordRef = useRef<HTMLInputElement>(null)

  const unchanged =
    editing && displayName === user.displayName && personnelGrant === user.personnelGrant && roles.length === user.roles.length && roles.every((role) => user.roles.includes(role))

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy || unchanged) return
    if (roles.length === 0) {
      setError('请至少选择一个角色。')
      return
    }
    if (!editing) {
      const weak = initialPasswordProblem(password)
      if (weak) {
        setError(weak)
        passwordRef.current?.focus()
        return
      }
    }
    setError(null)
    setBusy(true)
    const result = editing
      ? await call('users.update', { id: user.id, displayName, roles, personnelGrant })
      : await call('users.create', { username, displayName, roles, personnelGrant, password })
    setBusy(false)
    if (result.ok) onSaved(result.value)
    else setError(result.error.message)
  }

  return (
    <Dialog title={editing ? `编辑用户：${user.displayName}` : '新建用户'} onClose={onClose} busy={busy} size="wide">
      <form className="form" onSubmit={submit} noValidate>
        <div className="form-grid">
          {editing ? (
            <div className="field">
              <span className="field-label">用户名</span>
              <p className="field-static">{user.username}</p>
            </div>
          ) : (
            <UsernameField id="user-form-username" label="用户名" hint={`${usernameRule}；创建后不能修改`} value={username} onChange={setUsername} autoComplete="off" maxLength={32} />
          )}
          <TextField id="user-form-display-name" label="姓名" value={displayName} onChange={(event) => setDisplayName(event.target.value)} maxLength={32} required />
        </div>
        <div className="form-grid">
          <RoleCheckboxes value={roles} onChange={setRoles} locked={isSelf ? { role: 'admin', reason: '不能取消自己的管理员身份' } : undefined} />
          <PersonnelGrantCheckbox checked={personnelGrant} onChange={setPersonnelGrant} cannotGrant={!session.personnelGrant} heldBefore={user?.personnelGrant ?? false} />
        </div>
        {!editing && <InitialPasswordField label="初始密码" value={password} onChange={setPassword} inputRef={passwordRef} />}
        <ErrorMessage message={error} />
        {busy && <StatusMessage tone="busy">{editing ? '正在保存…' : '正在创建用户…'}</StatusMessage>}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            取消
          </button>
          <button type="submit" className="button button-primary" disabled={busy || unchanged}>
            {editing ? '保存修改' : '创建用户'}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
