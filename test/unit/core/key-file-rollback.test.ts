import { afterEach, describe, expect, it } from 'vitest'
import { usernameTag } from '../../../electron/core/vault/crypto'
import { readKeyFile, type KeyFileUser } from '../../../electron/core/vault/keyfile'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { adminPassword, createdVault, removeDir, type TestCore } from '../../support/vault'

/*
 * A user change writes the key file inside its database transaction. Here the transaction
 * fails right after that write (a temporary trigger refuses the audit entry that follows),
 * which leaves the disk exactly as a crash before COMMIT would: the key file one change
 * ahead. The next unlock must put it back, so that database and key file both show the
 * state before; and with no failure, both show the state after.
 */

let core: TestCore
afterEach(() => {
  core.context.lock('manual')
  removeDir(core.dataDir)
})

const initial = 'Chushi#Mima2026'
const changed = 'Gaiguo#Mima2026'
const reset = 'Chongzhi#Mima2026'

async function unlock(username: string, password: string) {
  core.context.lock('manual')
  return core.raw('auth.unlock', { username, password })
}

async function asAdmin(): Promise<void> {
  expect(await unlock('admin', adminPassword)).toMatchObject({ ok: true })
}

/** Makes the audit entries of `act` fail, after the key file was written: a crash before COMMIT. */
async function failingBeforeCommit<T>(act: () => Promise<T>): Promise<T> {
  core.context.session!.vault.mainSqlite.exec(`create temp trigger fail_before_commit before insert on audit_log begin select raise(abort, 'simulated crash'); end`)
  try {
    return await act()
  } finally {
    // A change that rotated the keys reopened the store: the trigger went with the old connection.
    const main = core.context.session!.vault.mainSqlite
    main.exec('drop trigger if exists temp.fail_before_commit')
  }
}

function keyFileEntry(username: string): KeyFileUser | undefined {
  const keyFile = readKeyFile(vaultPaths(core.dataDir).keyFile)
  return keyFile.users.find((entry) => entry.tag === usernameTag(keyFile.vaultId, username))
}

async function userRow(username: string) {
  await asAdmin()
  return (await core.call('users.list')).find((user) => user.username === username)
}

/** A user who has already chosen their own password (`changed`). */
async function settledUser(username: string, personnelGrant: boolean) {
  const user = await core.call('users.create', { username, displayName: '赵', roles: ['recorder'], personnelGrant, password: initial })
  expect(await unlock(username, initial)).toMatchObject({ ok: true })
  await core.call('auth.changePassword', { currentPassword: initial, newPassword: changed })
  await asAdmin()
  return user
}

interface Case {
  name: string
  /** Runs as the administrator; returns the user the change is about. */
  prepare(): Promise<{ id: string; username: string }>
  act(user: { id: string; username: string }): Promise<{ ok: boolean }>
  before(user: { id: string; username: string }): Promise<void>
  after(user: { id: string; username: string }): Promise<void>
  /**
   * A change that moves data keys with it (keys/rotate-keys.ts): a failure before it commits is
   * settled at once (`settled`); 停用 commits in the store's rekeyed copy, which a trigger on
   * the live connection does not reach (`in copy`). Their crashes: test/unit/security/disable-crash.
   */
  rotates?: 'settled' | 'in copy'
}

