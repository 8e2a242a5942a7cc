import { personnelGrantLabel, roleLabels, type Role } from '../../../shared/auth/roles'

/** "管理员、记录员" plus "、干部任免" when the grant is held. */
export function describeRoles(roles: readonly Role[], personnelGrant: boolean): string {
  const names = roles.map((role) => roleLabels[role] ?? role)
  if (personnelGrant) names.push(personnelGrantLabel)
  return names.join('、')
}
