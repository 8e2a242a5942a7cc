import { roleLabels } from '../../../../shared/auth/roles'
import type { UserSummary } from '../../../../shared/ipc/channels/users'
import { userStatus } from './userStatus'

export type UserAction = 'edit' | 'disable' | 'reset' | 'enable'

interface UsersTableProps {
  users: readonly UserSummary[]
  currentUserId: string
  onAction: (action: UserAction, user: UserSummary) => void
}

/** Everyone with an account, with the actions that make sense for each. */
export function UsersTable({ users, currentUserId, onAction }: UsersTableProps) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">用户列表</caption>
        <thead>
          <tr>
            <th scope="col">姓名</th>
            <th scope="col">用户名</th>
            <th scope="col">角色</th>
            <th scope="col" className="cell-center">
              干部任免
            </th>
            <th scope="col">状态</th>
            <th scope="col" className="cell-actions">
              操作
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const self = user.id === currentUserId
            const status = userStatus(user)
            return (
              <tr key={user.id} className={user.disabled ? 'row-muted' : undefined}>
                <th scope="row" className="cell-name">
                  {user.displayName}
                  {self && <span className="tag">本人</span>}
                </th>
                <td>{user.username}</td>
                <td>{user.roles.map((role) => roleLabels[role]).join('、')}</td>
                <td className="cell-center">
                  {user.personnelGrant && (
                    <span className="check-mark" role="img" aria-label="持有干部任免权限">
                      ✓
                    </span>
                  )}
                </td>
                <td>
                  <span className={`badge badge-${status.tone}`}>{status.label}</span>
                </td>
                <td className="cell-actions">
                  <div className="row-actions">
                    <button type="button" className="button button-small button-secondary" onClick={() => onAction('edit', user)}>
                      编辑
                    </button>
                    {user.disabled ? (
                      <button type="button" className="button button-small button-secondary" onClick={() => onAction('enable', user)}>
                        重新启用
                      </button>
                    ) : (
                      !self && (
                        <>
                          <button type="button" className="button button-small button-secondary" onClick={() => onAction('reset', user)}>
                            重置密码
                          </button>
                          <button type="button" className="button button-small button-danger-quiet" onClick={() => onAction('disable', user)}>
                            停用
                          </button>
                        </>
                      )
                    )}
                  </div>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
