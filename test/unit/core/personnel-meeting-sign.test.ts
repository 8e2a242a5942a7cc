import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { removeDir, tempDir, adminPassword } from '../../support/vault'
import { liveVault, refused, snapshot, type LiveVault } from './live-fixture'
import { decideBoth as decideBothOf, everyone as everyoneBut, personnelMeeting as heldPersonnelMeeting, type HeldPersonnelMeeting } from './personnel-meeting-fixture'

// A personnel item held in a real meeting: the candidates decided one by one in the book,
// the record keeping only the outcome and the book's reference, and 签发 sealing the entry.

const recorderPassword = 'Jilu#Chushi2026'
let lv: LiveVault
let folder: string
beforeEach(async () => {
  lv = await liveVault()
  folder = tempDir('yishi-pm-')
})
afterEach(() => {
  lv.core.context.lock('manual')
  removeDir(lv.core.dataDir)
  removeDir(folder)
})

const personnelMeeting = () => heldPersonnelMeeting(lv, folder)
const everyone = (except: string[] = []) => everyoneBut(lv, except)
const decideBoth = (held: HeldPersonnelMeeting) => decideBothOf(lv, held)

describe('a personnel item in the meeting record', () => {
  it('refuses speeches, report notes, per-candidate recusals and free decision text on the item, saying where they go', async () => {
    const held = await personnelMeeting()
    const before = await snapshot(lv.core, held.meetingId)
    const speech = await refused(lv.core, 'live.saveSpeech', { itemId: held.itemId, personId: lv.people[3]!, notes: '同意张建国同志任职', stance: 'agree' }, 'RULE_VIOLATION')
    expect(speech.message).toContain('干部任免专用记录本')
    await refused(lv.core, 'live.saveReportNotes', { itemId: held.itemId, text: '张建国同志考察情况' }, 'RULE_VIOLATION')
    const recusal = await refused(lv.core, 'live.addRecusal', { itemId: held.itemId, personId: lv.people[7]!, candidate: '李秀英', reason: '近亲属' }, 'RULE_VIOLATION')
    expect(recusal.message).toContain('不写人选姓名')
    await decideBoth(held)
    const text = await refused(lv.core, 'live.saveDecision', { itemId: held.itemId, decisionText: '会议同意张建国任区发展改革委主任', leadLeaderId: null, responsibleUnits: '', deadline: null }, 'RULE_VIOLATION')
    expect(text.message).toContain('干部任免事项（详见专用记录本2026年第1册第1号）')
    const vote = await refused(lv.core, 'live.saveVote', { itemId: held.itemId, method: 'hands', counts: { for: 11, against: 0, abstain: 0 }, ballots: null }, 'VOTE_INVALID')
    expect(vote.message).toContain('逐一表决')
    expect((await snapshot(lv.core, held.meetingId)).detail).toEqual(before.detail)
  })

  it('takes its outcome from the book and keeps only the book’s reference as the decision text', async () => {
    const held = await personnelMeeting()
    const base = { meetingId: held.meetingId, agendaItemId: held.itemId, voteMethod: 'hands' as const, recusals: [], counts: null, deferred: false, reconsiderationAgreed: null }
    await lv.core.call('personnel.decideCandidate', { ...base, matterId: held.zhang, views: everyone() })
    const undecided = await refused(lv.core, 'live.setOutcome', { itemId: held.itemId, outcome: 'passed' }, 'VOTE_INVALID')
    expect(undecided.message).toContain('还有 1 名人选未表决')
    await decideBoth(held)
    const refusedRejection = await refused(lv.core, 'live.setOutcome', { itemId: held.itemId, outcome: 'rejected' }, 'VOTE_INVALID')
    expect(refusedRejection.message).toContain('已有 2 名人选获得通过')
    const detail = await lv.core.call('live.setOutcome', { itemId: held.itemId, outcome: 'passed' })
    expect(detail.items[0]).toMatchObject({ outcome: 'passed', decisionText: '干部任免事项（详见专用记录本2026年第1册第1号）', speeches: [], vote: null })
  })
})

