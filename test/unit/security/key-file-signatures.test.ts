import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { errorMessages } from '../../../shared/errors'
import { readKeyFile, writeKeyFile } from '../../../electron/core/vault/keyfile'
import { newDataKey } from '../../../electron/core/vault/crypto'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { newKeyFileUser, withNewKeyFileUser } from '../../../electron/core/vault/user-keys'
import { adminPassword, createdVault, removeDir, testKdfCost, type TestCore } from '../../support/vault'

/*
 * Issue 13, item 1: someone who can write the data folder but has no account adds a key-file
 * entry with their own X25519 key, hoping the next 更换数据密钥 seals the new data keys to it.
 * Every entry must now be signed by an administrator from the vault's anchor: the entry is
 * refused at unlock and at rotation (VAULT_TAMPERED), and nothing is sealed to it.
 */

let core: TestCore
afterEach(() => {
  core.context.lock('manual')
  removeDir(core.dataDir)
})

/** The outsider's entry: their own key pair and password, a made-up sealed key (they hold no data key). */
async function outsiderEntry(vaultId: string) {
  return newKeyFileUser({ vaultId, userId: randomUUID(), username: 'xiaoli', password: 'Wairen#2026x', dataKeys: { main: newDataKey(), personnel: newDataKey() }, kdfCost: testKdfCost })
}

describe('an entry added to the key file by someone without an account', () => {
  it('is refused at unlock with VAULT_TAMPERED, and the vault is left as it was', async () => {
    core = await createdVault()
    const keyFilePath = vaultPaths(core.dataDir).keyFile
    const keyFile = readKeyFile(keyFilePath)
    writeKeyFile(keyFilePath, withNewKeyFileUser(keyFile, await outsiderEntry(keyFile.vaultId)))
    const tamperedBytes = readFileSync(keyFilePath)
    const mainBytes = readFileSync(vaultPaths(core.dataDir).main)

    const result = await core.raw('auth.unlock', { username: 'admin', password: adminPassword })
    expect(result).toMatchObject({ ok: false, error: { code: 'VAULT_TAMPERED', message: errorMessages.VAULT_TAMPERED } })
    expect(core.context.session).toBeNull()
    // Nothing written: the evidence stays for whoever looks, and the stores are untouched.
    expect(readFileSync(keyFilePath).equals(tamperedBytes)).toBe(true)
    expect(readFileSync(vaultPaths(core.dataDir).main).equals(mainBytes)).toBe(true)
    // The outsider cannot unlock with it either.
    expect(await core.raw('auth.unlock', { username: 'xiaoli', password: 'Wairen#2026x' })).toMatchObject({ ok: false })
  })

  it('added while a session is open, stops 更换数据密钥 before any new key is sealed to it', async () => {
    core = await createdVault()
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const keyFilePath = vaultPaths(core.dataDir).keyFile
    const keyFile = readKeyFile(keyFilePath)
    const outsider = await outsiderEntry(keyFile.vaultId)
    writeKeyFile(keyFilePath, withNewKeyFileUser(keyFile, outsider))
    const mainKey = Buffer.from(core.context.session!.vault.mainKey)

    const result = await core.raw('vault.rotateKeys')
    expect(result).toMatchObject({ ok: false, error: { code: 'VAULT_TAMPERED' } })
    const after = readKeyFile(keyFilePath)
    expect(after.users.find((entry) => entry.userId === outsider.userId)?.pendingKeys).toBeUndefined()
    expect(after.users.find((entry) => entry.userId === outsider.userId)?.sealedKeys).toEqual(outsider.sealedKeys)
    // The stores still open with the keys they had: nothing was lost.
    expect(core.context.session!.vault.mainKey.equals(mainKey)).toBe(true)
    expect(await core.call('meetings.list', { year: 2026 })).toBeDefined()
  })

  it('a role written into an entry’s signed state without a new signature is refused', async () => {
    core = await createdVault()
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const zhao = await core.call('users.create', { username: 'zhao', displayName: '赵查阅', roles: ['reader'], personnelGrant: false, password: 'Chushi#Mima2026' })
    core.context.lock('manual')
    const keyFilePath = vaultPaths(core.dataDir).keyFile
    const keyFile = readKeyFile(keyFilePath)
    const ledger = keyFile.ledger!.map((record) => (record.subject === zhao.id && record.state ? { ...record, state: { ...record.state, roles: ['admin' as const, 'reader' as const] } } : record))
    writeKeyFile(keyFilePath, { ...keyFile, ledger })

    for (const username of ['zhao', 'admin']) {
      const result = await core.raw('auth.unlock', { username, password: username === 'admin' ? adminPassword : 'Chushi#Mima2026' })
      expect(result).toMatchObject({ ok: false, error: { code: 'VAULT_TAMPERED' } })
    }
  })

  it('the signed records cannot be dropped: a key file without them is refused', async () => {
    core = await createdVault()
    const keyFilePath = vaultPaths(core.dataDir).keyFile
    const { ledger: _ledger, ...keyFile } = readKeyFile(keyFilePath)
    writeKeyFile(keyFilePath, { ...keyFile, format: 1 })
    expect(await core.raw('auth.unlock', { username: 'admin', password: adminPassword })).toMatchObject({ ok: false, error: { code: 'VAULT_TAMPERED' } })
  })
})
