import { createHash } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type Database from 'better-sqlite3'
import { mainDatabase } from '../../../electron/core/db/migrate'
import { loadMeetingDetail } from '../../../electron/core/meetings/meeting-detail'
import { sealHashOf } from '../../../electron/core/records/seal-hash'
import { signSeal } from '../../../electron/core/records/seal-signature'
import { readKeyFile, writeKeyFile } from '../../../electron/core/vault/keyfile'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { editStore, keysOf } from '../../support/attacker'
import { adminPassword, removeDir } from '../../support/vault'
import { attendance, insertTopic, liveVault, startedMeeting, type LiveVault } from '../core/live-fixture'

/*
 * Issue 13, item 3: anyone holding the main key (a 查阅 user too) edits a signed speech,
 * recomputes the seal and the whole audit chain. The seal is now signed by the signer and the
 * chain's head by the acting user at each lock: the edit is detected, nothing the app shows
 * says intact.
 */

let lv: LiveVault
let meetingId: string
let readerId: string
const readerPassword = 'Chaxun#Mima2026'

beforeEach(async () => {
  lv = await liveVault()
  const reader = await lv.core.call('users.create', { username: 'zhao', displayName: '赵查阅', roles: ['reader'], personnelGrant: false, password: 'Chushi#Mima2026' })
  readerId = reader.id
  const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '关于全域旅游发展的方案' })])
  meetingId = meeting.id
  await attendance(lv, meeting.id, 8)
  const itemId = meeting.items[0]!.id
  await lv.core.call('live.saveSpeech', { itemId, personId: lv.people[7]!, notes: '同意，建议加强宣传。', stance: 'agree' })
  await lv.core.call('live.saveDecision', { itemId, decisionText: '会议同意该方案。', leadLeaderId: lv.people[8]!, responsibleUnits: '区文旅局', deadline: '2026-12-31' })
  await lv.core.call('live.saveVote', { itemId, method: 'hands', counts: { for: 8, against: 0, abstain: 0 }, ballots: null })
  await lv.core.call('live.setOutcome', { itemId, outcome: 'passed' })
  await lv.core.call('meetings.advance', { id: meeting.id, to: 'ended' })
  await lv.core.call('meetings.sign', { id: meeting.id })
  lv.core.context.lock('manual')
  await lv.core.call('auth.unlock', { username: 'zhao', password: 'Chushi#Mima2026' })
  await lv.core.call('auth.changePassword', { currentPassword: 'Chushi#Mima2026', newPassword: readerPassword })
  lv.core.context.lock('manual')
})
afterEach(() => {
  lv.core.context.lock('manual')
  removeDir(lv.core.dataDir)
})

type Row = { id: number; at: string; user_id: string | null; user_name: string; action: string; entity: string; entity_id: string | null; summary: string; prev_hash: string; hash: string }

/** What the attacker recomputes: every entry's hash from `from` on, and the head (the app's own formula). */
function rechain(db: Database.Database, edit: (row: Row) => Row): void {
  db.exec('drop trigger audit_log_no_update')
  const rows = db.prepare('select * from audit_log order by id').all() as Row[]
  let prev = '0'.repeat(64)
  for (const original of rows) {
    const row = { ...edit(original), prev_hash: prev }
    const hash = createHash('sha256').update(JSON.stringify([row.prev_hash, row.at, row.user_id, row.user_name, row.action, row.entity, row.entity_id, row.summary]), 'utf8').digest('hex')
    db.prepare('update audit_log set summary = ?, prev_hash = ?, hash = ? where id = ?').run(row.summary, prev, hash, row.id)
    prev = hash
  }
  db.prepare('update audit_head set last_hash = ? where id = 1').run(prev)
}

