import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { appendAudit } from '../../../electron/core/audit/audit-log'
import { adminPassword, createdVault, removeDir, type TestCore } from '../../support/vault'

let core: TestCore
beforeEach(async () => {
  core = await createdVault()
  await core.call('auth.unlock', { username: 'admin', password: adminPassword })
  for (const minutes of [5, 6, 7]) await core.call('settings.update', { committeeName: '中共示例区委员会', committeeShortName: '示例区委', idleLockMinutes: minutes })
})
afterEach(() => {
  core.context.lock('manual')
  removeDir(core.dataDir)
})

const sqlite = () => core.context.session!.vault.mainSqlite
function withoutGuards(run: () => void) {
  sqlite().exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;')
  run()
}

describe('the audit chain', () => {
  it('verifies an untouched log', async () => {
    expect(await core.call('audit.verify')).toEqual({ ok: true, checked: 5, firstBrokenId: null, problem: null })
  })

  it('writes an entry and the chain head together or not at all', async () => {
    const before = (await core.call('audit.list', { limit: 500 })).length
    // A failure between the two writes (as a crash would be) must not leave the entry alone.
    sqlite().exec(`CREATE TEMP TRIGGER head_fails BEFORE UPDATE ON audit_head BEGIN SELECT RAISE(ABORT, 'simulated crash'); END;`)
    const session = core.context.session!
    expect(() => appendAudit(session.db, session.actor, { action: 'test', entity: 'test', summary: '中途失败' }, new Date())).toThrow(/simulated crash/u)
    sqlite().exec('DROP TRIGGER head_fails')
    expect(await core.call('audit.list', { limit: 500 })).toHaveLength(before)
    expect(await core.call('audit.verify')).toMatchObject({ ok: true })
  })

  it('refuses UPDATE and DELETE on the log', () => {
    expect(() => sqlite().exec(`UPDATE audit_log SET summary = 'x' WHERE id = 2`)).toThrow(/append-only/u)
    expect(() => sqlite().exec(`DELETE FROM audit_log WHERE id = 2`)).toThrow(/append-only/u)
  })

  it('finds an edited entry', async () => {
    withoutGuards(() => sqlite().exec(`UPDATE audit_log SET summary = '篡改' WHERE id = 3`))
    expect(await core.call('audit.verify')).toMatchObject({ ok: false, firstBrokenId: 3, problem: '第 3 条记录的内容被改动' })
  })

  it('finds a deleted entry in the middle', async () => {
    withoutGuards(() => sqlite().exec(`DELETE FROM audit_log WHERE id = 2`))
    expect(await core.call('audit.verify')).toMatchObject({ ok: false, firstBrokenId: 3 })
  })

  it('finds a deleted last entry', async () => {
    withoutGuards(() => sqlite().exec(`DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)`))
    expect(await core.call('audit.verify')).toMatchObject({ ok: false, firstBrokenId: null, problem: expect.stringContaining('末尾') })
  })

  it('pages backwards through the log', async () => {
    const first = await core.call('audit.list', { limit: 2 })
    const next = await core.call('audit.list', { limit: 2, beforeId: first[1]!.id })
    expect(first.map((e) => e.id)).toEqual([5, 4])
    expect(next.map((e) => e.id)).toEqual([3, 2])
  })

  it('records who locked the vault and why', async () => {
    await core.call('auth.lock', { reason: 'idle' })
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const [, lockEntry] = await core.call('audit.list', { limit: 2 })
    expect(lockEntry).toMatchObject({ action: 'auth.lock', summary: '锁定（闲置超时）' })
  })
})

describe('the audit viewer', () => {
  it('filters by user, action and time range', async () => {
    const admin = (await core.call('audit.actors'))[0]!
    expect(await core.call('audit.actors')).toEqual([{ userId: admin.userId, userName: '王秘书' }])
    const updates = await core.call('audit.list', { filter: { action: 'settings.update' } })
    expect(updates.map((e) => e.action)).toEqual(['settings.update', 'settings.update', 'settings.update'])
    expect(await core.call('audit.list', { filter: { userId: admin.userId!, action: 'auth.unlock' } })).toHaveLength(1)
    const all = await core.call('audit.list', {})
    const newest = all[0]!
    // [from, to): an instant in +08:00 covers the same entries as its UTC form.
    const sameInstant = new Date(newest.at).toISOString().replace('Z', '+00:00')
    // Entries written in the same millisecond as the newest one share its instant.
    expect((await core.call('audit.list', { filter: { from: sameInstant } })).map((e) => e.id)).toEqual(all.filter((e) => e.at === newest.at).map((e) => e.id))
    expect((await core.call('audit.list', { filter: { to: sameInstant } })).map((e) => e.id)).not.toContain(newest.id)
    expect(await core.call('audit.list', { filter: { from: '2000-01-01T00:00:00+08:00', to: '2000-01-02T00:00:00+08:00' } })).toEqual([])
  })

  it('refuses a range that ends before it starts, or a date that is not one', async () => {
    expect(await core.raw('audit.list', { filter: { from: '2026-02-02T00:00:00Z', to: '2026-02-01T00:00:00Z' } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await core.raw('audit.list', { filter: { from: '2026-02-30T00:00:00Z' } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('exports the filtered log as CSV with the chain hashes, and records the export', async () => {
    const file = join(core.dataDir, '审计日志.csv')
    core.dialogs.saveFiles.push(file)
    expect(await core.call('audit.export', { filter: { action: 'settings.update' } })).toEqual({ path: file, count: 3 })
    const csv = readFileSync(file, 'utf8')
    expect(csv.startsWith('\uFEFF序号,时间,用户,操作,操作代码')).toBe(true)
    const lines = csv.trim().split('\r\n')
    expect(lines).toHaveLength(4)
    expect(lines[1]).toMatch(/^3,\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,王秘书,修改设置,settings\.update,/u)
    expect(lines[1]).toMatch(/,[0-9a-f]{64},[0-9a-f]{64}$/u)
    const [latest] = await core.call('audit.list', { limit: 1 })
    expect(latest).toMatchObject({ action: 'audit.export', summary: expect.stringContaining('3 条') })
    expect(await core.call('audit.verify')).toMatchObject({ ok: true })
  })

  it('writes nothing when the save dialog is cancelled', async () => {
    expect(await core.call('audit.export', {})).toEqual({ path: null, count: 0 })
    expect(core.dialogs.requests).toEqual([{ kind: 'save', title: '导出审计日志' }])
  })
})

