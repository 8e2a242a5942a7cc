import { existsSync, readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { adminPassword, committeeName, createdVault, removeDir, type TestCore } from '../../support/vault'

let core: TestCore | undefined
afterEach(() => {
  core?.context.lock('manual')
  if (core) removeDir(core.dataDir)
})

// Strings that must never appear in clear in any file of the vault.
const secrets = [committeeName, '示例区委', '王秘书', '机密测试专用字符串', 'canary-7f3a9c', 'Gongwen#2026a', 'Mimi#Recorder2026']

function leaks(bytes: Buffer): string[] {
  return secrets.filter((secret) => bytes.includes(Buffer.from(secret, 'utf8')) || bytes.includes(Buffer.from(secret, 'utf16le')))
}

describe('encryption at rest', () => {
  it('no file of the vault (store, its -wal, the key file) contains a known string, Chinese included', async () => {
    core = await createdVault()
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    // Write fresh content so it sits in the write-ahead log, uncheckpointed, while we look.
    await core.call('users.create', { username: 'canary-7f3a9c', displayName: '机密测试专用字符串', roles: ['recorder'], personnelGrant: true, password: 'Mimi#Recorder2026' })
    await core.call('settings.update', { committeeName, committeeShortName: '示例区委', idleLockMinutes: 15 })
    const paths = vaultPaths(core.dataDir)
    const files = [paths.main, `${paths.main}-wal`, paths.personnel, `${paths.personnel}-wal`, paths.keyFile]
    expect(existsSync(`${paths.main}-wal`)).toBe(true)
    const sizes: Record<string, number> = {}
    for (const file of files.filter(existsSync)) {
      const bytes = readFileSync(file)
      sizes[file] = bytes.length
      expect(leaks(bytes), file).toEqual([])
      expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0')
    }
    expect(sizes[`${paths.main}-wal`]).toBeGreaterThan(0)
    core.context.lock('manual')
    for (const file of files.filter(existsSync)) expect(leaks(readFileSync(file)), file).toEqual([])
  })

  it('the key file holds no user name, no data key and no private key in clear', async () => {
    core = await createdVault()
    const keyFile = readFileSync(vaultPaths(core.dataDir).keyFile, 'utf8')
    const parsed = JSON.parse(keyFile) as { users: Record<string, unknown>[]; ledger: { state: { roles: string[] } }[] }
    // The signed records name roles (管理员 is "admin", like the user's name here), never a user.
    expect(parsed.ledger[0]?.state.roles).toEqual(['admin', 'recorder'])
    expect(keyFile.replace(/"roles": \[[^\]]*\]/gu, '')).not.toMatch(/admin|王秘书|PRIVATE KEY/u)
    expect(Object.keys(parsed.users[0] ?? {}).sort()).toEqual(['kdf', 'privateKey', 'publicKey', 'sealedKeys', 'signing', 'tag', 'userId'])
  })
})