/** The 查阅 user's edit: a signed speech rewritten, the seal recomputed with the app's code, the chain rewritten. */
async function rewriteSignedSpeech(resign: boolean): Promise<void> {
  const { main } = await keysOf(lv.core.dataDir, 'zhao', readerPassword)
  editStore(vaultPaths(lv.core.dataDir).main, main, (db) => {
    db.exec('drop trigger speeches_sealed_update; drop trigger meetings_sealed_update')
    db.prepare(`update speeches set notes = '不同意，方案需要重新论证。'`).run()
    const detail = loadMeetingDetail(mainDatabase(db), meetingId)
    const oldHash = detail.sealHash!
    const newHash = sealHashOf(detail)
    db.prepare('update meetings set seal_hash = ? where id = ?').run(newHash, meetingId)
    if (resign) {
      // Signed with the 查阅 user's own signing key, as if they had signed it.
      db.prepare('update meetings set seal_signature = null where id = ?').run(meetingId)
    }
    rechain(db, (row) => ({ ...row, summary: row.summary.replace(oldHash, newHash) }))
  })
}

/** The signed head kept in the key file (rollback.test.ts) would refuse the unlock outright: the attacker removes it too. */
function dropKeptHead(): void {
  const path = vaultPaths(lv.core.dataDir).keyFile
  const { head: _head, ...rest } = readKeyFile(path)
  writeKeyFile(path, rest)
}

describe('a signed speech rewritten with the main key, seal and audit chain recomputed', () => {
  it('reads as broken, and audit.verify names the first entry that no longer matches a signed head', async () => {
    await rewriteSignedSpeech(false)
    // The chain no longer ends in the head signed at the last lock: refused at unlock.
    expect(await lv.core.raw('auth.unlock', { username: 'admin', password: adminPassword })).toMatchObject({ ok: false, error: { code: 'VAULT_ROLLED_BACK' } })
    dropKeptHead()
    await lv.core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const detail = await lv.core.call('meetings.get', { id: meetingId })
    expect(detail.items[0]!.speeches[0]!.notes).toBe('不同意，方案需要重新论证。')
    // The hash matches the edited record; the signature is over the original hash.
    expect(detail.sealIntact).toBe(false)
    const verification = await lv.core.call('audit.verify')
    expect(verification).toMatchObject({ ok: false, problem: expect.stringMatching(/锁定时签名的日志不符/u) })
  })

  it('a seal signature dropped (to pass for a seal from before signatures) or replaced by the 查阅 user’s own is refused', async () => {
    await rewriteSignedSpeech(true)
    dropKeptHead()
    await lv.core.call('auth.unlock', { username: 'admin', password: adminPassword })
    expect((await lv.core.call('meetings.get', { id: meetingId })).sealIntact).toBe(false)
    lv.core.context.lock('manual')

    // Now as the 查阅 user: their own signing key over the new hash, naming themselves as signer.
    await lv.core.call('auth.unlock', { username: 'zhao', password: readerPassword })
    const vault = lv.core.context.session!.vault
    const hash = (vault.mainSqlite.prepare('select seal_hash as h from meetings where id = ?').get(meetingId) as { h: string }).h
    const forged = signSeal(vault.signingKey, vault.entry.signing!.publicKey, meetingId, hash)
    lv.core.context.lock('manual')
    const { main } = await keysOf(lv.core.dataDir, 'zhao', readerPassword)
    editStore(vaultPaths(lv.core.dataDir).main, main, (db) => db.prepare('update meetings set seal_signature = ?, signed_by = ? where id = ?').run(forged, readerId, meetingId))
    dropKeptHead()
    await lv.core.call('auth.unlock', { username: 'admin', password: adminPassword })
    expect((await lv.core.call('meetings.get', { id: meetingId })).sealIntact).toBe(false)
  })

  it('an untouched vault verifies: the seal is signed and every lock left a signed head', async () => {
    await lv.core.call('auth.unlock', { username: 'admin', password: adminPassword })
    expect((await lv.core.call('meetings.get', { id: meetingId })).sealIntact).toBe(true)
    expect(await lv.core.call('audit.verify')).toMatchObject({ ok: true, problem: null })
    const checkpoints = lv.core.context.session!.vault.mainSqlite.prepare('select count(*) as n from audit_checkpoints').get() as { n: number }
    // The administrator's lock after 签发 and the 查阅 user's lock after changing the password.
    expect(checkpoints.n).toBe(2)
  })
})
