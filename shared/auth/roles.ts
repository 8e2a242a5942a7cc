/**
 * Roles and the permissions they carry. A user holds one or more roles; the 干部任免
 * grant is separate because it is backed by a key, not only by a flag.
 */
export const roles = ['admin', 'recorder', 'reader'] as const
export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, string> = {
  admin: '管理员',
  recorder: '记录员',
  reader: '查阅',
}

export const permissions = [
  'users.manage',
  'settings.manage',
  'audit.read',
  'backup.manage',
  'records.read',
  'records.write',
  'personnel.access',
] as const
export type Permission = (typeof permissions)[number]

const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: ['users.manage', 'settings.manage', 'audit.read', 'backup.manage', 'records.read'],
  recorder: ['records.read', 'records.write'],
  reader: ['records.read'],
}

export interface PermissionHolder {
  roles: readonly Role[]
  personnelGrant: boolean
}

export function permissionsOf(holder: PermissionHolder): Set<Permission> {
  const granted = new Set<Permission>(holder.roles.flatMap((role) => rolePermissions[role]))
  if (holder.personnelGrant) granted.add('personnel.access')
  return granted
}

export function can(holder: PermissionHolder, permission: Permission): boolean {
  return permissionsOf(holder).has(permission)
}

export const personnelGrantLabel = '干部任免'
