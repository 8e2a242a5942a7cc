import { copyFileSync, cpSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { errorMessages } from '../../../shared/errors'
import { readKeyFile } from '../../../electron/core/vault/keyfile'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { fingerprint, rehashManifest } from '../../support/backup'
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

describe('the restore offered for a rolled-back vault', () => {
  it('is the backup whose signed head comes closest to the vault’s (or reaches it), not merely the newest folder; restoring it brings the work back', async () => {
    core = await createdVault()
    const paths = vaultPaths(core.dataDir)
    const folder = join(core.dataDir, 'backups')
    const backupNames = () => readdirSync(folder).filter((name) => name.startsWith('yishi-backup-'))
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    core.context.lock('manual')
    const [early] = backupNames()
    const older = `${tempDir()}/main.db`
    copyFileSync(paths.main, older)

    core.clock.advance(60 * 60 * 1000)
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    await core.call('settings.update', { committeeName, committeeShortName: '恢复后应在', idleLockMinutes: 15 })
    core.context.lock('manual')
    const reaching = backupNames().find((name) => name !== early)!

    // A newer folder holding an older state (made from an old copy of the vault, say): its head is behind.
    const behind = 'yishi-backup-20991231-235959'
    cpSync(join(folder, early!), join(folder, behind), { recursive: true })
    rehashManifest(join(folder, behind), (manifest) => ({ ...manifest, createdAt: '2099-12-31T15:59:59.000Z' }))

    for (const suffix of ['-wal', '-shm']) rmSync(`${paths.main}${suffix}`, { force: true })
    copyFileSync(older, paths.main)
    expect(await core.raw('auth.unlock', { username: 'admin', password: adminPassword })).toMatchObject({ ok: false, error: { code: 'VAULT_ROLLED_BACK' } })

    const offer = await core.call('backup.listRestorable')
    expect(offer.backups[0]?.name).toBe(behind)
    const offered = offer.backups.find((backup) => backup.id === offer.offeredId)
    expect(offered?.name).toBe(reaching)

    // Restoring the offered backup brings the work back.
    await core.call('backup.restore', { backupId: offered!.id, username: 'admin', password: adminPassword })
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    expect((await core.call('settings.get')).committeeShortName).toBe('恢复后应在')
  })
})
