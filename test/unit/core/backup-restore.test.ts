import { existsSync, readdirSync, writeFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openEncryptedStore } from '../../../electron/core/vault/store'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { admin, backupToNewFolder, damageFile, dataDirEntries, fingerprint, rehashManifest } from '../../support/backup'
import { backupTestCores } from '../../support/backup-fixture'
import { committeeName, removeDir, testCore, type TestCore } from '../../support/vault'

const cores = backupTestCores()
const unlockedVault = () => cores.unlocked()
const recorderPassword = 'Jilu#Beifen2026'

/** Picks `dir` in the restore dialog and returns the id of the (first) backup found there. */
async function pickBackup(target: TestCore, dir: string): Promise<string> {
  target.dialogs.directories.push(dir)
  const found = await target.call('backup.pickRestoreSource')
  if (!found?.[0]) throw new Error('no backup found')
  return found[0].id
}

async function backupWithContent(target: TestCore) {
  await target.call('users.create', { username: 'jilu', displayName: '李记录', roles: ['recorder'], personnelGrant: false, password: recorderPassword })
  await target.call('settings.update', { committeeName, committeeShortName: '示例区委', idleLockMinutes: 25 })
  const snapshot = { users: await target.call('users.list'), settings: await target.call('settings.get'), audit: await target.call('audit.list', { limit: 500 }) }
  const backup = await backupToNewFolder(target)
  cores.removeLater(backup.parent)
  return { snapshot, backup }
}

