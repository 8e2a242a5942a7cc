import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { maxErrorText } from '../../../shared/error-bounds'
import { channelNames, contract } from '../../../shared/ipc/contract'
import { admin, backupToNewFolder } from '../../support/backup'
import { hugeInputsFor } from '../../support/fuzz-inputs'
import { createdVault, removeDir, tempDir, type TestCore } from '../../support/vault'

/*
 * Issue 13, item 8: half-written backups (.partial folders a crash or a pulled USB drive
 * left) are removed at unlock — only those; every file of a backup, and the vault's own
 * files, are the owner's only (0600, folders 0700); and no error answer echoes more than
 * 200 characters of what was sent, on any channel.
 */

const cleanup: string[] = []
let current: TestCore | undefined
afterEach(() => {
  current?.context.lock('manual')
  for (const dir of [...(current ? [current.dataDir] : []), ...cleanup.splice(0)]) removeDir(dir)
  current = undefined
})

async function unlockedVault(): Promise<TestCore> {
  current = await createdVault()
  await current.call('auth.unlock', admin)
  return current
}

const modeOf = (path: string) => statSync(path).mode & 0o777

/** A backup cut short while its stores were being copied: what writeVerifiedBackup leaves in its hidden folder. */
function plantPartial(parent: string, name: string, extra: Record<string, string> = {}): string {
  const dir = join(parent, name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'main.db'), readFileSync(join(parent, '..', 'vault', 'main.db')).subarray(0, 64 * 1024))
  writeFileSync(join(dir, 'main.db-journal'), Buffer.alloc(512, 1))
  writeFileSync(join(dir, `manifest.json.${process.pid}.tmp`), '{"format":1')
  for (const [file, content] of Object.entries(extra)) writeFileSync(join(dir, file), content)
  return dir
}

describe('half-written backups are removed at unlock, and nothing else', () => {
  it('removes the app’s own .partial folders in the automatic folder; keeps finished backups, look-alikes, links and anything holding other files', async () => {
    const core = await unlockedVault()
    core.context.lock('manual') // writes the lock's automatic backup
    const backups = join(core.dataDir, 'backups')
    const finished = readdirSync(backups)
    expect(finished).toEqual([expect.stringMatching(/^yishi-backup-\d{8}-\d{6}$/u)])

    const crashed = plantPartial(backups, '.yishi-backup-20261120-173000.partial')
    const crashedTwice = plantPartial(backups, '.yishi-backup-20261120-173000-2.partial')
    // Someone's own file inside: not only what a backup writes, so it stays.
    const withNotes = plantPartial(backups, '.yishi-backup-20261121-090000.partial', { '会议记录备忘.txt': '手写记录的扫描件说明' })
    // Names the app never writes, a file (not a folder), and a link to a folder elsewhere.
    const lookAlike = plantPartial(backups, '.yishi-backup-old.partial')
    const userFolder = plantPartial(backups, 'my-copy.partial')
    writeFileSync(join(backups, '.yishi-backup-20261122-100000.partial'), 'a file, not a folder')
    const elsewhere = tempDir('yishi-elsewhere-')
    cleanup.push(elsewhere)
    writeFileSync(join(elsewhere, 'main.db'), 'not ours')
    symlinkSync(elsewhere, join(backups, '.yishi-backup-20261122-110000.partial'))

    await core.call('auth.unlock', admin)
    expect(existsSync(crashed)).toBe(false)
    expect(existsSync(crashedTwice)).toBe(false)
    for (const kept of [withNotes, lookAlike, userFolder, join(backups, finished[0]!)]) expect(existsSync(kept), kept).toBe(true)
    expect(readdirSync(withNotes)).toContain('会议记录备忘.txt')
    expect(readFileSync(join(backups, '.yishi-backup-20261122-100000.partial'), 'utf8')).toBe('a file, not a folder')
    expect(readFileSync(join(elsewhere, 'main.db'), 'utf8')).toBe('not ours')
    expect(existsSync(join(backups, '.yishi-backup-20261122-110000.partial'))).toBe(true)
    // The finished backup still restores (its manifest and files untouched).
    expect((await core.call('backup.listRestorable')).backups.map((backup) => backup.verified)).toEqual([true])
  })

  it('also cleans the automatic folder the office picked (a USB drive)', async () => {
    const core = await unlockedVault()
    const usb = tempDir('yishi-usb-')
    cleanup.push(usb)
    core.dialogs.directories.push(usb)
    await core.call('backup.chooseAutoFolder', { useDefault: false })
    core.context.lock('manual')
    const partial = join(usb, '.yishi-backup-20261123-080000.partial')
    mkdirSync(partial)
    writeFileSync(join(partial, 'main.db'), Buffer.alloc(4096, 7))
    writeFileSync(join(partial, 'keys.json'), '{}')
    await core.call('auth.unlock', admin)
    expect(existsSync(partial)).toBe(false)
    expect(readdirSync(usb).filter((name) => name.startsWith('yishi-backup-'))).toHaveLength(1)
  })
})

