import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { pendingPersonnelText } from '../../../shared/personnel/meeting-item'
import { removeDir } from '../../support/vault'
import { attendance, insertTopic, liveVault, refused, secretaryBodyId, snapshot, startedMeeting, type LiveVault } from './live-fixture'

// Every refusal of issue 3 item 4 on a real vault: the code, a message naming the rule and
// what is missing, and nothing saved (the meeting reads the same, no audit entry added).

let lv: LiveVault
beforeEach(async () => {
  lv = await liveVault()
})
afterEach(() => {
  lv.core.context.lock('manual')
  removeDir(lv.core.dataDir)
})

async function decisionText(itemId: string, text = '会议同意该方案。') {
  await lv.core.call('live.saveDecision', { itemId, decisionText: text, leadLeaderId: null, responsibleUnits: '区发展改革委', deadline: '2026-06-30' })
}

/** A held 书记专题会议 that consulted a personnel matter; returns its agenda item. */
async function heldConsultation(): Promise<string> {
  const topicId = insertTopic(lv.core, { title: '酝酿张某某任职人选', category: 'personnel', bodyId: secretaryBodyId })
  const meeting = await startedMeeting(lv, [topicId], secretaryBodyId)
  return meeting.items[0]!.id
}

describe('a decision needs its quorum', () => {
  it('refuses 通过 with 5 of 11 present, naming 应到/实到/需, and saves nothing', async () => {
    const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '关于老旧小区改造的方案' })])
    await attendance(lv, meeting.id, 5)
    const itemId = meeting.items[0]!.id
    await decisionText(itemId)
    const before = await snapshot(lv.core, meeting.id)
    const error = await refused(lv.core, 'live.setOutcome', { itemId, outcome: 'passed' }, 'QUORUM_NOT_MET')
    expect(error.message).toContain('须半数以上成员到会')
    expect(error.message).toContain('应到 11 人，实到 5 人，至少需 6 人')
    expect(error.details?.problems).toEqual([expect.objectContaining({ code: 'QUORUM_NOT_MET' })])
    expect(await snapshot(lv.core, meeting.id)).toEqual(before)
    // 缓议 decides nothing and needs no quorum.
    const deferred = await lv.core.call('live.setOutcome', { itemId, outcome: 'deferred' })
    expect(deferred.items[0]!.outcome).toBe('deferred')
  })

  it('refuses a personnel decision with 7 of 11 present (needs 8), accepts it with 8', async () => {
    const consultationItemId = await heldConsultation()
    const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '张某某同志任职的建议', category: 'personnel', consultationItemId })])
    const itemId = meeting.items[0]!.id
    await attendance(lv, meeting.id, 7)
    await decisionText(itemId, pendingPersonnelText)
    await lv.core.call('live.saveVote', { itemId, method: 'hands', counts: { for: 7, against: 0, abstain: 0 }, ballots: null })
    const before = await snapshot(lv.core, meeting.id)
    const error = await refused(lv.core, 'live.setOutcome', { itemId, outcome: 'passed' }, 'QUORUM_NOT_MET')
    expect(error.message).toContain('三分之二以上成员到会')
    expect(error.message).toContain('应到 11 人，实到 7 人，至少需 8 人')
    expect(await snapshot(lv.core, meeting.id)).toEqual(before)

    await lv.core.call('live.setAttendance', { meetingId: meeting.id, personId: lv.people[7]!, attendance: 'present', leaveReason: null, leaveNote: null })
    const decided = await lv.core.call('live.setOutcome', { itemId, outcome: 'passed' })
    expect(decided.items[0]).toMatchObject({ outcome: 'passed', quorum: { present: 8, required: 8, met: true } })
  })

  it('refuses a decision once a recusal costs the quorum, and refuses the recusal after one is recorded', async () => {
    const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '关于区属国企改革的方案' }), insertTopic(lv.core, { title: '关于河道整治的方案' })])
    const [first, second] = meeting.items.map((item) => item.id) as [string, string]
    await attendance(lv, meeting.id, 6)
    await decisionText(first)
    await decisionText(second)

    await lv.core.call('live.addRecusal', { itemId: first, personId: lv.people[5]!, candidate: '', reason: '其配偶任该企业负责人' })
    const refusedOutcome = await refused(lv.core, 'live.setOutcome', { itemId: first, outcome: 'passed' }, 'QUORUM_NOT_MET')
    expect(refusedOutcome.message).toContain('应到 11 人，实到 5 人，至少需 6 人')

    await lv.core.call('live.setOutcome', { itemId: second, outcome: 'passed' })
    const before = await snapshot(lv.core, meeting.id)
    const refusedRecusal = await refused(lv.core, 'live.addRecusal', { itemId: second, personId: lv.people[4]!, candidate: '', reason: '近亲属参与该工程' }, 'QUORUM_NOT_MET')
    expect(refusedRecusal.message).toContain('已记录的结果“通过”不再符合规则')
    expect(refusedRecusal.message).toContain('请先清除该议题的结果')
    expect(await snapshot(lv.core, meeting.id)).toEqual(before)

    // The same for a member marked as having left, or put on leave, after the decision.
    await refused(lv.core, 'live.setItemAbsence', { itemId: second, personId: lv.people[4]!, kind: 'left', note: null }, 'QUORUM_NOT_MET')
    await refused(lv.core, 'live.setAttendance', { meetingId: meeting.id, personId: lv.people[4]!, attendance: 'leave', leaveReason: 'business', leaveNote: null }, 'QUORUM_NOT_MET')
    expect(await snapshot(lv.core, meeting.id)).toEqual(before)
  })
})