describe('restore from a backup', () => {
  it('starts a new computer from a backup: no vault yet, nothing kept aside', async () => {
    const old = await unlockedVault()
    const { snapshot, backup } = await backupWithContent(old)
    const fresh = testCore()
    cores.removeLater(fresh.dataDir)
    expect(await fresh.call('vault.status')).toMatchObject({ state: 'absent' })

    const result = await fresh.call('backup.restore', { backupId: await pickBackup(fresh, backup.parent), ...admin })
    expect(result.keptAsideAt).toBeNull()
    expect(await fresh.call('vault.status')).toMatchObject({ state: 'locked' })
    await fresh.call('auth.unlock', admin)
    expect(await fresh.call('users.list')).toEqual(snapshot.users)
    fresh.context.lock('manual')
  })

  it('round trip: users, settings and audit entries come back; the replaced vault is kept aside; the restore is audited', async () => {
    const target = await unlockedVault()
    const { snapshot, backup } = await backupWithContent(target)
    // Changes after the backup, which the restore must undo.
    await target.call('settings.update', { committeeName, committeeShortName: '改后简称', idleLockMinutes: 90 })
    await target.call('users.create', { username: 'later', displayName: '后来者', roles: ['reader'], personnelGrant: false, password: recorderPassword })
    const before = fingerprint(vaultPaths(target.dataDir).dir)

    const result = await target.call('backup.restore', { backupId: await pickBackup(target, backup.parent), ...admin })
    expect(target.context.session).toBeNull()
    expect(result.keptAsideAt).toMatch(/vault\.before-restore-\d{8}-\d{6}$/u)
    // The replaced vault is kept whole (the lock added its last audit entries, so it is not byte-equal).
    expect(Object.keys(fingerprint(result.keptAsideAt!))).toEqual(expect.arrayContaining(Object.keys(before).filter((name) => !name.endsWith('-wal') && !name.endsWith('-shm'))))
    expect(dataDirEntries(target).filter((name) => name.includes('restoring'))).toEqual([])

    await target.call('auth.unlock', admin)
    expect(await target.call('users.list')).toEqual(snapshot.users)
    expect(await target.call('settings.get')).toEqual(snapshot.settings)
    const audit = await target.call('audit.list', { limit: 500 })
    const newestBefore = snapshot.audit[0]!.id
    expect(audit.filter((entry) => entry.id <= newestBefore)).toEqual(snapshot.audit)
    expect(audit.filter((entry) => entry.id > newestBefore).map((entry) => entry.action)).toEqual(['auth.unlock', 'backup.restore'])
    expect(audit.find((entry) => entry.action === 'backup.restore')?.summary).toContain('vault.before-restore-')
    expect(await target.call('audit.verify')).toMatchObject({ ok: true })

    // The old vault, kept aside, recorded that it was replaced.
    const oldStore = openEncryptedStore(join(result.keptAsideAt!, 'main.db'), target.context.session!.vault.mainKey, { create: false })
    try {
      const summaries = oldStore.prepare(`select action, summary from audit_log order by id desc limit 3`).all() as { action: string; summary: string }[]
      expect(summaries.map((row) => row.action)).toEqual(['auth.lock', 'backup.restore', 'users.create'])
    } finally {
      oldStore.close()
    }
  })

  it('works while locked with the password valid when the backup was made, and refuses a wrong one', async () => {
    const target = await unlockedVault()
    const { backup } = await backupWithContent(target)
    await target.call('auth.lock')
    const id = await pickBackup(target, backup.dir)
    const before = fingerprint(vaultPaths(target.dataDir).dir)
    expect(await target.raw('backup.restore', { backupId: id, username: 'admin', password: 'Wrong#Password1' })).toMatchObject({ ok: false, error: { code: 'AUTH_FAILED' } })
    // A recorder of the backup knows a valid password but may not replace the office's data.
    expect(await target.raw('backup.restore', { backupId: id, username: 'jilu', password: recorderPassword })).toMatchObject({ ok: false, error: { code: 'RESTORE_FORBIDDEN' } })
    expect(fingerprint(vaultPaths(target.dataDir).dir)).toEqual(before)
    expect(dataDirEntries(target)).toEqual(['backup-location.json', 'backups', 'vault'])
    expect((await target.call('backup.restore', { backupId: id, ...admin })).restoredFrom).toMatch(/^\d{4}-/u)
  })

  it('refuses a corrupt backup and replaces nothing (changed bytes, and changed bytes with a matching manifest)', async () => {
    const target = await unlockedVault()
    const { backup } = await backupWithContent(target)
    await target.call('auth.lock')
    const id = await pickBackup(target, backup.dir)
    const before = fingerprint(target.dataDir)

    damageFile(join(backup.dir, 'main.db'))
    expect(await target.raw('backup.restore', { backupId: id, ...admin })).toMatchObject({ ok: false, error: { code: 'BACKUP_DAMAGED', message: expect.stringContaining('当前数据未作任何改动') } })
    expect(fingerprint(target.dataDir)).toEqual(before)

    // Even when the manifest is made to match, reopening the store finds the damage.
    rehashManifest(backup.dir)
    expect(await target.raw('backup.restore', { backupId: id, ...admin })).toMatchObject({ ok: false, error: { code: 'BACKUP_DAMAGED' } })
    expect(fingerprint(target.dataDir)).toEqual(before)

    // A damaged key file, too.
    const keys = join(backup.dir, 'keys.json')
    writeFileSync(keys, readFileSync(keys, 'utf8').replace('"format": 1', '"format": "x"'))
    rehashManifest(backup.dir)
    expect(await target.raw('backup.restore', { backupId: id, ...admin })).toMatchObject({ ok: false, error: { code: 'BACKUP_DAMAGED' } })
    expect(fingerprint(target.dataDir)).toEqual(before)
  })

  it('refuses a backup made by a newer version (more migrations than this app knows)', async () => {
    const target = await unlockedVault()
    const { backup } = await backupWithContent(target)
    const mainKey = Buffer.from(target.context.session!.vault.mainKey)
    await target.call('auth.lock')
    const before = fingerprint(target.dataDir)

    // The store itself has seen a migration from the future; the manifest still looks current.
    const copy = openEncryptedStore(join(backup.dir, 'main.db'), mainKey, { create: false })
    copy.prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)').run('from-the-future', Date.now() + 10 ** 12)
    copy.close()
    rehashManifest(backup.dir)
    const id = await pickBackup(target, backup.dir)
    expect(await target.raw('backup.restore', { backupId: id, ...admin })).toMatchObject({ ok: false, error: { code: 'BACKUP_TOO_NEW', message: expect.stringContaining('更新版本') } })
    expect(fingerprint(target.dataDir)).toEqual(before)

    // The manifest says so: refused before any password is asked, and the list says why.
    rehashManifest(backup.dir, (manifest) => ({ ...manifest, migrations: { ...manifest.migrations, main: 99 } }))
    target.dialogs.directories.push(backup.dir)
    expect(await target.call('backup.pickRestoreSource')).toMatchObject([{ verified: false, problem: expect.stringContaining('更新版本') }])
    expect(await target.raw('backup.restore', { backupId: id, username: 'admin', password: 'Wrong#Password1' })).toMatchObject({ ok: false, error: { code: 'BACKUP_TOO_NEW' } })
    expect(fingerprint(target.dataDir)).toEqual(before)
  })

  it('a folder without a backup, and an id never handed out, are refused', async () => {
    const target = await unlockedVault()
    const empty = join(target.dataDir, 'backups')
    target.dialogs.directories.push(target.dataDir)
    expect(await target.raw('backup.pickRestoreSource')).toMatchObject({ ok: false, error: { code: 'BACKUP_INVALID' } })
    expect(existsSync(empty)).toBe(false)
    expect(await target.raw('backup.restore', { backupId: '00000000-0000-4000-8000-000000000000', ...admin })).toMatchObject({ ok: false, error: { code: 'BACKUP_NOT_FOUND' } })
  })
})

