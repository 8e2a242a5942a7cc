import { afterEach, beforeEach, describe, expect, it } from 'vitest'
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
