import { createHash } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { eq } from 'drizzle-orm'
import { agendaItems } from '../../../electron/core/db/schema/main'
import { commitRecording } from '../../../electron/core/live/recording'
import { AppError } from '../../../shared/errors'
import { canonicalMeetingRecord, stableJson } from '../../../shared/meetings/seal'
import type { MeetingDetail } from '../../../shared/meetings/views'
import { removeDir } from '../../support/vault'
import { attendance, insertTopic, liveVault, refused, snapshot, startedMeeting, type LiveVault } from './live-fixture'

// 签发 seals the record (content hash, who, when); after it every write is refused and a
// correction is an amendment beside the original.

let lv: LiveVault
let meeting: MeetingDetail
beforeEach(async () => {
  lv = await liveVault()
  meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '关于全域旅游发展的方案' }), insertTopic(lv.core, { title: '关于停车场建设的方案' })])
  await attendance(lv, meeting.id, 8)
  const [first, second] = meeting.items.map((item) => item.id) as [string, string]
  await lv.core.call('live.saveReportNotes', { itemId: first, text: '汇报了全域旅游三年行动计划。' })
  await lv.core.call('live.saveSpeech', { itemId: first, personId: lv.people[7]!, notes: '同意，建议加强宣传。', stance: 'agree' })
  await lv.core.call('live.saveDecision', { itemId: first, decisionText: '会议同意该方案。', leadLeaderId: lv.people[8]!, responsibleUnits: '区文旅局', deadline: '2026-12-31' })
  await lv.core.call('live.saveVote', { itemId: first, method: 'hands', counts: { for: 8, against: 0, abstain: 0 }, ballots: null })
  await lv.core.call('live.setOutcome', { itemId: first, outcome: 'passed' })
  await lv.core.call('live.setOutcome', { itemId: second, outcome: 'deferred' })
})
afterEach(() => {
  lv.core.context.lock('manual')
  removeDir(lv.core.dataDir)
})

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

async function signed(): Promise<MeetingDetail> {
  await lv.core.call('meetings.advance', { id: meeting.id, to: 'ended' })
  return lv.core.call('meetings.sign', { id: meeting.id })
}

describe('签发', () => {
  it('signs only an ended meeting', async () => {
    const before = await snapshot(lv.core, meeting.id)
    const error = await refused(lv.core, 'meetings.sign', { id: meeting.id }, 'STATUS_INVALID')
    expect(error.message).toContain('只有已结束的会议才能签发')
    expect(await snapshot(lv.core, meeting.id)).toEqual(before)
  })

  it('seals the record with a hash that recomputes to the same value', async () => {
    const detail = await signed()
    expect(detail).toMatchObject({ status: 'signed', signedByName: '王秘书', signedAt: expect.stringMatching(/^2026-03-10T/u) })
    expect(detail.sealHash).toMatch(/^[0-9a-f]{64}$/u)
    const reread = await lv.core.call('meetings.get', { id: meeting.id })
    expect(sha256(canonicalMeetingRecord(reread))).toBe(detail.sealHash)
    // The hash covers what was recorded: any change to it gives another value.
    const altered = structuredClone(reread)
    altered.items[0]!.speeches[0]!.notes = '不同意。'
    expect(sha256(canonicalMeetingRecord(altered))).not.toBe(detail.sealHash)
  })

  it('refuses every write to the record after signing (MEETING_SEALED), saving nothing', async () => {
    await signed()
    const [first] = meeting.items.map((item) => item.id) as [string]
    const member = lv.people[0]!
    const writes: [Parameters<typeof refused>[1], unknown][] = [
      ['live.setAttendance', { meetingId: meeting.id, personId: member, attendance: 'leave', leaveReason: 'business', leaveNote: null }],
      ['live.saveWrittenView', { meetingId: meeting.id, personId: lv.people[10]!, text: '补充意见' }],
      ['live.setItemAbsence', { itemId: first, personId: member, kind: 'out', note: null }],
      ['live.setSpeakingOrder', { itemId: first, order: null, reason: null }],
      ['live.saveSpeech', { itemId: first, personId: member, notes: '补记', stance: 'agree' }],
      ['live.saveReportNotes', { itemId: first, text: '改写' }],
      ['live.addRecusal', { itemId: first, personId: member, candidate: '', reason: '补登' }],
      ['live.removeRecusal', { itemId: first, personId: member, candidate: '' }],
      ['live.saveVote', { itemId: first, method: null, counts: null, ballots: null }],
      ['live.saveDecision', { itemId: first, decisionText: '改写', leadLeaderId: null, responsibleUnits: '', deadline: null }],
      ['live.setOutcome', { itemId: first, outcome: null }],
      ['meetings.sign', { id: meeting.id }],
      ['meetings.advance', { id: meeting.id, to: 'ended' }],
      ['meetings.addGuest', { meetingId: meeting.id, name: '区财政局', post: null }],
    ]
    const before = await snapshot(lv.core, meeting.id)
    for (const [channel, input] of writes) {
      const error = await refused(lv.core, channel, input, 'MEETING_SEALED')
      expect(error.message, channel).toContain('已签发封存')
    }
    expect(await snapshot(lv.core, meeting.id)).toEqual(before)
  })
})

