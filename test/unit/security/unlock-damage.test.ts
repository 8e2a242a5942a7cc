import { describe, expect, it } from 'vitest'
import { dailyBackupSettled } from '../../../electron/core/backup/auto-backup'
import type { CoreContext } from '../../../electron/core/context'
import type { Session } from '../../../electron/core/session'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { errorMessages } from '../../../shared/errors'
import type { AppEventName } from '../../../shared/ipc/contract'
import { admin } from '../../support/backup'
import { meetingInput, meetingsVaults, topicInput, type MeetingsVault } from '../../support/meetings-fixture'
import { flipPage, pageOwners, pagesOf } from '../../support/page-damage'

/*
 * Issue 13, item 6: a damaged page of a real encrypted vault is reported as damage
 * (VAULT_DAMAGED, the Chinese notice, the restore the window offers for it), at unlock and
 * in any call after it; the session then ends at once (core.session null, every key buffer
 * zeroed, nothing written to the damaged store), and the backup written before still
 * restores everything.
 */

const vaults = meetingsVaults()
const events: { event: AppEventName; payload: unknown }[] = []

/** Twelve 常委会会议 of a half year, two topics with their summaries on each agenda. */
async function recordHalfYear(vault: MeetingsVault): Promise<string[]> {
  const ids: string[] = []
  for (let index = 0; index < 12; index += 1) {
    const date = new Date(Date.UTC(2026, 0, 5 + index * 14)).toISOString().slice(0, 10)
    const meeting = await vault.core.call('meetings.create', meetingInput(vault, 'standing', date))
    for (const subject of ['城区防汛工作', '老旧小区改造资金安排']) {
      const summary = `为贯彻落实区委关于${subject}的决策部署，提请常委会研究。`.repeat(20)
      const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', `关于${subject}的请示（第${index + 1}批）`, { summary }))
      await vault.core.call('agenda.add', { meetingId: meeting.id, topicId: topic.id })
    }
    ids.push(meeting.id)
  }
  return ids
}

interface DamagedVault {
  vault: MeetingsVault
  ids: string[]
  /** Every meeting as the app showed it before the damage. */
  before: unknown[]
  keyHex: string
  path: string
}

/** A vault with a half year recorded, locked (the lock writes its automatic backup). */
async function lockedRealVault(): Promise<DamagedVault> {
  events.length = 0
  // The core's events, as the window would receive them.
  const vault = await vaults.open({ start: '2026-07-01T01:00:00.000Z', onAppEvent: (event, payload) => void events.push({ event, payload }) })
  const ids = await recordHalfYear(vault)
  // Then days of small changes (settings here), each with its audit entry: the audit log grows at the end of the file.
  for (let day = 0; day < 80; day += 1) await vault.core.call('settings.update', { committeeName: '中共示例区委员会', committeeShortName: '示例区委', idleLockMinutes: 10 + (day % 20) })
  const before = await Promise.all(ids.map((id) => vault.core.call('meetings.get', { id })))
  const keyHex = vault.core.context.session!.vault.mainKey.toString('hex')
  vault.core.context.lock('manual')
  vault.clock.set('2026-07-01T03:00:00.000Z')
  return { vault, ids, before, keyHex, path: vaultPaths(vault.core.dataDir).main }
}

/** Every session the core sets, so a test can look at the keys of one that never came back. */
function watchSessions(context: CoreContext): Session[] {
  const seen: Session[] = []
  let current = context.session
  Object.defineProperty(context, 'session', {
    get: () => current,
    set: (value: Session | null) => {
      if (value) seen.push(value)
      current = value
    },
    configurable: true,
  })
  return seen
}

function keyBuffers(session: Session): Buffer[] {
  const { privateKey, mainKey, personnelKey } = session.vault
  return [privateKey, mainKey, ...(personnelKey ? [personnelKey] : [])]
}

const wiped = (buffer: Buffer) => buffer.length > 0 && buffer.every((byte) => byte === 0)

/** Restores the newest automatic backup while locked, as the damaged screen does, and checks every meeting is back. */
async function restoresEverything(damaged: DamagedVault): Promise<void> {
  const { core } = damaged.vault
  const restorable = await core.call('backup.listRestorable')
  const newest = restorable.backups.find((backup) => backup.verified)
  expect(newest?.trigger).toBe('lock')
  const result = await core.call('backup.restore', { backupId: newest!.id, ...admin })
  expect(result.keptAsideAt).toMatch(/vault\.before-restore-/u)
  await core.call('auth.unlock', admin)
  expect(await Promise.all(damaged.ids.map((id) => core.call('meetings.get', { id })))).toEqual(damaged.before)
  expect(await core.call('audit.verify')).toMatchObject({ ok: true })
}

