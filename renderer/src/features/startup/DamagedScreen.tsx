import { AuthScreen } from '../../components/AuthScreen'

/**
 * The vault exists but cannot be opened. Says so plainly, where it is, and that nothing
 * was deleted. Restore from backup comes in a later version, so there is no button here.
 */
export function DamagedScreen({ location }: { location: string }) {
  return (
    <AuthScreen wide>
      <h1 className="auth-title">数据库文件已损坏或不完整</h1>
      <div role="alert" className="message message-error">
        议事录无法打开本机的加密数据库。
      </div>
      <dl className="detail-list">
        <dt>数据库位置</dt>
        <dd>
          <code className="path">{location}</code>
        </dd>
      </dl>
      <p>原有文件没有被删除，也没有被改动。请不要删除或移动这个文件夹。</p>
      <p>从备份恢复的功能将在以后的版本中提供。在此之前，请联系本单位的系统管理员，并保留该文件夹的完整副本。</p>
    </AuthScreen>
  )
}