describe('the seal at the database', () => {
  it('turns the seal triggers\' refusal of a direct write into MEETING_SEALED, with no audit entry', async () => {
    await signed()
    const session = lv.core.context.session!
    const before = await snapshot(lv.core, meeting.id)
    const write = () =>
      commitRecording(session, lv.core.context, { action: 'test', entity: 'agenda_item', summary: '绕过检查直接改写' }, (tx) => {
        tx.update(agendaItems).set({ decisionText: '篡改' }).where(eq(agendaItems.id, meeting.items[0]!.id)).run()
      })
    expect(write).toThrow(AppError)
    expect(write).toThrow(expect.objectContaining({ code: 'MEETING_SEALED' }))
    expect(await snapshot(lv.core, meeting.id)).toEqual(before)
  })

  it('hashes a canonical text that ignores key order, the status, the signature and amendments', async () => {
    expect(stableJson({ b: 1, a: [{ d: null, c: '议' }] })).toBe(stableJson({ a: [{ c: '议', d: null }], b: 1 }))
    const detail = await lv.core.call('meetings.get', { id: meeting.id })
    const later = { ...detail, status: 'signed' as const, signedAt: '2026-03-11T00:00:00.000Z', signedByName: '林书记', sealHash: 'x', amendments: [], rules: { ...detail.rules, quorumReading: 'more-than-half' as const } }
    expect(canonicalMeetingRecord(later)).toBe(canonicalMeetingRecord(detail))
    expect(canonicalMeetingRecord({ ...detail, place: '别处' })).not.toBe(canonicalMeetingRecord(detail))
  })
})