describe('votes', () => {
  it('refuses more votes than members taking part', async () => {
    const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '关于财政预算调整的方案', category: 'large_fund' })])
    const itemId = meeting.items[0]!.id
    await attendance(lv, meeting.id, 7)
    const before = await snapshot(lv.core, meeting.id)
    const error = await refused(lv.core, 'live.saveVote', { itemId, method: 'hands', counts: { for: 6, against: 1, abstain: 1 }, ballots: null }, 'VOTE_INVALID')
    expect(error.message).toContain('表决票数合计 8 票，多于参加该议题表决的成员 7 人')
    expect(await snapshot(lv.core, meeting.id)).toEqual(before)
  })

  it('refuses a ballot by a member on leave, out of the room, or recused', async () => {
    const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '关于产业园区建设的方案', category: 'major_project' })])
    const itemId = meeting.items[0]!.id
    const [secretary, mayor, deputy] = lv.people as [string, string, string]
    await attendance(lv, meeting.id, 9)
    await lv.core.call('live.setItemAbsence', { itemId, personId: mayor, kind: 'out', note: '接听紧急电话' })
    await lv.core.call('live.addRecusal', { itemId, personId: deputy, candidate: '', reason: '其子在投标企业任职' })
    const before = await snapshot(lv.core, meeting.id)
    const onLeave = await refused(lv.core, 'live.saveVote', { itemId, method: 'named', counts: null, ballots: [{ personId: secretary, choice: 'for' }, { personId: lv.people[10]!, choice: 'for' }] }, 'VOTE_INVALID')
    expect(onLeave.message).toContain('冯部长已请假（病假），未出席本次会议，不能参加该议题的表决')
    const out = await refused(lv.core, 'live.saveVote', { itemId, method: 'named', counts: null, ballots: [{ personId: mayor, choice: 'for' }] }, 'VOTE_INVALID')
    expect(out.message).toContain('陈区长临时离席，未参加该议题')
    const recused = await refused(lv.core, 'live.saveVote', { itemId, method: 'named', counts: null, ballots: [{ personId: deputy, choice: 'against' }] }, 'VOTE_INVALID')
    expect(recused.message).toContain('王副书记已在该议题回避（其子在投标企业任职）')
    await refused(lv.core, 'live.saveVote', { itemId, method: 'secret', counts: null, ballots: [{ personId: secretary, choice: 'for' }] }, 'VOTE_INVALID')
    expect(await snapshot(lv.core, meeting.id)).toEqual(before)

    // The seven taking part vote; the counts follow from the ballots.
    const voters = lv.people.slice(3, 9).concat(secretary)
    const saved = await lv.core.call('live.saveVote', { itemId, method: 'named', counts: null, ballots: voters.map((personId) => ({ personId, choice: 'for' as const })) })
    expect(saved.items[0]!.vote).toMatchObject({ method: 'named', counts: { for: 7, against: 0, abstain: 0 } })
    // A voter cannot afterwards be marked out of the room without the vote being corrected first.
    const error = await refused(lv.core, 'live.setItemAbsence', { itemId, personId: secretary, kind: 'left', note: null }, 'VOTE_INVALID')
    expect(error.message).toContain('请先修改或清除该议题的表决记录')
  })

  it('passes with 6 of 11 for although only 7 are present; 5 for is not a pass', async () => {
    const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '关于教育布局调整的方案', category: 'major_decision' }), insertTopic(lv.core, { title: '关于医疗资源整合的方案', category: 'major_decision' })])
    const [first, second] = meeting.items.map((item) => item.id) as [string, string]
    await attendance(lv, meeting.id, 7)
    await decisionText(first)
    await decisionText(second)
    await lv.core.call('live.saveVote', { itemId: first, method: 'hands', counts: { for: 6, against: 1, abstain: 0 }, ballots: null })
    expect((await lv.core.call('live.setOutcome', { itemId: first, outcome: 'passed' })).items[0]!.outcome).toBe('passed')

    await lv.core.call('live.saveVote', { itemId: second, method: 'hands', counts: { for: 5, against: 2, abstain: 0 }, ballots: null })
    const before = await snapshot(lv.core, meeting.id)
    const error = await refused(lv.core, 'live.setOutcome', { itemId: second, outcome: 'passed' }, 'VOTE_INVALID')
    expect(error.message).toContain('同意票 5 票，未超过应到会成员 11 人的半数（至少需 6 票）')
    expect(await snapshot(lv.core, meeting.id)).toEqual(before)
    await refused(lv.core, 'live.setOutcome', { itemId: first, outcome: 'rejected' }, 'VOTE_INVALID')
    expect((await lv.core.call('live.setOutcome', { itemId: second, outcome: 'rejected' })).items[1]!.outcome).toBe('rejected')
    // Lowering the votes of a passed item below the majority is refused too.
    await refused(lv.core, 'live.saveVote', { itemId: first, method: 'hands', counts: { for: 5, against: 2, abstain: 0 }, ballots: null }, 'VOTE_INVALID')
  })
})

