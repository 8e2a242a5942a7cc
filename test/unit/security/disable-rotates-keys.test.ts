import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readKeyFile } from '../../../electron/core/vault/keyfile'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { opensWithKey } from '../../../electron/core/vault/rekey'
import { openUserDataKey, unwrapPrivateKey } from '../../../electron/core/vault/user-keys'
import { adminPassword, createdVault, removeDir, type TestCore } from '../../support/vault'

/*
 * Issue 13, item 2: 停用 left the data keys as they were, so an older key file (every backup
 * holds one) and the disabled user's own password opened the current stores, personnel
 * included. 停用 now moves the stores the user could open to new keys in the same step, and
 * taking the 干部任免 grant away moves the personnel book's key.
 */

const password = 'Chushi#Mima2026'
let core: TestCore
afterEach(() => {
  core.context.lock('manual')
  removeDir(core.dataDir)
})

/** What the user's password opens in a key file (the data keys sealed to them there). */
async function keysIn(keyFilePath: string, username: string) {
  const keyFile = readKeyFile(keyFilePath)
  const { entry, privateKey } = await unwrapPrivateKey(keyFile, username, password)
  return { main: openUserDataKey(entry, privateKey, 'main')!, personnel: openUserDataKey(entry, privateKey, 'personnel') }
}

/** The key file of the newest automatic backup (written at lock). */
function backedUpKeyFile(dataDir: string): string {
  const folder = join(dataDir, 'backups')
  const newest = readdirSync(folder).filter((name) => name.startsWith('yishi-backup-')).sort().at(-1)!
  return join(folder, newest, 'keys.json')
}

async function vaultWithHolder(): Promise<{ id: string }> {
  core = await createdVault()
  await core.call('auth.unlock', { username: 'admin', password: adminPassword })
  const user = await core.call('users.create', { username: 'laoli', displayName: '李干事', roles: ['recorder'], personnelGrant: true, password })
  await core.call('settings.update', { committeeName: '中共示例区委员会', committeeShortName: '停用前', idleLockMinutes: 15 })
  core.context.lock('manual')
  return user
}

describe('停用 a user', () => {
  it('moves both stores to new keys: an older key file from a backup and the user’s password open nothing current', async () => {
    const laoli = await vaultWithHolder()
    const oldKeyFile = backedUpKeyFile(core.dataDir)
    expect(existsSync(oldKeyFile)).toBe(true)
    const paths = vaultPaths(core.dataDir)
    const before = await keysIn(oldKeyFile, 'laoli')
    // Before 停用 the backup's key file opens the live stores: the attack the issue describes.
    expect(opensWithKey(paths.main, before.main)).toBe(true)
    expect(opensWithKey(paths.personnel, before.personnel!)).toBe(true)

    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const disabled = await core.call('users.disable', { id: laoli.id })
    expect(disabled).toMatchObject({ user: { disabled: true }, rotation: { rotated: ['main', 'personnel'], personnelSkipped: false } })
    const [latest] = await core.call('audit.list', { limit: 1 })
    expect(latest?.summary).toBe('停用用户 李干事（laoli），并更换数据密钥：主数据库、干部任免专用记录本')
    // The session goes on with the new keys.
    expect((await core.call('settings.get')).committeeShortName).toBe('停用前')
    expect(await core.call('personnel.status')).toEqual({ open: true })
    core.context.lock('manual')

    // The attack: the backup's key file and the disabled user's password, against the current stores.
    expect(opensWithKey(paths.main, before.main)).toBe(false)
    expect(opensWithKey(paths.personnel, before.personnel!)).toBe(false)
    expect(await core.raw('auth.unlock', { username: 'laoli', password })).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } })
    expect(readKeyFile(paths.keyFile).users.some((entry) => entry.userId === laoli.id)).toBe(false)

    // Nothing lost, nobody else locked out, the chain intact.
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    expect((await core.call('settings.get')).committeeShortName).toBe('停用前')
    expect(await core.call('audit.verify')).toMatchObject({ ok: true })
    expect(readKeyFile(paths.keyFile).previous).toBeUndefined()
    expect(readKeyFile(paths.keyFile).users.every((entry) => entry.pendingKeys === undefined)).toBe(true)

    // The dialog's offer: the automatic backups made before 停用 (which still open with the old password) deleted, audited.
    const automatic = (await core.call('backup.overview')).backups
    const old = automatic.filter((backup) => backup.createdAt < disabled.user.updatedAt)
    expect(old.length).toBeGreaterThan(0)
    expect(await core.call('backup.removeOldAutomatic', { madeBefore: disabled.user.updatedAt })).toEqual({ removed: old.length })
    expect(existsSync(oldKeyFile)).toBe(false)
    expect((await core.call('backup.overview')).backups.map((backup) => backup.id)).toEqual(automatic.filter((backup) => !old.includes(backup)).map((backup) => backup.id))
    const [removal] = await core.call('audit.list', { limit: 1 })
    expect(removal).toMatchObject({ action: 'backup.removeOld' })
  })

  it('of a user without the grant moves the main store only', async () => {
    core = await createdVault()
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const reader = await core.call('users.create', { username: 'chayue', displayName: '赵查阅', roles: ['reader'], personnelGrant: false, password })
    const personnelKey = Buffer.from(core.context.session!.vault.personnelKey!)
    const mainKey = Buffer.from(core.context.session!.vault.mainKey)
    expect(await core.call('users.disable', { id: reader.id })).toMatchObject({ rotation: { rotated: ['main'], personnelSkipped: false } })
    core.context.lock('manual')
    const paths = vaultPaths(core.dataDir)
    expect(opensWithKey(paths.main, mainKey)).toBe(false)
    expect(opensWithKey(paths.personnel, personnelKey)).toBe(true)
  })
})

describe('taking the 干部任免 grant away', () => {
  it('moves the personnel book to a new key: the user’s older key file no longer opens it; the main key stays', async () => {
    const laoli = await vaultWithHolder()
    const oldKeyFile = backedUpKeyFile(core.dataDir)
    const before = await keysIn(oldKeyFile, 'laoli')
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    await core.call('users.update', { id: laoli.id, displayName: '李干事', roles: ['recorder'], personnelGrant: false })
    const [latest] = await core.call('audit.list', { limit: 1 })
    expect(latest?.summary).toBe('修改用户 李干事（laoli）：角色 记录员＋干部任免 → 记录员，并更换数据密钥：干部任免专用记录本')
    expect(await core.call('personnel.status')).toEqual({ open: true })
    core.context.lock('manual')

    const paths = vaultPaths(core.dataDir)
    expect(opensWithKey(paths.personnel, before.personnel!)).toBe(false)
    expect(opensWithKey(paths.main, before.main)).toBe(true)
    // The user still gets in, without the book; the administrator still opens it.
    expect(await core.raw('auth.unlock', { username: 'laoli', password })).toMatchObject({ ok: true, value: { personnelGrant: false } })
    core.context.lock('manual')
    expect(await core.raw('auth.unlock', { username: 'admin', password: adminPassword })).toMatchObject({ ok: true, value: { personnelGrant: true } })
    expect(await core.call('audit.verify')).toMatchObject({ ok: true })
  })
})
