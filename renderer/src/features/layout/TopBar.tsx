import { describeRoles } from '../../lib/describeRoles'
import { useSession } from '../session/SessionContext'
import { BrandMark } from '../../components/BrandMark'
import { TopBarSearch } from '../search/TopBarSearch'

/** Brand, committee, the search box (Ctrl+K), who is signed in, and the lock button (also Ctrl+L). */
export function TopBar() {
  const { session, lock } = useSession()
  return (
    <header className="top-bar">
      <div className="top-bar-brand">
        <BrandMark />
        <span className="top-bar-committee" title={session.committeeName}>
          {session.committeeShortName}
        </span>
      </div>
      <TopBarSearch />
      <div className="top-bar-user">
        <span className="top-bar-name">{session.displayName}</span>
        <span className="top-bar-roles">{describeRoles(session.roles, session.personnelGrant)}</span>
        <button type="button" className="button button-secondary button-small" onClick={() => lock('manual')} title="锁定（Ctrl+L）" aria-keyshortcuts="Control+L">
          锁定
        </button>
      </div>
    </header>
  )
}
