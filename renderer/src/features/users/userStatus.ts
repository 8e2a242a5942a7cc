import type { UserSummary } from '../../../../shared/ipc/channels/users'

export type UserStatus = { label: '启用' | '停用' | '须改密码'; tone: 'ok' | 'off' | 'warn' }

/** 停用 wins over 须改密码 (a disabled user has no password at all). */
export function userStatus(user: Pick<UserSummary, 'disabled' | 'mustChangePassword'>): UserStatus {
  if (user.disabled) return { label: '停用', tone: 'off' }
  if (user.mustChangePassword) return { label: '须改密码', tone: 'warn' }
  return { label: '启用', tone: 'ok' }
}
