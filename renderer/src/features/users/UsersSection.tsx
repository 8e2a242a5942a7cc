import { useState } from 'react'
import type { UserSummary } from '../../../../shared/ipc/channels/users'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { StatusMessage } from '../../components/StatusMessage'
import { useLoad } from '../../lib/useLoad'
import { useSession } from '../session/SessionContext'
import { DisableUserDialog } from './DisableUserDialog'
import { ResetPasswordDialog } from './ResetPasswordDialog'
import { UserFormDialog } from './UserFormDialog'
import { UsersTable, type UserAction } from './UsersTable'

const loadUsers = () => call('users.list')

type OpenDialog = { kind: 'create' } | { kind: UserAction; user: UserSummary }

/** 设置 → 用户管理 (users.manage): the user list and its dialogs. */
export function UsersSection() {
  const { session, refreshSession } = useSession()
  const [users, reload] = useLoad(loadUsers)
  const [dialog, setDialog] = useState<OpenDialog | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  function finished(message: string) {
    return (user: UserSummary) => {
      setDialog(null)
      setNotice(message.replace('{name}', `${user.displayName}（${user.username}）`))
      reload()
      if (user.id === session.userId) void refreshSession()
    }
  }

  function open(next: OpenDialog) {
    setNotice(null)
    setDialog(next)
  }

  return (
    <section className="card" aria-labelledby="users-title">
      <div className="card-header">
        <h2 id="users-title">用户管理</h2>
        <button type="button" className="button button-primary" onClick={() => open({ kind: 'create' })}>
          新建用户
        </button>
      </div>
      <p className="card-note">新用户和被重置密码的用户，首次解锁时须修改初始密码。停用用户会删除其密钥。</p>
      {notice && <StatusMessage tone="success">{notice}</StatusMessage>}
      {users.status === 'loading' && <LoadingIndicator />}
      {users.status === 'error' && <ErrorMessage message={users.error.message} />}
      {users.status === 'ready' && <UsersTable users={users.value} currentUserId={session.userId} onAction={(kind, user) => open({ kind, user })} />}

      {dialog?.kind === 'create' && <UserFormDialog onClose={() => setDialog(null)} onSaved={finished('已新建用户 {name}。请把初始密码告知本人，首次解锁时须修改。')} />}
      {dialog?.kind === 'edit' && <UserFormDialog user={dialog.user} onClose={() => setDialog(null)} onSaved={finished('已保存对 {name} 的修改。')} />}
      {dialog?.kind === 'disable' && <DisableUserDialog user={dialog.user} onClose={() => setDialog(null)} onDisabled={finished('已停用 {name}，其密钥已删除。')} />}
      {dialog?.kind === 'reset' && <ResetPasswordDialog user={dialog.user} onClose={() => setDialog(null)} onDone={finished('已重置 {name} 的密码。')} />}
      {dialog?.kind === 'enable' && <ResetPasswordDialog user={dialog.user} onClose={() => setDialog(null)} onDone={finished('已重新启用 {name}，并设置了新的初始密码。')} />}
    </section>
  )
}
