import { describe, expect, it } from 'vitest'
import { can, permissionsOf } from '../../../shared/auth/roles'

describe('roles and permissions', () => {
  it('administrator manages users, settings, audit and backups but does not record meetings', () => {
    const admin = { roles: ['admin'] as const, personnelGrant: false }
    expect(can(admin, 'users.manage')).toBe(true)
    expect(can(admin, 'audit.read')).toBe(true)
    expect(can(admin, 'records.write')).toBe(false)
    expect(can(admin, 'personnel.access')).toBe(false)
  })

  it('recorder writes records; reader only reads', () => {
    expect(can({ roles: ['recorder'], personnelGrant: false }, 'records.write')).toBe(true)
    expect(can({ roles: ['reader'], personnelGrant: false }, 'records.write')).toBe(false)
    expect(can({ roles: ['reader'], personnelGrant: false }, 'records.read')).toBe(true)
    expect(can({ roles: ['reader'], personnelGrant: false }, 'users.manage')).toBe(false)
  })

  it('the personnel grant combines with any role', () => {
    expect([...permissionsOf({ roles: ['reader'], personnelGrant: true })].sort()).toEqual(['personnel.access', 'records.read'])
    expect(can({ roles: ['admin', 'recorder'], personnelGrant: true }, 'personnel.access')).toBe(true)
  })
})