describe('owner-only files', () => {
  it('every file of a backup is 0600 and its folder 0700, for 备份到… and the automatic backups', async () => {
    const core = await unlockedVault()
    const manual = await backupToNewFolder(core)
    cleanup.push(manual.parent)
    core.context.lock('manual')
    const automatic = join(core.dataDir, 'backups', readdirSync(join(core.dataDir, 'backups'))[0]!)
    for (const dir of [manual.dir, automatic]) {
      expect(modeOf(dir), dir).toBe(0o700)
      const files = readdirSync(dir)
      expect(files).toEqual(expect.arrayContaining(['main.db', 'personnel.db', 'keys.json', 'manifest.json']))
      for (const file of files) expect(modeOf(join(dir, file)), `${dir}/${file}`).toBe(0o600)
    }
  })

  it('the key file and the stores are made 0600 again at unlock (after a copy that widened them)', async () => {
    const core = await unlockedVault()
    core.context.lock('manual')
    const paths = vaultPaths(core.dataDir)
    for (const file of [paths.keyFile, paths.main, paths.personnel]) chmodSync(file, 0o644)
    chmodSync(paths.dir, 0o755)
    await core.call('auth.unlock', admin)
    for (const file of [paths.keyFile, paths.main, paths.personnel]) expect(modeOf(file), file).toBe(0o600)
    expect(modeOf(paths.dir)).toBe(0o700)
    for (const file of readdirSync(paths.dir)) expect(modeOf(join(paths.dir, file)), file).toBe(0o600)
  })
})

const tenMegabytes = 10 * 1024 * 1024
// One character the app's own messages never use, so every occurrence in an answer is an echo.
const marker = 'Ж'
const huge = marker.repeat(tenMegabytes)

/** The longest run of the input's character anywhere in the error answer. */
function longestEcho(answer: unknown): number {
  const text = JSON.stringify(answer)
  let longest = 0
  for (const run of text.match(/Ж+/gu) ?? []) longest = Math.max(longest, run.length)
  return longest
}

describe('error answers never echo more than 200 characters of the input', () => {
  it('calendar.save: a 10 MB unknown key, and 2,000 days both rest day and workday, are answered briefly', async () => {
    const core = await unlockedVault()
    const unknownKey = await core.raw('calendar.save', { extraHolidays: ['2026-10-08'], extraWorkdays: ['2026-10-10'], [huge]: true } as never)
    expect(unknownKey).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(longestEcho(unknownKey)).toBeLessThanOrEqual(maxErrorText)
    expect(JSON.stringify(unknownKey).length).toBeLessThan(4000)

    const days = Array.from({ length: 2000 }, (_, index) => new Date(Date.UTC(2026, 0, 1 + index)).toISOString().slice(0, 10))
    const both = await core.raw('calendar.save', { extraHolidays: days, extraWorkdays: days })
    expect(both).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('不能既是休息日又是工作日') } })
    if (both.ok) throw new Error('refused expected')
    expect(both.error.message.length).toBeLessThanOrEqual(maxErrorText)
    expect(JSON.stringify(both).length).toBeLessThan(4000)
    expect(await core.call('calendar.get')).toMatchObject({ calendar: { extraHolidays: [], extraWorkdays: [] } })
  })

  it('every channel, with the 10 MB text in each field and as a key of each object', async () => {
    const core = await unlockedVault()
    const problems: string[] = []
    let calls = 0
    for (const channel of channelNames) {
      for (const { label, input } of hugeInputsFor(contract[channel].input, huge)) {
        const answer = await core.dispatch(channel, input)
        calls += 1
        if (!answer.ok) {
          if (longestEcho(answer) > maxErrorText) problems.push(`${channel} — ${label}: echoes ${longestEcho(answer)} characters`)
          if (JSON.stringify(answer).length > 20_000) problems.push(`${channel} — ${label}: an answer of ${JSON.stringify(answer).length} characters`)
        } else if (JSON.stringify(answer).includes(marker.repeat(1000))) problems.push(`${channel} — ${label}: accepted the 10 MB text`)
        if (!core.context.session) await core.call('auth.unlock', admin)
      }
    }
    expect(problems).toEqual([])
    expect(calls).toBeGreaterThan(channelNames.length * 2)
  }, 300_000)
})
