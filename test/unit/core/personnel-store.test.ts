import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openEncryptedStore } from '../../../electron/core/vault/store'
import { openSealedDataKey } from '../../../electron/core/vault/crypto'
import { vaultPaths } from '../../../electron/core/vault/paths'
import type { KeyFile } from '../../../electron/core/vault/keyfile'
import { adminPassword, createdVault, removeDir, type TestCore } from '../../support/vault'

let core: TestCore | undefined
afterEach(() => {
  core?.context.lock('manual')
  if (core) removeDir(core.dataDir)
})

const recorderPassword = 'Jilu#Yuan2026x'

describe('the personnel store (干部任免) has its own key', () => {
  it('a user without the grant cannot decrypt it, even holding the main store’s key', async () => {
    core = await createdVault()
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const recorder = await core.call('users.create', { username: 'jilu', displayName: '李记录', roles: ['recorder'], personnelGrant: false, password: recorderPassword })
    await core.call('auth.lock')

    const session = await core.call('auth.unlock', { username: 'jilu', password: recorderPassword })
    expect(session.personnelGrant).toBe(false)
    expect(session.permissions).not.toContain('personnel.access')
    expect(await core.call('auth.changePassword', { currentPassword: recorderPassword, newPassword: 'Jilu#Yuan2027y' })).toMatchObject({ mustChangePassword: false })
    expect(await core.call('personnel.status')).toEqual({ open: false })

    const vault = core.context.session!.vault
    expect(vault.personnelKey).toBeNull()
    expect(vault.personnel).toBeNull()
    const paths = vaultPaths(core.dataDir)
    // The main key does not open the personnel store…
    expect(() => openEncryptedStore(paths.personnel, vault.mainKey, { create: false })).toThrow(/损坏/u)
    // …and the key file holds no personnel key for this user, while the administrator's
    // sealed personnel key cannot be opened with this user's private key.
    const keyFile = JSON.parse(readFileSync(paths.keyFile, 'utf8')) as KeyFile
    const own = keyFile.users.find((user) => user.userId === recorder.id)
    const admins = keyFile.users.find((user) => user.userId !== recorder.id)
    expect(own?.sealedKeys.personnel).toBeUndefined()
    expect(admins?.sealedKeys.personnel).toBeDefined()
    expect(openSealedDataKey(admins!.sealedKeys.personnel!, vault.privateKey, own!.publicKey, 'personnel')).toBeNull()
    expect(openSealedDataKey(admins!.sealedKeys.personnel!, vault.privateKey, admins!.publicKey, 'personnel')).toBeNull()
  })

  it('granting the key lets the user open it; revoking removes the key again', async () => {
    core = await createdVault()
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const reader = await core.call('users.create', { username: 'chayue', displayName: '赵查阅', roles: ['reader'], personnelGrant: false, password: recorderPassword })
    await core.call('users.update', { id: reader.id, displayName: '赵查阅', roles: ['reader'], personnelGrant: true })
    await core.call('auth.lock')
    await core.call('auth.unlock', { username: 'chayue', password: recorderPassword })
    expect(core.context.session!.vault.personnel).not.toBeNull()
    await core.call('auth.lock')

    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    await core.call('users.update', { id: reader.id, displayName: '赵查阅', roles: ['reader'], personnelGrant: false })
    await core.call('auth.lock')
    await core.call('auth.unlock', { username: 'chayue', password: recorderPassword })
    expect(core.context.session!.vault.personnelKey).toBeNull()
  })
})
