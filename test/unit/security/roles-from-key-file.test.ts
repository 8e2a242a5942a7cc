import { afterEach, describe, expect, it } from 'vitest'
import { errorMessages } from '../../../shared/errors'
import { readKeyFile } from '../../../electron/core/vault/keyfile'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { awaitingUpgradeNotice } from '../../../electron/core/vault/unlock-authority'
import { editStore, keysOf, unsignedVault } from '../../support/attacker'
import { adminPassword, createdVault, removeDir, type TestCore } from '../../support/vault'

/*
 * Issue 13, item 4: a 查阅 user opens main.db with the main key their password gives them, sets
 * their own roles to 管理员 with a SQLCipher connection, and unlocks. Roles now come from the
 * signed key file: the session is 查阅, the row is put back, the mismatch is reported to the
 * user and audited.
 */

let core: TestCore
afterEach(() => {
  core.context.lock('manual')
  removeDir(core.dataDir)
})

const readerPassword = 'Chaxun#Mima2026'

async function vaultWithReader(): Promise<string> {
  core = await createdVault()
  await core.call('auth.unlock', { username: 'admin', password: adminPassword })
  const zhao = await core.call('users.create', { username: 'zhao', displayName: '赵查阅', roles: ['reader'], personnelGrant: false, password: 'Chushi#Mima2026' })
  core.context.lock('manual')
  await core.call('auth.unlock', { username: 'zhao', password: 'Chushi#Mima2026' })
  await core.call('auth.changePassword', { currentPassword: 'Chushi#Mima2026', newPassword: readerPassword })
  core.context.lock('manual')
  return zhao.id
}

describe('a 查阅 user who writes 管理员 into their own row', () => {
  it('still unlocks as 查阅; the row is put back from the signed key file, reported and audited', async () => {
    const zhaoId = await vaultWithReader()
    const { main } = await keysOf(core.dataDir, 'zhao', readerPassword)
    editStore(vaultPaths(core.dataDir).main, main, (db) => {
      db.prepare(`update users set roles = '["admin","recorder","reader"]', personnel_grant = 1 where id = ?`).run(zhaoId)
    })

    const session = await core.call('auth.unlock', { username: 'zhao', password: readerPassword })
    expect(session.roles).toEqual(['reader'])
    expect(session.permissions).not.toContain('users.manage')
    expect(session.personnelGrant).toBe(false)
    expect(session.securityNotices.join('\n')).toMatch(/赵查阅（zhao）在数据库中的记录（管理员、记录员、查阅＋干部任免）与签名的密钥文件（查阅）不符，已按密钥文件恢复/u)
    expect(await core.raw('users.list')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: errorMessages.FORBIDDEN } })
    expect(await core.raw('backup.overview')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    core.context.lock('manual')

    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const users = await core.call('users.list')
    expect(users.find((user) => user.id === zhaoId)).toMatchObject({ roles: ['reader'], personnelGrant: false })
    const audit = await core.call('audit.list', { filter: { action: 'users.repair' } })
    expect(audit.map((entry) => entry.summary)).toEqual([expect.stringContaining('已按密钥文件恢复')])
    expect((await core.call('audit.verify')).ok).toBe(true)
  })

  it('a disabled user whose row is enabled again cannot unlock', async () => {
    const zhaoId = await vaultWithReader()
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    // Keep the disabled user's old key file entry to try it with, as from a copy taken before.
    await core.call('users.disable', { id: zhaoId })
    core.context.lock('manual')
    const { main } = await keysOf(core.dataDir, 'admin', adminPassword)
    editStore(vaultPaths(core.dataDir).main, main, (db) => db.prepare('update users set disabled = 0 where id = ?').run(zhaoId))
    expect(await core.raw('auth.unlock', { username: 'zhao', password: readerPassword })).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } })
    const session = await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    expect(session.securityNotices.join('\n')).toMatch(/赵查阅（zhao）.*已按密钥文件恢复/u)
    expect((await core.call('users.list')).find((user) => user.id === zhaoId)?.disabled).toBe(true)
  })
})

describe('a vault from before the signed key file', () => {
  it('opens for a 查阅 user as before, saying it awaits the upgrade; the first administrator’s unlock signs it', async () => {
    const zhaoId = await vaultWithReader()
    await unsignedVault(core.dataDir, 'admin', adminPassword)
    expect(readKeyFile(vaultPaths(core.dataDir).keyFile).ledger).toBeUndefined()

    const before = await core.call('auth.unlock', { username: 'zhao', password: readerPassword })
    expect(before.roles).toEqual(['reader'])
    expect(before.securityNotices).toEqual([awaitingUpgradeNotice])
    core.context.lock('manual')

    const admin = await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    expect(admin.securityNotices).toEqual(['已为本数据库启用密钥文件签名保护（2 名用户）。'])
    const signed = readKeyFile(vaultPaths(core.dataDir).keyFile)
    expect(signed.format).toBe(2)
    expect(signed.ledger?.map((record) => record.subject)).toEqual([admin.userId, zhaoId])
    // The reader had no signing key when the administrator signed: they add their own, once.
    expect(signed.ledger?.[1]?.state?.signingPublicKey).toBeNull()
    core.context.lock('manual')

    const after = await core.call('auth.unlock', { username: 'zhao', password: readerPassword })
    expect(after.securityNotices).toEqual([])
    const enrolled = readKeyFile(vaultPaths(core.dataDir).keyFile)
    expect(enrolled.ledger?.at(-1)).toMatchObject({ by: zhaoId, subject: zhaoId, state: { roles: ['reader'] } })
    expect(enrolled.ledger?.at(-1)?.state?.signingPublicKey).toBe(enrolled.users.find((entry) => entry.userId === zhaoId)?.signing?.publicKey)
    core.context.lock('manual')
    expect(await core.call('auth.unlock', { username: 'admin', password: adminPassword })).toMatchObject({ securityNotices: [] })
  })

  it('an entry someone added before the upgrade is not signed into it: it is removed and reported', async () => {
    core = await createdVault()
    await unsignedVault(core.dataDir, 'admin', adminPassword)
    const { randomUUID } = await import('node:crypto')
    const { newKeyFileUser, withNewKeyFileUser } = await import('../../../electron/core/vault/user-keys')
    const { writeKeyFile } = await import('../../../electron/core/vault/keyfile')
    const { newDataKey } = await import('../../../electron/core/vault/crypto')
    const path = vaultPaths(core.dataDir).keyFile
    const keyFile = readKeyFile(path)
    const outsider = await newKeyFileUser({ vaultId: keyFile.vaultId, userId: randomUUID(), username: 'xiaoli', password: 'Wairen#2026x', dataKeys: { main: newDataKey(), personnel: null }, kdfCost: { N: 1 << 12, r: 8, p: 1 } })
    writeKeyFile(path, withNewKeyFileUser(keyFile, outsider))

    const admin = await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    expect(admin.securityNotices).toContain('密钥文件中有 1 个没有对应启用用户的条目，已移除。')
    expect(readKeyFile(path).users.map((entry) => entry.userId)).toEqual([admin.userId])
  })
})