describe('a damaged vault', () => {
  it('a store that will not open after the password was verified gives VAULT_DAMAGED; the newest automatic backup is offered and restores', async () => {
    const target = await unlockedVault()
    await target.call('users.create', { username: 'jilu', displayName: '李记录', roles: ['recorder'], personnelGrant: false, password: recorderPassword })
    await target.call('auth.lock') // the automatic backup on lock
    const paths = vaultPaths(target.dataDir)
    writeFileSync(paths.main, Buffer.alloc(readFileSync(paths.main).length, 0x42))
    const damaged = fingerprint(paths.dir)

    expect(await target.raw('auth.unlock', admin)).toMatchObject({ ok: false, error: { code: 'VAULT_DAMAGED' } })
    const offered = await target.call('backup.listRestorable')
    expect(offered.folder).toBe(join(target.dataDir, 'backups'))
    expect(offered.backups).toMatchObject([{ trigger: 'lock', verified: true, problem: null }])

    const result = await target.call('backup.restore', { backupId: offered.backups[0]!.id, ...admin })
    // Nothing is deleted: the damaged files are kept aside as they were.
    expect(fingerprint(result.keptAsideAt!)).toEqual(damaged)
    await target.call('auth.unlock', admin)
    expect((await target.call('users.list')).map((user) => user.username).sort()).toEqual(['admin', 'jilu'])
  })

  it('a missing key file or store makes the vault damaged, and the automatic folder is found from its clear mirror', async () => {
    const target = await unlockedVault()
    const custom = join(target.dataDir, 'elsewhere')
    target.dialogs.directories.push(custom)
    await target.call('backup.chooseAutoFolder', { useDefault: false })
    await target.call('auth.lock')
    const paths = vaultPaths(target.dataDir)
    removeDir(paths.keyFile)
    expect(await target.call('vault.status')).toMatchObject({ state: 'damaged' })
    const offered = await target.call('backup.listRestorable')
    expect(offered.folder).toBe(custom)
    expect(readdirSync(custom)).toHaveLength(1)
    await target.call('backup.restore', { backupId: offered.backups[0]!.id, ...admin })
    expect(await target.call('vault.status')).toMatchObject({ state: 'locked' })

    removeDir(paths.personnel)
    expect(await target.raw('auth.unlock', admin)).toMatchObject({ ok: false, error: { code: 'VAULT_DAMAGED' } })
  })
})