describe('签发 with personnel entries', () => {
  it('seals the book entry in the same operation, with the chair and recorder', async () => {
    const held = await personnelMeeting()
    const entry = await decideBoth(held)
    expect(entry.sealed).toBeNull()
    await lv.core.call('live.setOutcome', { itemId: held.itemId, outcome: 'passed' })
    await lv.core.call('meetings.advance', { id: held.meetingId, to: 'ended' })
    const signed = await lv.core.call('meetings.sign', { id: held.meetingId })
    expect(signed.status).toBe('signed')
    const sealed = await lv.core.call('personnel.getEntry', { id: entry.id })
    expect(sealed.sealed).toMatchObject({ chairName: '林书记', recorderName: '王秘书', sealHash: expect.stringMatching(/^[0-9a-f]{64}$/u) })
    expect(sealed.candidates.map((candidate) => [candidate.cadreName, candidate.resultLabel])).toEqual([
      ['张建国', '通过'],
      ['李秀英', '通过'],
    ])
    expect(sealed.candidates[1]!.members.find((member) => member.memberId === lv.people[7])).toMatchObject({ presence: 'recused', recusalReason: '系该人选的近亲属' })
    // Sealed: the book refuses a change, the record refuses one too.
    const change = await lv.core.raw('personnel.withdrawDecision', { entryId: entry.id, matterId: held.li })
    expect(change).toMatchObject({ ok: false })
    const audit = (await lv.core.call('audit.list', { limit: 50 })).find((row) => row.action === 'meetings.sign')!
    expect(audit.summary).toContain('同时封存干部任免专用记录本2026年第1册第1号')
  })

  it('refuses 签发 by a user without the 干部任免 grant, signing and sealing nothing', async () => {
    const held = await personnelMeeting()
    const entry = await decideBoth(held)
    await lv.core.call('live.setOutcome', { itemId: held.itemId, outcome: 'passed' })
    await lv.core.call('meetings.advance', { id: held.meetingId, to: 'ended' })
    await lv.core.call('users.create', { username: 'jilu', displayName: '李记录', roles: ['recorder'], personnelGrant: false, password: recorderPassword })
    await lv.core.call('auth.lock')
    await lv.core.call('auth.unlock', { username: 'jilu', password: recorderPassword })
    await lv.core.call('auth.changePassword', { currentPassword: recorderPassword, newPassword: 'Jilu#Yuan2027y' })
    // Without the grant the item reads as the book's reference and its outcome, nothing more.
    const seen = await lv.core.call('meetings.get', { id: held.meetingId })
    expect(seen.items[0]).toMatchObject({ outcome: 'passed', decisionText: '干部任免事项（详见专用记录本2026年第1册第1号）' })
    const error = await refused(lv.core, 'meetings.sign', { id: held.meetingId }, 'FORBIDDEN')
    expect(error.message).toContain('须由持有干部任免权限的人员签发')
    expect(await lv.core.call('meetings.get', { id: held.meetingId })).toEqual(seen)
    // Nor may this user record the outcome of the personnel item.
    await refused(lv.core, 'live.setOutcome', { itemId: held.itemId, outcome: null }, 'FORBIDDEN')

    await lv.core.call('auth.lock')
    await lv.core.call('auth.unlock', { username: 'admin', password: adminPassword })
    expect((await lv.core.call('personnel.getEntry', { id: entry.id })).sealed).toBeNull()
    expect((await lv.core.call('meetings.sign', { id: held.meetingId })).status).toBe('signed')
    expect((await lv.core.call('personnel.getEntry', { id: entry.id })).sealed).not.toBeNull()
  })

  it('leaves no candidate’s name anywhere in the main store after a full meeting (tables, search index, file bytes)', async () => {
    const held = await personnelMeeting()
    await decideBoth(held)
    await lv.core.call('live.setOutcome', { itemId: held.itemId, outcome: 'passed' })
    await lv.core.call('meetings.advance', { id: held.meetingId, to: 'ended' })
    await lv.core.call('meetings.sign', { id: held.meetingId })
    const sqlite = lv.core.context.session!.vault.mainSqlite
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    const dump = tables.map(({ name }) => JSON.stringify(sqlite.prepare(`SELECT * FROM "${name}"`).all())).join('\n')
    expect(dump).toContain('干部任免事项（详见专用记录本2026年第1册第1号）')
    for (const name of ['张建国', '李秀英', '区民政局局长', '近亲属']) expect(dump.includes(name), name).toBe(false)
    // The search index is one of those tables; a search for the name finds nothing either.
    expect((await lv.core.call('search.query', { query: '张建国' })).hits).toEqual([])
    sqlite.pragma('wal_checkpoint(TRUNCATE)')
    const bytes = readFileSync(vaultPaths(lv.core.dataDir).main)
    expect(bytes.includes(Buffer.from('张建国', 'utf8'))).toBe(false)
  })
})
