import { existsSync, readdirSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { newDataKey } from '../../../electron/core/vault/crypto'
import { readKeyFile, writeKeyFile } from '../../../electron/core/vault/keyfile'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { withPendingKey } from '../../../electron/core/vault/pending-keys'
import { opensWithKey, rekeyedCopyPath, swapInRekeyedCopy, writeRekeyedCopy } from '../../../electron/core/vault/rekey'
import type { OpenVault } from '../../../electron/core/vault/vault'
import { adminPassword, createdVault, removeDir, testCore, type TestCore } from '../../support/vault'

const cores: TestCore[] = []
afterEach(() => {
  for (const core of cores.splice(0)) {
    core.context.lock('manual')
    removeDir(core.dataDir)
  }
})

const initial = 'Chushi#Mima2026'
// Everyone who must still get in after a rotation, with the grant they hold.
const people = [
  { username: 'admin', password: adminPassword, personnel: true },
  { username: 'jilu', password: initial, personnel: false },
  { username: 'keeper', password: initial, personnel: true },
  { username: 'chayue', password: initial, personnel: false },
]

/** A vault with an administrator (holding the grant), a recorder, a holder and a reader. */
async function staffedVault(): Promise<TestCore> {
  const core = await createdVault()
  cores.push(core)
  await core.call('auth.unlock', { username: 'admin', password: adminPassword })
  await core.call('users.create', { username: 'jilu', displayName: '李记录', roles: ['recorder'], personnelGrant: false, password: initial })
  await core.call('users.create', { username: 'keeper', displayName: '刘保管', roles: ['recorder'], personnelGrant: true, password: initial })
  await core.call('users.create', { username: 'chayue', displayName: '赵查阅', roles: ['reader'], personnelGrant: false, password: initial })
  await core.call('settings.update', { committeeName: '中共示例区委员会', committeeShortName: '轮换前', idleLockMinutes: 17 })
  return core
}

function openVault(core: TestCore): OpenVault {
  const session = core.context.session
  if (!session) throw new Error('not unlocked')
  return session.vault
}

function currentKeys(core: TestCore): { main: Buffer; personnel: Buffer | null } {
  const vault = openVault(core)
  return { main: Buffer.from(vault.mainKey), personnel: vault.personnelKey ? Buffer.from(vault.personnelKey) : null }
}

/** A fresh process's view: every user unlocks, sees the data, and the personnel book opens for holders only. */
async function expectEveryoneGetsIn(dataDir: string): Promise<void> {
  const core = testCore(dataDir)
  for (const person of people) {
    const unlocked = await core.raw('auth.unlock', { username: person.username, password: person.password })
    expect(unlocked, person.username).toMatchObject({ ok: true, value: { personnelGrant: person.personnel } })
    expect(core.context.session?.vault.personnelSqlite !== null).toBe(person.personnel)
    core.context.lock('manual')
  }
  await core.call('auth.unlock', { username: 'admin', password: adminPassword })
  expect((await core.call('settings.get')).committeeShortName).toBe('轮换前')
  expect((await core.call('users.list')).map((user) => user.username)).toEqual(expect.arrayContaining(people.map((person) => person.username)))
  expect(await core.call('audit.verify')).toMatchObject({ ok: true })
  core.context.lock('manual')
  // The interrupted rotation is settled: no pending key, no copy left behind.
  const paths = vaultPaths(dataDir)
  expect(readKeyFile(paths.keyFile).users.every((entry) => entry.pendingKeys === undefined)).toBe(true)
  expect(readdirSync(paths.dir).filter((name) => name.endsWith('.rekey'))).toEqual([])
}

describe('key rotation (更换数据密钥)', () => {
  it('re-encrypts both stores for a holder of the grant; every user still unlocks; the old keys open nothing', async () => {
    const core = await staffedVault()
    const before = currentKeys(core)
    expect(await core.call('vault.rotateKeys')).toEqual({ rotated: ['main', 'personnel'], personnelSkipped: false })
    const after = currentKeys(core)
    expect(after.main.equals(before.main)).toBe(false)
    expect(after.personnel?.equals(before.personnel as Buffer)).toBe(false)

    // The session goes on with the new keys, and can still hand them out.
    expect((await core.call('settings.get')).committeeShortName).toBe('轮换前')
    expect(await core.call('personnel.status')).toEqual({ open: true })
    const [latest] = await core.call('audit.list', { limit: 1 })
    expect(latest).toMatchObject({ action: 'vault.rotateKeys', summary: '更换数据密钥：主数据库、干部任免专用记录本' })
    await core.call('users.create', { username: 'xinren', displayName: '新人', roles: ['reader'], personnelGrant: true, password: initial })
    core.context.lock('manual')

    const paths = vaultPaths(core.dataDir)
    expect(opensWithKey(paths.main, before.main)).toBe(false)
    expect(opensWithKey(paths.personnel, before.personnel as Buffer)).toBe(false)
    expect(opensWithKey(paths.main, after.main)).toBe(true)
    expect(opensWithKey(paths.personnel, after.personnel as Buffer)).toBe(true)
    expect(await core.raw('auth.unlock', { username: 'xinren', password: initial })).toMatchObject({ ok: true, value: { personnelGrant: true } })
    core.context.lock('manual')
    await expectEveryoneGetsIn(core.dataDir)
  })

  it('an administrator without the grant rotates the main store only, and is told so', async () => {
    const core = await staffedVault()
    const before = currentKeys(core)
    await core.call('users.create', { username: 'second', displayName: '陈秘书', roles: ['admin'], personnelGrant: false, password: initial })
    core.context.lock('manual')
    await core.call('auth.unlock', { username: 'second', password: initial })
    await core.call('auth.changePassword', { currentPassword: initial, newPassword: 'Chen#Xinmima2026' })

    expect(await core.call('vault.rotateKeys')).toEqual({ rotated: ['main'], personnelSkipped: true })
    const [latest] = await core.call('audit.list', { limit: 1 })
    expect(latest?.summary).toBe('更换数据密钥：主数据库（本人不持有干部任免权限，干部任免专用记录本的密钥未更换）')
    core.context.lock('manual')

    const paths = vaultPaths(core.dataDir)
    expect(opensWithKey(paths.main, before.main)).toBe(false)
    expect(opensWithKey(paths.personnel, before.personnel as Buffer)).toBe(true)
    await expectEveryoneGetsIn(core.dataDir)
  })

  it('is refused to a reader and a recorder (FORBIDDEN), and changes nothing', async () => {
    const core = await staffedVault()
    const before = currentKeys(core)
    core.context.lock('manual')
    for (const username of ['chayue', 'keeper']) {
      await core.call('auth.unlock', { username, password: initial })
      await core.call('auth.changePassword', { currentPassword: initial, newPassword: 'Xin#Mima2026ab' })
      expect(await core.raw('vault.rotateKeys')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      core.context.lock('manual')
    }
    expect(opensWithKey(vaultPaths(core.dataDir).main, before.main)).toBe(true)
  })

  describe('a crash between the steps loses nothing', () => {
    // Runs the rotation's steps by hand up to `stage`, then drops the session the way a
    // killed process would: no cleanup, no lock audit entry, no key-file settling.
    async function crashDuringRotation(stage: 'copy-written' | 'pending-sealed' | 'swapped'): Promise<{ dataDir: string; oldKey: Buffer; nextKey: Buffer }> {
      const core = await staffedVault()
      const vault = openVault(core)
      const oldKey = Buffer.from(vault.mainKey)
      const nextKey = newDataKey()
      writeRekeyedCopy(vault.mainSqlite, vault.paths.main, vault.mainKey, nextKey)
      if (stage !== 'copy-written') writeKeyFile(vault.paths.keyFile, withPendingKey(readKeyFile(vault.paths.keyFile), 'main', nextKey))
      if (stage === 'swapped') swapInRekeyedCopy(vault.mainSqlite, vault.paths.main)
      core.context.session = null
      vault.personnelSqlite?.close()
      if (vault.mainSqlite.open) vault.mainSqlite.close()
      return { dataDir: core.dataDir, oldKey, nextKey }
    }

    it('after the copy was written: the old key still opens the store and the copy is removed', async () => {
      const { dataDir, oldKey } = await crashDuringRotation('copy-written')
      expect(existsSync(rekeyedCopyPath(vaultPaths(dataDir).main))).toBe(true)
      await expectEveryoneGetsIn(dataDir)
      expect(opensWithKey(vaultPaths(dataDir).main, oldKey)).toBe(true)
    })

    it('after the new key was sealed as pending: unlock drops it and keeps the old key', async () => {
      const { dataDir, oldKey, nextKey } = await crashDuringRotation('pending-sealed')
      await expectEveryoneGetsIn(dataDir)
      expect(opensWithKey(vaultPaths(dataDir).main, oldKey)).toBe(true)
      expect(opensWithKey(vaultPaths(dataDir).main, nextKey)).toBe(false)
    })

    it('after the new store was swapped in: unlock opens it with the pending key and promotes it for everyone', async () => {
      const { dataDir, oldKey, nextKey } = await crashDuringRotation('swapped')
      await expectEveryoneGetsIn(dataDir)
      expect(opensWithKey(vaultPaths(dataDir).main, oldKey)).toBe(false)
      expect(opensWithKey(vaultPaths(dataDir).main, nextKey)).toBe(true)
    })
  })
})
