import { copyFileSync, rmSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { errorMessages } from '../../../shared/errors'
import { readKeyFile } from '../../../electron/core/vault/keyfile'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { fingerprint } from '../../support/backup'
import { adminPassword, committeeName, createdVault, removeDir, tempDir, type TestCore } from '../../support/vault'

/*
 * Issue 13, item 7: a store put back to an older copy (or committed work lost with a deleted
 * -wal) opened as if nothing were missing, and audit.verify said ok. The chain head signed at
 * each lock is now also kept in the key file: an unlock that finds the store behind it refuses
 * with VAULT_ROLLED_BACK and the restore offer, changing nothing.
 */

let core: TestCore
afterEach(() => {
  core.context.lock('manual')
  removeDir(core.dataDir)
})

describe('a main store older than the key file’s signed head', () => {
  it('is refused with VAULT_ROLLED_BACK, and nothing is changed', async () => {
    core = await createdVault()
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    core.context.lock('manual')
    const paths = vaultPaths(core.dataDir)
    const older = `${tempDir()}/main.db`
    copyFileSync(paths.main, older)

    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    await core.call('settings.update', { committeeName, committeeShortName: '示例区委', idleLockMinutes: 15 })
    core.context.lock('manual')
    const head = readKeyFile(paths.keyFile).head
    expect(head?.count).toBeGreaterThan(3)

    // The older copy put back: what was committed since (the settings, the audit entries) is gone.
    for (const suffix of ['-wal', '-shm']) rmSync(`${paths.main}${suffix}`, { force: true })
    copyFileSync(older, paths.main)
    const before = fingerprint(paths.dir)
    const result = await core.raw('auth.unlock', { username: 'admin', password: adminPassword })
    expect(result).toMatchObject({ ok: false, error: { code: 'VAULT_ROLLED_BACK', message: errorMessages.VAULT_ROLLED_BACK, details: { expectedCount: head!.count } } })
    expect(core.context.session).toBeNull()
    expect(fingerprint(paths.dir)).toEqual(before)
  })

  it('a head written into the key file by someone who cannot sign is ignored, not a way to lock everyone out', async () => {
    core = await createdVault()
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    core.context.lock('manual')
    const paths = vaultPaths(core.dataDir)
    const keyFile = readKeyFile(paths.keyFile)
    const { writeKeyFile } = await import('../../../electron/core/vault/keyfile')
    writeKeyFile(paths.keyFile, { ...keyFile, head: { ...keyFile.head!, count: keyFile.head!.count + 50 } })
    expect(await core.raw('auth.unlock', { username: 'admin', password: adminPassword })).toMatchObject({ ok: true })
  })
})
