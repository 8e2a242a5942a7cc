import { describeRoles } from '../../lib/describeRoles'
import { useSession } from '../session/SessionContext'
import { ChangePasswordForm } from './ChangePasswordForm'

/** 设置 → 本人账号: who I am, and changing my password. */
export function AccountSection() {
  const { session, updateSession } = useSession()
  return (
    <div className="stack">
      <section className="card" aria-labelledby="account-identity-title">
        <h2 id="account-identity-title">账号信息</h2>
        <dl className="detail-list detail-list-inline">
          <dt>姓名</dt>
          <dd>{session.displayName}</dd>
          <dt>用户名</dt>
          <dd>{session.username}</dd>
          <dt>角色</dt>
          <dd>{describeRoles(session.roles, session.personnelGrant)}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="account-password-title">
        <h2 id="account-password-title">修改密码</h2>
        <p className="card-note">密码用于加密您的密钥，忘记后无法找回，只能由管理员重置为新的初始密码。</p>
        <ChangePasswordForm onChanged={updateSession} successText="密码已修改" />
      </section>
    </div>
  )
}