const cases: Case[] = [
  {
    name: 'users.create',
    prepare: async () => ({ id: '', username: 'zhao' }),
    act: () => core.raw('users.create', { username: 'zhao', displayName: '赵', roles: ['reader'], personnelGrant: false, password: initial }),
    before: async () => {
      expect(await unlock('zhao', initial)).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } })
      expect(await userRow('zhao')).toBeUndefined()
      expect(keyFileEntry('zhao')).toBeUndefined()
    },
    after: async () => {
      expect(await unlock('zhao', initial)).toMatchObject({ ok: true })
      expect(keyFileEntry('zhao')).toBeDefined()
    },
  },
  {
    name: 'users.update adding the grant',
    prepare: () => settledUser('zhao', false),
    act: (user) => core.raw('users.update', { id: user.id, displayName: '赵', roles: ['recorder'], personnelGrant: true }),
    before: async () => {
      expect(await unlock('zhao', changed)).toMatchObject({ ok: true, value: { personnelGrant: false } })
      expect(core.context.session!.vault.personnelSqlite).toBeNull()
      expect(keyFileEntry('zhao')?.sealedKeys.personnel).toBeUndefined()
    },
    after: async () => {
      expect(await unlock('zhao', changed)).toMatchObject({ ok: true, value: { personnelGrant: true } })
      expect(core.context.session!.vault.personnelSqlite).not.toBeNull()
    },
  },
  {
    name: 'users.update revoking the grant',
    rotates: 'settled',
    prepare: () => settledUser('zhao', true),
    act: (user) => core.raw('users.update', { id: user.id, displayName: '赵', roles: ['recorder'], personnelGrant: false }),
    before: async () => {
      expect(await unlock('zhao', changed)).toMatchObject({ ok: true, value: { personnelGrant: true } })
      expect(core.context.session!.vault.personnelSqlite).not.toBeNull()
      expect(keyFileEntry('zhao')?.sealedKeys.personnel).toBeDefined()
    },
    after: async () => {
      expect(await unlock('zhao', changed)).toMatchObject({ ok: true, value: { personnelGrant: false } })
      expect(keyFileEntry('zhao')?.sealedKeys.personnel).toBeUndefined()
    },
  },
  {
    name: 'users.disable',
    rotates: 'in copy',
    prepare: () => settledUser('zhao', false),
    act: (user) => core.raw('users.disable', { id: user.id }),
    before: async () => {
      expect(await unlock('zhao', changed)).toMatchObject({ ok: true })
      expect(await userRow('zhao')).toMatchObject({ disabled: false })
      expect(keyFileEntry('zhao')).toBeDefined()
    },
    after: async () => {
      expect(await unlock('zhao', changed)).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } })
      expect(await userRow('zhao')).toMatchObject({ disabled: true })
      expect(keyFileEntry('zhao')).toBeUndefined()
    },
  },
  {
    name: 'users.resetPassword',
    prepare: () => settledUser('zhao', false),
    act: (user) => core.raw('users.resetPassword', { id: user.id, password: reset }),
    before: async () => {
      expect(await unlock('zhao', reset)).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } })
      expect(await unlock('zhao', changed)).toMatchObject({ ok: true, value: { mustChangePassword: false } })
    },
    after: async () => {
      expect(await unlock('zhao', changed)).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } })
      expect(await unlock('zhao', reset)).toMatchObject({ ok: true, value: { mustChangePassword: true } })
    },
  },
  {
    name: 'users.resetPassword re-enabling a disabled user',
    prepare: async () => {
      const user = await settledUser('zhao', false)
      await core.call('users.disable', { id: user.id })
      return user
    },
    act: (user) => core.raw('users.resetPassword', { id: user.id, password: reset }),
    before: async () => {
      expect(await unlock('zhao', reset)).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } })
      expect(await userRow('zhao')).toMatchObject({ disabled: true })
      expect(keyFileEntry('zhao')).toBeUndefined()
    },
    after: async () => {
      expect(await unlock('zhao', reset)).toMatchObject({ ok: true })
      expect(await userRow('zhao')).toMatchObject({ disabled: false })
    },
  },
  {
    name: 'auth.changePassword',
    prepare: async () => {
      const user = await core.call('users.create', { username: 'zhao', displayName: '赵', roles: ['recorder'], personnelGrant: false, password: initial })
      expect(await unlock('zhao', initial)).toMatchObject({ ok: true })
      return user
    },
    act: () => core.raw('auth.changePassword', { currentPassword: initial, newPassword: changed }),
    before: async () => {
      expect(await unlock('zhao', changed)).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } })
      expect(await unlock('zhao', initial)).toMatchObject({ ok: true, value: { mustChangePassword: true } })
    },
    after: async () => {
      expect(await unlock('zhao', initial)).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } })
      expect(await unlock('zhao', changed)).toMatchObject({ ok: true, value: { mustChangePassword: false } })
    },
  },
]

function expectSettledKeyFile(): void {
  expect(readKeyFile(vaultPaths(core.dataDir).keyFile).previous).toBeUndefined()
}

describe('a user change and the key file: exactly before or exactly after', () => {
  for (const change of cases) {
    it.skipIf(change.rotates === 'in copy')(`${change.name}: key file written, transaction rolled back → before`, async () => {
      core = await createdVault()
      await asAdmin()
      const user = await change.prepare()
      expect(await failingBeforeCommit(() => change.act(user))).toMatchObject({ ok: false })
      expect(readKeyFile(vaultPaths(core.dataDir).keyFile).previous === undefined).toBe(change.rotates === 'settled')
      await change.before(user)
      expectSettledKeyFile()
      // Settled twice over: the admin still works and a second look finds the same state.
      await change.before(user)
    })

    it(`${change.name}: committed → after`, async () => {
      core = await createdVault()
      await asAdmin()
      const user = await change.prepare()
      expect(await change.act(user)).toMatchObject({ ok: true })
      await change.after(user)
      expectSettledKeyFile()
      await change.after(user)
    })
  }

  it('a failed change in a session does not leak into the next one', async () => {
    core = await createdVault()
    await asAdmin()
    const user = await settledUser('zhao', false)
    expect(await failingBeforeCommit(() => core.raw('users.update', { id: user.id, displayName: '赵', roles: ['recorder', 'reader'], personnelGrant: false }))).toMatchObject({ ok: false })
    // Same session, key file still ahead: the next change starts from what the database says.
    await core.call('users.create', { username: 'qian', displayName: '钱', roles: ['reader'], personnelGrant: false, password: initial })
    expect(await unlock('zhao', changed)).toMatchObject({ ok: true })
    expect(await unlock('qian', initial)).toMatchObject({ ok: true })
    await core.call('auth.changePassword', { currentPassword: initial, newPassword: changed })
  })

  it('a key rotation after a change leaves no previous state holding the old data keys', async () => {
    core = await createdVault()
    await asAdmin()
    await settledUser('zhao', true)
    await core.call('users.create', { username: 'qian', displayName: '钱', roles: ['reader'], personnelGrant: false, password: initial })
    expect(readKeyFile(vaultPaths(core.dataDir).keyFile).previous).toBeDefined()
    await core.call('vault.rotateKeys')
    expect(readKeyFile(vaultPaths(core.dataDir).keyFile).previous).toBeUndefined()
    expect(await unlock('zhao', changed)).toMatchObject({ ok: true, value: { personnelGrant: true } })
    expect(core.context.session!.vault.personnelSqlite).not.toBeNull()
  })
})