describe('what may be decided at all', () => {
  it('refuses to decide a topic the secretary has not approved (不搞临时动议)', async () => {
    const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '关于临时增加项目的提议', approved: false })])
    const itemId = meeting.items[0]!.id
    await attendance(lv, meeting.id, 11)
    await decisionText(itemId)
    const before = await snapshot(lv.core, meeting.id)
    const error = await refused(lv.core, 'live.setOutcome', { itemId, outcome: 'passed' }, 'TOPIC_NOT_APPROVED')
    expect(error.message).toContain('尚未经书记审定')
    expect(await snapshot(lv.core, meeting.id)).toEqual(before)
  })

  it('refuses a personnel topic without its 书记专题会议 consultation, or one not yet held', async () => {
    const unheld = await lv.core.call('meetings.create', { bodyId: secretaryBodyId, date: '2026-03-20', startTime: '09:00', place: '区委书记办公室', chairId: lv.people[0]!, recorderName: '王秘书' })
    const consultTopic = insertTopic(lv.core, { title: '酝酿李某某任职人选', category: 'personnel', bodyId: secretaryBodyId })
    const planned = await lv.core.call('agenda.add', { meetingId: unheld.id, topicId: consultTopic })
    const meeting = await startedMeeting(lv, [
      insertTopic(lv.core, { title: '赵某某同志任职的建议', category: 'personnel' }),
      insertTopic(lv.core, { title: '李某某同志任职的建议', category: 'personnel', consultationItemId: planned.items[0]!.id }),
    ])
    await attendance(lv, meeting.id, 11)
    for (const item of meeting.items) {
      await decisionText(item.id, pendingPersonnelText)
      await lv.core.call('live.saveVote', { itemId: item.id, method: 'hands', counts: { for: 11, against: 0, abstain: 0 }, ballots: null })
    }
    const before = await snapshot(lv.core, meeting.id)
    for (const item of meeting.items) {
      const error = await refused(lv.core, 'live.setOutcome', { itemId: item.id, outcome: 'passed' }, 'CONSULTATION_REQUIRED')
      expect(error.message).toContain('须先经书记专题会议酝酿')
    }
    expect(await snapshot(lv.core, meeting.id)).toEqual(before)
  })

  it('refuses 通过 of a personnel topic without a vote, and any 通过 without the decision text', async () => {
    const consultationItemId = await heldConsultation()
    const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '钱某某同志任职的建议', category: 'personnel', consultationItemId })])
    const itemId = meeting.items[0]!.id
    await attendance(lv, meeting.id, 11)
    expect((await refused(lv.core, 'live.setOutcome', { itemId, outcome: 'passed' }, 'VOTE_INVALID')).message).toContain('逐一表决')
    await lv.core.call('live.saveVote', { itemId, method: 'secret', counts: { for: 10, against: 1, abstain: 0 }, ballots: null })
    expect((await refused(lv.core, 'live.setOutcome', { itemId, outcome: 'passed' }, 'RULE_VIOLATION')).message).toContain('须先填写决定内容')
    // A personnel item's record names no candidate: typed text is refused, only the book's reference is kept.
    expect((await refused(lv.core, 'live.saveDecision', { itemId, decisionText: '会议同意钱某某同志任区发展改革委副主任。', leadLeaderId: null, responsibleUnits: '', deadline: null }, 'RULE_VIOLATION')).message).toContain('不记人选情况')
    await decisionText(itemId, pendingPersonnelText)
    expect((await lv.core.call('live.setOutcome', { itemId, outcome: 'passed' })).items[0]!.outcome).toBe('passed')
    // Emptying the text of a passed decision, or clearing its vote, is refused.
    await refused(lv.core, 'live.saveDecision', { itemId, decisionText: '  ', leadLeaderId: null, responsibleUnits: '', deadline: null }, 'RULE_VIOLATION')
    await refused(lv.core, 'live.saveVote', { itemId, method: null, counts: null, ballots: null }, 'VOTE_INVALID')
    // Clearing the outcome first makes both possible.
    expect((await lv.core.call('live.setOutcome', { itemId, outcome: null })).items[0]).toMatchObject({ outcome: null, decidedAt: null })
    expect((await lv.core.call('live.saveVote', { itemId, method: null, counts: null, ballots: null })).items[0]!.vote).toBeNull()
  })
})

describe('recording is tied to the meeting status', () => {
  it('refuses recording before the meeting starts', async () => {
    const meeting = await lv.core.call('meetings.create', { bodyId: '0b6f3c1e-5a1d-4c57-9a51-1c0de0000001', date: '2026-03-24', startTime: '09:00', place: '区委常委会议室', chairId: lv.people[0]!, recorderName: '王秘书' })
    const error = await refused(lv.core, 'live.setAttendance', { meetingId: meeting.id, personId: lv.people[0]!, attendance: 'present', leaveReason: null, leaveNote: null }, 'STATUS_INVALID')
    expect(error.message).toContain('“筹备”阶段')
  })
})

it('keeps the audit chain intact through all of it', async () => {
  const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '关于乡村振兴的方案' })])
  await attendance(lv, meeting.id, 5)
  await refused(lv.core, 'live.setOutcome', { itemId: meeting.items[0]!.id, outcome: 'passed' }, 'QUORUM_NOT_MET')
  const actions = (await lv.core.call('audit.list', { limit: 500 })).map((entry) => entry.action)
  expect(actions.filter((action) => action === 'live.setAttendance')).toHaveLength(11)
  expect(await lv.core.call('audit.verify')).toMatchObject({ ok: true })
})
