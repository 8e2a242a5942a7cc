import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { dailyBackupSettled } from '../../../electron/core/backup/auto-backup'
import { knownMigrations } from '../../../electron/core/db/migrate'
import { readManifest } from '../../../electron/core/backup/backup-manifest'
import { admin, backupToNewFolder, fingerprint } from '../../support/backup'
import { backupTestCores } from '../../support/backup-fixture'
import { adminPassword, committeeName, migrationsRoot, tempDir, type TestCore } from '../../support/vault'

const cores = backupTestCores()

/** A clock the test moves, so automatic backups get distinct times and "a day later" can happen. */
function testClock(start = '2026-03-02T01:00:00.000Z') {
  let current = new Date(start)
  return {
    now: () => current,
    advance(ms: number) {
      current = new Date(current.getTime() + ms)
    },
  }
}

function unlockedVault(clock = testClock()): Promise<TestCore> {
  return cores.unlocked({ now: clock.now })
}

const backupNames = (folder: string) => readdirSync(folder).filter((name) => name.startsWith('yishi-backup-')).sort()

describe('备份到…', () => {
  it('writes both stores and the key file into a new folder, with a manifest written last, verified', async () => {
    const target = await unlockedVault()
    const { parent, dir } = await backupToNewFolder(target)
    cores.removeLater(parent)
    expect(target.dialogs.requests).toEqual([{ kind: 'directory', title: '选择备份位置（如 U 盘）' }])
    expect(readdirSync(parent)).toEqual([dir.slice(parent.length + 1)])
    // audit-head.json: the signed head of the main store copied (backup/backup-head.ts), to choose the restore offered.
    expect(readdirSync(dir).sort()).toEqual(['audit-head.json', 'keys.json', 'main.db', 'manifest.json', 'personnel.db'])
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>
    expect(manifest).toMatchObject({ format: 3, trigger: 'manual', vaultFiles: {}, migrations: { main: knownMigrations('main', { root: migrationsRoot }).count, personnel: knownMigrations('personnel', { root: migrationsRoot }).count }, checks: { main: 'integrity_check', personnel: 'integrity_check' } })
    expect((manifest.files as Record<string, { bytes: number }>)['main.db']?.bytes).toBe(statSync(join(dir, 'main.db')).size)
    // The copy is recorded in the audit log.
    const [latest] = await target.call('audit.list', { limit: 1 })
    expect(latest).toMatchObject({ action: 'backup.create', summary: expect.stringContaining('已校验') })
  })

  it('copies and checks the stores off the main thread, reporting the bytes copied', async () => {
    const events: { copiedBytes: number; totalBytes: number }[] = []
    const target = await cores.unlocked({ onAppEvent: (event, payload) => void (event === 'backup.progress' && events.push(payload as (typeof events)[number])) })
    // Some megabytes of materials, so the copy takes long enough for the window to be seen.
    const sqlite = target.context.session!.vault.mainSqlite
    sqlite.exec(`create table ballast (b blob)`)
    const insert = sqlite.prepare('insert into ballast values (randomblob(1048576))')
    for (let i = 0; i < 40; i++) insert.run()
    const paths = vaultPaths(target.dataDir)
    const total = statSync(paths.main).size + statSync(paths.personnel).size

    let ticks = 0
    const timer = setInterval(() => ticks++, 5)
    const { parent } = await backupToNewFolder(target)
    clearInterval(timer)
    cores.removeLater(parent)
    // A synchronous copy would have held the event loop for the whole of it.
    expect(ticks).toBeGreaterThan(3)
    expect(events.length).toBeGreaterThan(0)
    expect(events.every((event) => event.totalBytes === total)).toBe(true)
    expect(events.map((event) => event.copiedBytes)).toEqual([...events.map((event) => event.copiedBytes)].sort((a, b) => a - b))
    expect(events.at(-1)?.copiedBytes).toBe(total)
  })

  it('cancelling the dialog writes nothing; a folder inside the vault is refused', async () => {
    const target = await unlockedVault()
    expect(await target.call('backup.create')).toBeNull()
    target.dialogs.directories.push(vaultPaths(target.dataDir).dir)
    const before = fingerprint(vaultPaths(target.dataDir).dir)
    expect(await target.raw('backup.create')).toMatchObject({ ok: false, error: { code: 'BACKUP_TARGET_INVALID' } })
    expect(Object.keys(fingerprint(vaultPaths(target.dataDir).dir))).toEqual(Object.keys(before))
  })

  it('is an administrator\'s permission', async () => {
    const target = await unlockedVault()
    await target.call('users.create', { username: 'jilu', displayName: '李记录', roles: ['recorder'], personnelGrant: false, password: 'Jilu#Chushi2026' })
    await target.call('auth.lock')
    await target.call('auth.unlock', { username: 'jilu', password: 'Jilu#Chushi2026' })
    await target.call('auth.changePassword', { currentPassword: 'Jilu#Chushi2026', newPassword: 'Jilu#Xinmima2026' })
    for (const channel of ['backup.overview', 'backup.create'] as const) expect(await target.raw(channel)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('no backup file (stores, key file, manifest) contains a known string in clear, Chinese included', async () => {
    const target = await unlockedVault()
    const secrets = [committeeName, '示例区委', '王秘书', '机密测试专用字符串', 'canary-7f3a9c', adminPassword, 'Mimi#Recorder2026']
    await target.call('users.create', { username: 'canary-7f3a9c', displayName: '机密测试专用字符串', roles: ['recorder'], personnelGrant: true, password: 'Mimi#Recorder2026' })
    const { parent, dir } = await backupToNewFolder(target)
    cores.removeLater(parent)
    await target.call('auth.lock') // and an automatic one
    const automatic = join(target.dataDir, 'backups')
    const files = [...readdirSync(dir).map((name) => join(dir, name)), ...backupNames(automatic).flatMap((name) => readdirSync(join(automatic, name)).map((file) => join(automatic, name, file)))]
    expect(files.length).toBe(10)
    for (const file of files) {
      const bytes = readFileSync(file)
      const leaks = secrets.filter((secret) => bytes.includes(Buffer.from(secret, 'utf8')) || bytes.includes(Buffer.from(secret, 'utf16le')))
      expect(leaks, file).toEqual([])
      expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0')
    }
  })
})

describe('automatic backups', () => {
  it('on lock and on quit, into the data folder by default, and keep only the newest N', async () => {
    const clock = testClock()
    const target = await unlockedVault(clock)
    expect(await target.call('backup.overview')).toMatchObject({ settings: { autoEnabled: true, keep: 10 }, folder: { path: join(target.dataDir, 'backups'), isDefault: true }, backups: [] })
    await target.call('backup.updateSettings', { autoEnabled: true, keep: 3 })
    // A backup from 备份到… in the same folder is never rotated away.
    target.dialogs.directories.push(join(target.dataDir, 'backups'))
    await target.call('backup.create')
    for (let round = 0; round < 5; round += 1) {
      clock.advance(60_000)
      target.context.lock(round === 4 ? 'quit' : 'idle')
      await target.call('auth.unlock', admin)
    }
    const overview = await target.call('backup.overview')
    expect(overview.backups.map((backup) => backup.trigger)).toEqual(['quit', 'lock', 'lock'])
    expect(overview.backups.every((backup) => backup.verified && backup.problem === null)).toBe(true)
    expect(overview.lastAutomatic).toMatchObject({ ok: true, trigger: 'quit' })
    expect(backupNames(join(target.dataDir, 'backups'))).toHaveLength(4)
    expect((await target.call('audit.list', { limit: 3 })).map((entry) => entry.action)).toEqual(['auth.unlock', 'auth.lock', 'backup.auto'])
  })

  it('daily: on unlock when the newest automatic backup whose pages were read is more than a day old', async () => {
    const clock = testClock()
    const target = await unlockedVault(clock)
    expect((await target.call('backup.overview')).backups).toEqual([])
    await target.call('backup.updateSettings', { autoEnabled: false, keep: 10 })
    target.context.lock('manual')
    clock.advance(25 * 3600_000)
    await target.call('auth.unlock', admin)
    expect((await target.call('backup.overview')).backups).toEqual([])
    await target.call('backup.updateSettings', { autoEnabled: true, keep: 10 })
    target.context.lock('manual') // backs up (lock)
    clock.advance(25 * 3600_000)
    await target.call('auth.unlock', admin) // a day later: backs up (daily), in the background
    await dailyBackupSettled(target.context.session!)
    expect((await target.call('backup.overview')).backups.map((backup) => backup.trigger)).toEqual(['daily', 'lock'])
    clock.advance(3600_000)
    target.context.lock('manual')
    await target.call('auth.unlock', admin) // the daily backup is fresh: no other one
    expect((await target.call('backup.overview')).backups.map((backup) => backup.trigger)).toEqual(['lock', 'daily', 'lock'])
    // Lock backups only compare their copies: a day after the daily one it is due again, however often the vault was locked.
    for (let hour = 0; hour < 24; hour += 6) {
      clock.advance(6 * 3600_000)
      target.context.lock('manual')
      await target.call('auth.unlock', admin)
    }
    await dailyBackupSettled(target.context.session!)
    expect((await target.call('backup.overview')).backups.map((backup) => backup.trigger).slice(0, 2)).toEqual(['daily', 'lock'])
  })

  it('lock backups are compared with the stores; the newest backup whose pages were read is kept past the number kept', async () => {
    const clock = testClock()
    const target = await unlockedVault(clock)
    await target.call('backup.updateSettings', { autoEnabled: true, keep: 2 })
    target.context.lock('manual')
    clock.advance(25 * 3600_000)
    await target.call('auth.unlock', admin)
    await dailyBackupSettled(target.context.session!)
    for (let round = 0; round < 4; round += 1) {
      clock.advance(60_000)
      target.context.lock('manual')
      await target.call('auth.unlock', admin)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
    const folder = join(target.dataDir, 'backups')
    const manifests = backupNames(folder).map((name) => readManifest(join(folder, name)))
    expect(manifests.map((manifest) => [manifest.trigger, manifest.checks.main]).sort()).toEqual([
      ['daily', 'integrity_check'],
      ['lock', 'compared'],
      ['lock', 'compared'],
    ])
    // Each is whole: the list reads every manifest and file, and a restore checks the compared copy page by page.
    expect((await target.call('backup.overview')).backups.every((backup) => backup.verified)).toBe(true)
  })

  it('a failing automatic backup never stops the lock; the failure is recorded and shown', async () => {
    const target = await unlockedVault()
    const notAFolder = join(tempDir(), 'file')
    cores.removeLater(notAFolder.slice(0, -'/file'.length))
    writeFileSync(notAFolder, 'x')
    target.dialogs.directories.push(notAFolder)
    await target.call('backup.chooseAutoFolder', { useDefault: false })
    target.context.lock('screen-lock')
    expect(target.context.session).toBeNull()
    await target.call('auth.unlock', admin)
    const overview = await target.call('backup.overview')
    expect(overview.lastAutomatic).toMatchObject({ ok: false, trigger: 'lock', message: expect.stringContaining('备份未能完成') })
    const entries = await target.call('audit.list', { limit: 3 })
    expect(entries.map((entry) => entry.action)).toEqual(['auth.unlock', 'auth.lock', 'backup.autoFailed'])
    // Back to the default folder: the next lock backs up again.
    await target.call('backup.chooseAutoFolder', { useDefault: true })
    target.context.lock('manual')
    await target.call('auth.unlock', admin)
    expect((await target.call('backup.overview')).lastAutomatic).toMatchObject({ ok: true })
  })

  it('a crash mid-backup leaves only a hidden partial folder, never offered as a backup', async () => {
    const target = await unlockedVault()
    const folder = join(target.dataDir, 'backups')
    mkdirSync(join(folder, '.yishi-backup-20260301-120000.partial'), { recursive: true })
    writeFileSync(join(folder, '.yishi-backup-20260301-120000.partial', 'main.db'), 'half')
    // A folder with a backup's name but no manifest is not trusted either.
    mkdirSync(join(folder, 'yishi-backup-20260301-130000'))
    target.context.lock('manual')
    expect((await target.call('backup.listRestorable')).backups).toMatchObject([
      { verified: true, problem: null },
      { name: 'yishi-backup-20260301-130000', verified: false, problem: expect.stringContaining('清单') },
    ])
  })
})
