import { AuthScreen } from '../../components/AuthScreen'
import { useSession } from '../session/SessionContext'
import { ChangePasswordForm } from './ChangePasswordForm'

/** A user with an initial password must choose their own before anything else. */
export function ForcedPasswordChangeScreen() {
  const { session, updateSession, lock } = useSession()
  return (
    <AuthScreen>
      <h1 className="auth-title">请先修改初始密码</h1>
      <p className="auth-lead">
        {session.displayName}（{session.username}），您正在使用管理员设置的初始密码。请设置只有您自己知道的新密码，然后才能继续使用。
      </p>
      <ChangePasswordForm onChanged={updateSession} autoFocus />
      <div className="auth-secondary">
        <button type="button" className="button button-link" onClick={() => lock('manual')}>
          暂不修改，锁定
        </button>
      </div>
    </AuthScreen>
  )
}