describe('更正 (amendments)', () => {
  it('shows a correction beside the original, which stays as it was', async () => {
    const sealed = await signed()
    const itemId = meeting.items[0]!.id
    const first = await lv.core.call('meetings.amend', { meetingId: meeting.id, target: 'agenda_item', targetId: itemId, field: 'decisionText', after: '会议原则同意该方案，请区文旅局修改完善后实施。', reason: '据会议录音核对，原记录遗漏“修改完善”的要求' })
    expect(first.amendments).toEqual([
      expect.objectContaining({
        target: 'agenda_item',
        targetId: itemId,
        field: 'decisionText',
        fieldLabel: '决定内容',
        before: '会议同意该方案。',
        after: '会议原则同意该方案，请区文旅局修改完善后实施。',
        reason: '据会议录音核对，原记录遗漏“修改完善”的要求',
        authorName: '王秘书',
        at: expect.stringMatching(/^2026-03-10T/u),
      }),
    ])
    expect(first.items[0]!.decisionText).toBe('会议同意该方案。')

    // A second correction of the same field starts from the first one.
    const second = await lv.core.call('meetings.amend', { meetingId: meeting.id, target: 'agenda_item', targetId: itemId, field: 'decisionText', after: '会议原则同意该方案。', reason: '经主持人审阅' })
    expect(second.amendments[1]).toMatchObject({ before: '会议原则同意该方案，请区文旅局修改完善后实施。', after: '会议原则同意该方案。' })
    const speech = await lv.core.call('meetings.amend', { meetingId: meeting.id, target: 'speech', targetId: `${itemId}:${lv.people[7]!}`, field: 'stance', after: 'other', reason: '本人书面更正表态' })
    expect(speech.amendments[2]).toMatchObject({ fieldLabel: '表态', before: 'agree', after: 'other' })
    const place = await lv.core.call('meetings.amend', { meetingId: meeting.id, target: 'meeting', targetId: meeting.id, field: 'place', after: '区委第二会议室', reason: '会议临时改换会场' })
    expect(place).toMatchObject({ place: '区委常委会议室', amendments: [expect.anything(), expect.anything(), expect.anything(), expect.objectContaining({ fieldLabel: '会议地点', before: '区委常委会议室' })] })

    // The sealed rows are untouched, so the seal still holds.
    expect(sha256(canonicalMeetingRecord(place))).toBe(sealed.sealHash)
    const audit = (await lv.core.call('audit.list', { limit: 500 })).filter((entry) => entry.action === 'meetings.amend')
    expect(audit).toHaveLength(4)
    expect(audit.map((entry) => entry.summary)).toContain('更正2026年第1次常委会会议中议题“关于全域旅游发展的方案”的“决定内容”，原因：经主持人审阅')
    expect(await lv.core.call('audit.verify')).toMatchObject({ ok: true })
  })

  it('refuses corrections of an unsigned record, of fields not open to correction, and bad values', async () => {
    const itemId = meeting.items[0]!.id
    const unsigned = await refused(lv.core, 'meetings.amend', { meetingId: meeting.id, target: 'agenda_item', targetId: itemId, field: 'decisionText', after: '新内容', reason: '更正' }, 'STATUS_INVALID')
    expect(unsigned.message).toContain('只有已签发的会议记录才以更正记录修改')
    await signed()
    const before = await snapshot(lv.core, meeting.id)
    const outcome = await refused(lv.core, 'meetings.amend', { meetingId: meeting.id, target: 'agenda_item', targetId: itemId, field: 'outcome', after: 'rejected', reason: '更正' }, 'RULE_VIOLATION')
    expect(outcome.message).toContain('“outcome”不能更正；议题可更正的内容为：决定内容、汇报要点、责任单位、办结时限')
    await refused(lv.core, 'meetings.amend', { meetingId: meeting.id, target: 'agenda_item', targetId: itemId, field: 'deadline', after: '2026-02-30', reason: '更正' }, 'INVALID_INPUT')
    await refused(lv.core, 'meetings.amend', { meetingId: meeting.id, target: 'agenda_item', targetId: itemId, field: 'responsibleUnits', after: '区文旅局', reason: '更正' }, 'RULE_VIOLATION')
    await refused(lv.core, 'meetings.amend', { meetingId: meeting.id, target: 'speech', targetId: `${itemId}:${lv.people[10]!}`, field: 'notes', after: '补记', reason: '更正' }, 'RULE_VIOLATION')
    await refused(lv.core, 'meetings.amend', { meetingId: meeting.id, target: 'agenda_item', targetId: meeting.id, field: 'reportNotes', after: '补记', reason: '更正' }, 'NOT_FOUND')
    expect(await snapshot(lv.core, meeting.id)).toEqual(before)
  })
})