describe('a damaged page of main.db is reported as damage and ends the session', () => {
  it('the last page (under the unlock audit entry): VAULT_DAMAGED at unlock, no session, keys zeroed, the backup restores', async () => {
    const damaged = await lockedRealVault()
    const { pageSize, owners } = pageOwners(damaged.path, damaged.keyHex)
    // The audit log's newest page, where every change (the unlock's entry too) appends.
    const lastPage = pagesOf(owners, 'audit_log').at(-1)!
    expect(lastPage).toBeGreaterThan(pagesOf(owners, 'meetings').at(-1)!)
    flipPage(damaged.path, lastPage, pageSize)

    const { core } = damaged.vault
    const sessions = watchSessions(core.context)
    const result = await core.raw('auth.unlock', admin)
    expect(result).toEqual({ ok: false, error: { code: 'VAULT_DAMAGED', message: errorMessages.VAULT_DAMAGED, details: { cause: 'SQLITE_CORRUPT' } } })
    expect(errorMessages.VAULT_DAMAGED).toBe('数据库文件已损坏或不完整，无法打开。请从备份恢复，原文件不会被删除。')
    expect(core.context.session).toBeNull()
    // The damage shows while the unlock reads the audit log (the signed head's check) or writes
    // its entry: either way no session is left, and one made for a moment has its keys zeroed.
    expect(sessions.length).toBeLessThanOrEqual(1)
    for (const session of sessions) {
      expect(keyBuffers(session).every(wiped)).toBe(true)
      expect(session.vault.mainSqlite.open).toBe(false)
    }
    expect(await core.raw('meetings.list', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } })

    await restoresEverything(damaged)
  })

  it('a middle page (meeting members): the read answers VAULT_DAMAGED, the session is locked with its keys zeroed, the backup restores', async () => {
    const damaged = await lockedRealVault()
    const { pageSize, owners } = pageOwners(damaged.path, damaged.keyHex)
    const memberPages = pagesOf(owners, 'meeting_members')
    expect(memberPages.length).toBeGreaterThanOrEqual(3)
    flipPage(damaged.path, memberPages[Math.floor(memberPages.length / 2)]!, pageSize)

    const { core } = damaged.vault
    // The page is not read at unlock: the unlock succeeds.
    await core.call('auth.unlock', admin)
    const session = core.context.session!
    const keys = keyBuffers(session)
    expect(keys.some(wiped)).toBe(false)
    const backupsBefore = (await core.call('backup.listRestorable')).backups.length

    const answers = []
    for (const id of damaged.ids) answers.push(await core.raw('meetings.get', { id }))
    const firstFailure = answers.findIndex((answer) => !answer.ok)
    expect(firstFailure).toBeGreaterThanOrEqual(0)
    expect(answers[firstFailure]).toEqual({ ok: false, error: { code: 'VAULT_DAMAGED', message: errorMessages.VAULT_DAMAGED, details: { cause: 'SQLITE_CORRUPT' } } })
    // Every meeting read before the damaged page came back whole.
    expect(answers.slice(0, firstFailure).map((answer) => (answer.ok ? answer.value : null))).toEqual(damaged.before.slice(0, firstFailure))
    // From then on the session is gone, never INTERNAL.
    for (const answer of answers.slice(firstFailure + 1)) expect(answer).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } })
    expect(core.context.session).toBeNull()
    expect(keys.every(wiped)).toBe(true)
    expect(session.vault.mainSqlite.open).toBe(false)
    expect(session.vault.personnelSqlite?.open).toBe(false)
    // The window is told why (it shows the damaged screen with the restore), and the damaged store got no backup.
    expect(events).toContainEqual({ event: 'session.locked', payload: { reason: 'damaged' } })
    expect((await core.call('backup.listRestorable')).backups).toHaveLength(backupsBefore)

    await restoresEverything(damaged)
  })

  it('damage appearing while open: the lock copies without reading the pages, the daily backup a day later reads them and ends the session as damaged', async () => {
    const damaged = await lockedRealVault()
    const { core } = damaged.vault
    await core.call('auth.unlock', admin)
    // The damage appears while the vault is open (a failing disk).
    const { pageSize, owners } = pageOwners(damaged.path, damaged.keyHex)
    const topicPage = pagesOf(owners, 'topics')[0]!
    flipPage(damaged.path, topicPage, pageSize)

    // Lock compares its byte copy with the store and does not wait to read every page.
    expect(await core.raw('auth.lock', { reason: 'manual' })).toEqual({ ok: true, value: null })
    const lockBackups = (await core.call('backup.listRestorable')).backups.filter((backup) => backup.trigger === 'lock')
    expect(lockBackups.length).toBeGreaterThanOrEqual(2)

    // A day on, the unlock answers at once and the daily backup reads the stores in the background.
    damaged.vault.clock.set('2026-07-02T04:00:00.000Z')
    await core.call('auth.unlock', admin)
    const session = core.context.session!
    const keys = keyBuffers(session)
    await dailyBackupSettled(session)
    expect(core.context.session).toBeNull()
    expect(keys.every(wiped)).toBe(true)
    expect(events.at(-1)).toEqual({ event: 'session.locked', payload: { reason: 'damaged' } })
    // No daily backup was written of the damaged store.
    expect((await core.call('backup.listRestorable')).backups.filter((backup) => backup.trigger === 'daily')).toHaveLength(0)
  })
})
