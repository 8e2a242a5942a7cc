import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { usernameTag } from '../../../electron/core/vault/crypto'
import { readKeyFile, writeKeyFile } from '../../../electron/core/vault/keyfile'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { newKeyFileUser, replaceKeyFileUser, withPersonnelKey } from '../../../electron/core/vault/user-keys'
import { keysOf, unsignedVault } from '../../support/attacker'
import { adminPassword, createdVault, removeDir, testKdfCost, type TestCore } from '../../support/vault'

/*
 * The key file is written inside the database transaction of a user change, so a crash
 * after its rename but before COMMIT leaves it one change ahead of the database. Versions
 * undo that at unlock (key-file-rollback.test.ts); these are the two shapes it once left
 * (found by the crash-safety kill loop), written here without a version, which the app
 * still tolerates.
 */

let core: TestCore
afterEach(() => {
  core.context.lock('manual')
  removeDir(core.dataDir)
})

const initial = 'Chushi#Mima2026'

describe('key file one change ahead of the database', () => {
  it('an entry left by a rolled-back creation does not lock out the user created again under that name', async () => {
    // The shape came from key files before versions, which were also before signatures: the
    // upgrade that signs such a file leaves the entry out (in a signed key file an extra entry
    // is refused: test/unit/security/key-file-signatures.test.ts).
    core = await createdVault()
    await unsignedVault(core.dataDir, 'admin', adminPassword)
    const keyFilePath = vaultPaths(core.dataDir).keyFile
    const keyFile = readKeyFile(keyFilePath)
    const { main } = await keysOf(core.dataDir, 'admin', adminPassword)
    const orphan = await newKeyFileUser({ vaultId: keyFile.vaultId, userId: randomUUID(), username: 'zhao', password: 'Other#Mima2026', dataKeys: { main, personnel: null }, kdfCost: testKdfCost })
    writeKeyFile(keyFilePath, replaceKeyFileUser(keyFile, orphan.userId, orphan))
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })

    const zhao = await core.call('users.create', { username: 'zhao', displayName: '赵查阅', roles: ['reader'], personnelGrant: false, password: initial })
    const entries = readKeyFile(keyFilePath).users.filter((entry) => entry.tag === usernameTag(keyFile.vaultId, 'zhao'))
    expect(entries.map((entry) => entry.userId)).toEqual([zhao.id])
    core.context.lock('manual')
    expect(await core.raw('auth.unlock', { username: 'zhao', password: initial })).toMatchObject({ ok: true })
  })

  it('a personnel key whose grant the database rolled back is dropped at unlock, not used', async () => {
    core = await createdVault()
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const li = await core.call('users.create', { username: 'lisi', displayName: '李记录', roles: ['recorder'], personnelGrant: false, password: initial })
    const keyFilePath = vaultPaths(core.dataDir).keyFile
    const keyFile = readKeyFile(keyFilePath)
    const entry = keyFile.users.find((candidate) => candidate.userId === li.id)!
    writeKeyFile(keyFilePath, replaceKeyFileUser(keyFile, li.id, withPersonnelKey(entry, core.context.session!.vault.personnelKey)))
    core.context.lock('manual')

    expect(await core.raw('auth.unlock', { username: 'lisi', password: initial })).toMatchObject({ ok: true, value: { personnelGrant: false } })
    expect(core.context.session?.vault.personnelSqlite).toBeNull()
    expect(readKeyFile(keyFilePath).users.find((candidate) => candidate.userId === li.id)?.sealedKeys.personnel).toBeUndefined()
  })
})
