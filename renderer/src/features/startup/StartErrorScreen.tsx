import { AuthScreen } from '../../components/AuthScreen'
import { ErrorMessage } from '../../components/ErrorMessage'

/** The core could not even say whether a vault exists. */
export function StartErrorScreen({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <AuthScreen>
      <h1 className="auth-title">无法读取数据库状态</h1>
      <ErrorMessage message={message} />
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onRetry} autoFocus>
          重试
        </button>
      </div>
    </AuthScreen>
  )
}
