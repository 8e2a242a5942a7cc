import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { adminPassword, createdVault, removeDir, type TestCore } from '../../support/vault'

let core: TestCore
beforeEach(async () => {
  core = await createdVault()
  await core.call('auth.unlock', { username: 'admin', password: adminPassword })
})
afterEach(() => {
  core.context.lock('manual')
  removeDir(core.dataDir)
})

const initial = 'Chushi#Mima2026'
const adminId = () => core.context.session!.user.id

async function relogin(username: string, password: string) {
  await core.call('auth.lock')
  return core.raw('auth.unlock', { username, password })
}

describe('user administration', () => {
  it('creates a user who must change the initial password before doing anything else', async () => {
    const user = await core.call('users.create', { username: 'JiLu', displayName: '李记录', roles: ['recorder'], personnelGrant: false, password: initial })
    expect(user).toMatchObject({ username: 'jilu', roles: ['recorder'], mustChangePassword: true, disabled: false })
    expect(await core.raw('users.create', { username: 'jilu', displayName: '重名', roles: ['reader'], personnelGrant: false, password: initial })).toMatchObject({ ok: false, error: { code: 'USER_EXISTS' } })
    expect(await relogin('jilu', initial)).toMatchObject({ ok: true, value: { mustChangePassword: true } })
    expect(await core.raw('settings.get')).toMatchObject({ ok: false, error: { code: 'PASSWORD_CHANGE_REQUIRED' } })
    await core.call('auth.changePassword', { currentPassword: initial, newPassword: 'Jilu#Xinmima2026' })
    expect((await core.raw('settings.get')).ok).toBe(true)
    // A recorder may not manage users: enforced in core, not only hidden in the UI.
    expect(await core.raw('users.list')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await core.raw('settings.update', { committeeName: '篡改', committeeShortName: '篡改', idleLockMinutes: 5 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await core.raw('audit.list', { limit: 5 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('refuses a weak initial password with the rule it breaks', async () => {
    const result = await core.raw('users.create', { username: 'ruo', displayName: '弱', roles: ['reader'], personnelGrant: false, password: 'abcdefghij' })
    expect(result).toMatchObject({ ok: false, error: { code: 'PASSWORD_WEAK', message: expect.stringContaining('至少三类') } })
    expect((await core.call('users.list')).map((u) => u.username)).toEqual(['admin'])
  })

  it('disabling removes the user’s keys; a reset re-enables with a new initial password', async () => {
    const user = await core.call('users.create', { username: 'zhao', displayName: '赵查阅', roles: ['reader'], personnelGrant: false, password: initial })
    await core.call('users.disable', { id: user.id })
    expect(await relogin('zhao', initial)).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } })
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const enabled = await core.call('users.resetPassword', { id: user.id, password: 'Zhao#Chongzhi2026' })
    expect(enabled).toMatchObject({ disabled: false, mustChangePassword: true })
    expect(await relogin('zhao', initial)).toMatchObject({ ok: false })
    expect((await relogin('zhao', 'Zhao#Chongzhi2026')).ok).toBe(true)
  })

  it('keeps at least one administrator and one holder of the personnel key', async () => {
    expect(await core.raw('users.disable', { id: adminId() })).toMatchObject({ ok: false, error: { code: 'SELF_CHANGE_FORBIDDEN' } })
    expect(await core.raw('users.update', { id: adminId(), displayName: '王秘书', roles: ['recorder'], personnelGrant: true })).toMatchObject({ ok: false, error: { code: 'SELF_CHANGE_FORBIDDEN' } })
    expect(await core.raw('users.update', { id: adminId(), displayName: '王秘书', roles: ['admin'], personnelGrant: false })).toMatchObject({ ok: false, error: { code: 'LAST_PERSONNEL_HOLDER' } })
    const keeper = await core.call('users.create', { username: 'keeper', displayName: '刘保管', roles: ['recorder'], personnelGrant: true, password: initial })
    // Now the administrator may hand the grant on and give up their own.
    expect((await core.call('users.update', { id: adminId(), displayName: '王秘书', roles: ['admin'], personnelGrant: false })).personnelGrant).toBe(false)
    expect(await core.raw('users.disable', { id: keeper.id })).toMatchObject({ ok: false, error: { code: 'LAST_PERSONNEL_HOLDER' } })
  })

  it('an administrator without the grant cannot hand out the personnel key', async () => {
    const keeper = await core.call('users.create', { username: 'keeper', displayName: '刘保管', roles: ['admin'], personnelGrant: true, password: initial })
    const second = await core.call('users.create', { username: 'second', displayName: '陈秘书', roles: ['admin'], personnelGrant: false, password: initial })
    await relogin('second', initial)
    await core.call('auth.changePassword', { currentPassword: initial, newPassword: 'Chen#Xinmima2026' })
    expect(await core.raw('users.create', { username: 'third', displayName: '周', roles: ['reader'], personnelGrant: true, password: initial })).toMatchObject({ ok: false, error: { code: 'PERSONNEL_KEY_UNAVAILABLE' } })
    expect(await core.raw('users.update', { id: second.id, displayName: '陈秘书', roles: ['admin'], personnelGrant: true })).toMatchObject({ ok: false, error: { code: 'PERSONNEL_KEY_UNAVAILABLE' } })
    // Resetting a holder's password drops their grant when the resetter cannot re-seal it…
    const admin = (await core.call('users.list')).find((u) => u.username === 'admin')!
    expect((await core.call('users.resetPassword', { id: admin.id, password: 'Wang#Chongzhi2026' })).personnelGrant).toBe(false)
    // …and is refused for the last holder, whose key would otherwise be lost for good.
    expect(await core.raw('users.resetPassword', { id: keeper.id, password: 'Liu#Chongzhi2026' })).toMatchObject({ ok: false, error: { code: 'PERSONNEL_KEY_WOULD_BE_LOST' } })
  })

  it('records the acting user on every change', async () => {
    const user = await core.call('users.create', { username: 'zhao', displayName: '赵查阅', roles: ['reader'], personnelGrant: false, password: initial })
    await core.call('users.update', { id: user.id, displayName: '赵查阅', roles: ['reader', 'recorder'], personnelGrant: false })
    await core.call('users.disable', { id: user.id })
    await core.call('settings.update', { committeeName: '中共示例区委员会', committeeShortName: '示例区委', idleLockMinutes: 5 })
    const entries = await core.call('audit.list', { limit: 10 })
    expect(entries.slice(0, 4).map((e) => [e.action, e.userName, e.userId])).toEqual([
      ['settings.update', '王秘书', adminId()],
      ['users.disable', '王秘书', adminId()],
      ['users.update', '王秘书', adminId()],
      ['users.create', '王秘书', adminId()],
    ])
    expect(entries[0]?.summary).toBe('修改设置：闲置自动锁定（分钟）')
    expect(entries[2]?.summary).toContain('查阅 → 查阅、记录员')
  })
})
