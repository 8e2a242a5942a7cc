import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { editStore, keysOf, unsignedVault } from '../../support/attacker'
import { adminPassword, removeDir } from '../../support/vault'
import { attendance, insertTopic, liveVault, startedMeeting, type LiveVault } from '../core/live-fixture'

/*
 * Seals made before the key file was signed carry no signature and keep verifying by their hash
 * (「已签发（旧式校验）」). Where signing began is read from the audit chain (the upgrade's
 * vault.signKeys entry), not from the row: a meeting signed after it whose signature is dropped
 * and whose signed_at is set back to before the upgrade does not pass as one of them.
 */

let lv: LiveVault
beforeEach(async () => {
  lv = await liveVault()
})
afterEach(() => {
  lv.core.context.lock('manual')
  removeDir(lv.core.dataDir)
})

async function signedMeeting(title: string): Promise<string> {
  const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title })])
  await attendance(lv, meeting.id, 8)
  await lv.core.call('live.setOutcome', { itemId: meeting.items[0]!.id, outcome: 'deferred' })
  await lv.core.call('meetings.advance', { id: meeting.id, to: 'ended' })
  await lv.core.call('meetings.sign', { id: meeting.id })
  return meeting.id
}

describe('meetings signed before the key file was signed', () => {
  it('read 旧式校验 with their check code; a later seal stripped of its signature and backdated reads 签发后被改动', async () => {
    const old = await signedMeeting('关于全域旅游发展的方案')
    const oldCode = (await lv.core.call('meetings.get', { id: old })).sealCheck!.checkCode
    lv.core.context.lock('manual')
    // What an earlier version left: no signature on the seal, an unsigned key file.
    const { main } = await keysOf(lv.core.dataDir, 'admin', adminPassword)
    editStore(vaultPaths(lv.core.dataDir).main, main, (db) => {
      db.exec('drop trigger meetings_sealed_update')
      db.prepare('update meetings set seal_signature = null where id = ?').run(old)
    })
    await unsignedVault(lv.core.dataDir, 'admin', adminPassword)
    // The administrator's unlock signs the key file (vault.signKeys): signing begins here.
    await lv.core.call('auth.unlock', { username: 'admin', password: adminPassword })
    expect((await lv.core.call('meetings.get', { id: old })).sealCheck).toEqual({ state: 'legacy', checkCode: oldCode })

    const later = await signedMeeting('关于城区停车场建设的方案')
    expect((await lv.core.call('meetings.get', { id: later })).sealCheck!.state).toBe('intact')
    lv.core.context.lock('manual')
    editStore(vaultPaths(lv.core.dataDir).main, main, (db) => {
      db.prepare(`update meetings set seal_signature = null, signed_at = '2020-01-01T00:00:00.000Z' where id = ?`).run(later)
    })
    await lv.core.call('auth.unlock', { username: 'admin', password: adminPassword })
    expect((await lv.core.call('meetings.get', { id: later })).sealCheck!.state).toBe('changed')
    expect((await lv.core.call('meetings.get', { id: old })).sealCheck!.state).toBe('legacy')
  })
})