describe('更正 of what the record allows, and nothing else', () => {
  it('corrects the reason given for a changed speaking order, shown as 发言顺序调整原因', async () => {
    const [first] = (await lv.core.call('meetings.get', { id: meeting.id })).items as [MeetingDetail['items'][number]]
    const order = [...first.proposedSpeakingOrder].reverse()
    await lv.core.call('live.setSpeakingOrder', { itemId: first.id, order, reason: '书记需提前离会' })
    await signed()
    const amended = await lv.core.call('meetings.amend', { meetingId: meeting.id, target: 'agenda_item', targetId: first.id, field: 'speakingOrderReason', after: '林书记需提前离会出席防汛会议', reason: '据会议录音补全原因' })
    expect(amended.amendments).toEqual([expect.objectContaining({ fieldLabel: '发言顺序调整原因', before: '书记需提前离会', after: '林书记需提前离会出席防汛会议' })])
    expect(amended.items[0]!.speakingOrderReason).toBe('书记需提前离会')
  })

  it('corrects the speech of a member who spoke and then left the room for the item (the speech stays in the record)', async () => {
    const second = meeting.items[1]!.id
    const speaker = lv.people[7]!
    await lv.core.call('live.saveSpeech', { itemId: second, personId: speaker, notes: '建议先做停车需求调查。', stance: 'defer' })
    await lv.core.call('live.setItemAbsence', { itemId: second, personId: speaker, kind: 'left', note: '另有公务' })
    await signed()
    const amended = await lv.core.call('meetings.amend', { meetingId: meeting.id, target: 'speech', targetId: `${second}:${speaker}`, field: 'notes', after: '建议先做停车需求调查，再定建设规模。', reason: '据会议录音补全' })
    expect(amended.amendments).toEqual([expect.objectContaining({ target: 'speech', fieldLabel: '发言记录', before: '建议先做停车需求调查。' })])
  })

  it('refuses a speaking-order reason for an item spoken in the proposed order', async () => {
    await signed()
    const before = await snapshot(lv.core, meeting.id)
    const error = await refused(lv.core, 'meetings.amend', { meetingId: meeting.id, target: 'agenda_item', targetId: meeting.items[0]!.id, field: 'speakingOrderReason', after: '补记', reason: '更正' }, 'RULE_VIOLATION')
    expect(error.message).toBe('议题“关于全域旅游发展的方案”按建议顺序（常委排名倒序）发言，记录人没有调整顺序，没有调整原因可以更正。')
    expect(await snapshot(lv.core, meeting.id)).toEqual(before)
  })

  it('refuses to write a personnel item’s report, decision or views into the record by a correction', async () => {
    const personnel = await startedMeeting(lv, [insertTopic(lv.core, { title: '关于有关同志职务任免的议题', category: 'personnel' })])
    await attendance(lv, personnel.id, 11)
    const itemId = personnel.items[0]!.id
    await lv.core.call('live.setOutcome', { itemId, outcome: 'deferred' })
    await lv.core.call('meetings.advance', { id: personnel.id, to: 'ended' })
    await lv.core.call('meetings.sign', { id: personnel.id })
    const before = await snapshot(lv.core, personnel.id)
    const attempts = [
      { target: 'agenda_item', targetId: itemId, field: 'reportNotes', what: '汇报要点' },
      { target: 'agenda_item', targetId: itemId, field: 'decisionText', what: '决定内容' },
      { target: 'speech', targetId: `${itemId}:${lv.people[3]!}`, field: 'notes', what: '发言' },
    ] as const
    for (const attempt of attempts) {
      const error = await refused(lv.core, 'meetings.amend', { meetingId: personnel.id, target: attempt.target, targetId: attempt.targetId, field: attempt.field, after: '拟任张三同志为区教育局局长', reason: '补记' }, 'RULE_VIOLATION')
      expect(error.message, attempt.field).toBe(`议题“关于有关同志职务任免的议题”是干部任免议题：其${attempt.what}记入干部任免专用记录本，会议记录只保留结果和专用记录本的编号，不能在会议记录中更正。如需更正，请在专用记录本中登记更正条目。`)
    }
    expect(await snapshot(lv.core, personnel.id)).toEqual(before)
    const search = await lv.core.call('search.query', { query: '张三', limit: 20 })
    expect(search.hits).toEqual([])
  })
})

describe('the seal is checked on every read', () => {
  it('reads intact after signing, and after the office corrects names kept elsewhere (a person, the body)', async () => {
    const detail = await signed()
    expect(detail.sealIntact).toBe(true)
    await lv.core.call('roster.savePerson', { id: lv.people[7]!, name: '周部长（更名）', sex: null, unit: null, note: null })
    const body = (await lv.core.call('bodies.list')).find((entry) => entry.id === detail.body.id)!
    await lv.core.call('bodies.save', { ...body, name: '区委常委会会议' })
    const reread = await lv.core.call('meetings.get', { id: meeting.id })
    expect(reread.label).toContain('区委常委会会议')
    expect(reread.sealIntact).toBe(true)
  })

  it('shows a record changed behind the app’s back (triggers dropped, a speech edited in the file) as broken', async () => {
    await signed()
    const sqlite = lv.core.context.session!.vault.mainSqlite
    sqlite.exec('DROP TRIGGER speeches_sealed_update')
    sqlite.prepare('UPDATE speeches SET notes = ? WHERE person_id = ?').run('不同意。', lv.people[7]!)
    expect((await lv.core.call('meetings.get', { id: meeting.id })).sealIntact).toBe(false)
  })
})
