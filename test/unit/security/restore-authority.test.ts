import { afterEach, describe, expect, it } from 'vitest'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { fingerprint } from '../../support/backup'
import { adminPassword, createdVault, removeDir, type TestCore } from '../../support/vault'

/*
 * Issue 13, item 5: backup.restore is public. A disabled administrator restores an older
 * automatic backup in which they were still administrator, and unlocks with that role. A
 * restore over an existing vault now needs an administrator of that vault; a new computer
 * (no vault) still restores with the backup's administrator alone.
 */

let core: TestCore
afterEach(() => {
  core.context.lock('manual')
  removeDir(core.dataDir)
})

const wangPassword = 'Wangfu#Mima2026'

/** A second administrator 王副, an automatic backup while they are one (on lock), then disabled. */
async function disabledAdministratorWithOldBackup(): Promise<string> {
  core = await createdVault()
  await core.call('auth.unlock', { username: 'admin', password: adminPassword })
  const wang = await core.call('users.create', { username: 'wangfu', displayName: '王副', roles: ['admin'], personnelGrant: false, password: 'Chushi#Mima2026' })
  core.context.lock('manual')
  await core.call('auth.unlock', { username: 'wangfu', password: 'Chushi#Mima2026' })
  await core.call('auth.changePassword', { currentPassword: 'Chushi#Mima2026', newPassword: wangPassword })
  core.context.lock('manual') // the automatic backup on lock: 王副 is an administrator in it
  const taken = (await core.call('backup.listRestorable')).backups[0]!.id
  core.clock.advance(60_000)
  await core.call('auth.unlock', { username: 'admin', password: adminPassword })
  await core.call('users.disable', { id: wang.id })
  core.context.lock('manual')
  return taken
}

describe('restoring over an existing vault', () => {
  it('a disabled administrator cannot bring back a backup from when they were one (locked, damaged-vault screen)', async () => {
    const oldest = await disabledAdministratorWithOldBackup()
    const before = fingerprint(vaultPaths(core.dataDir).dir)
    const result = await core.raw('backup.restore', { backupId: oldest, username: 'wangfu', password: wangPassword })
    expect(result).toMatchObject({ ok: false, error: { code: 'RESTORE_FORBIDDEN', message: expect.stringContaining('当前数据未作任何改动') } })
    expect(fingerprint(vaultPaths(core.dataDir).dir)).toEqual(before)
    expect(await core.raw('auth.unlock', { username: 'wangfu', password: wangPassword })).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } })
  })

  it('nor can a 查阅 user who is an administrator in the backup restore from an open session', async () => {
    const oldest = await disabledAdministratorWithOldBackup()
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const zhao = await core.call('users.create', { username: 'zhao', displayName: '赵查阅', roles: ['reader'], personnelGrant: false, password: 'Chushi#Mima2026' })
    core.context.lock('manual')
    await core.call('auth.unlock', { username: 'zhao', password: 'Chushi#Mima2026' })
    await core.call('auth.changePassword', { currentPassword: 'Chushi#Mima2026', newPassword: 'Chaxun#Mima2026' })
    expect(zhao.roles).toEqual(['reader'])
    const before = fingerprint(vaultPaths(core.dataDir).dir)
    // The backup's administrator's credentials, from a session of a user who is not one here.
    expect(await core.raw('backup.restore', { backupId: oldest, username: 'admin', password: adminPassword })).toMatchObject({ ok: false, error: { code: 'RESTORE_FORBIDDEN' } })
    expect(core.context.session?.user.username).toBe('zhao')
    expect(fingerprint(vaultPaths(core.dataDir).dir)).toEqual(before)
  })

  it('an enabled administrator of the current vault restores it while locked, and the restored vault records it', async () => {
    const oldest = await disabledAdministratorWithOldBackup()
    const restored = await core.call('backup.restore', { backupId: oldest, username: 'admin', password: adminPassword })
    expect(restored.keptAsideAt).toContain('vault.before-restore-')
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const audit = await core.call('audit.list', { filter: { action: 'backup.restore' } })
    expect(audit.map((entry) => entry.summary)).toEqual([expect.stringContaining('本数据库恢复自')])
  })

  it('a new computer (no vault) restores with the backup’s administrator alone', async () => {
    const oldest = await disabledAdministratorWithOldBackup()
    const backups = await core.call('backup.listRestorable')
    expect(backups.backups.some((backup) => backup.id === oldest)).toBe(true)
    removeDir(vaultPaths(core.dataDir).dir)
    expect(await core.call('backup.restore', { backupId: oldest, username: 'admin', password: adminPassword })).toMatchObject({ keptAsideAt: null })
  })
})
