import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { removeDir } from '../../support/vault'
import { attendance, insertTopic, liveVault, refused, snapshot, startedMeeting, type LiveVault } from './live-fixture'

// Attendance, written views, speaking order and speeches on a real vault.

let lv: LiveVault
beforeEach(async () => {
  lv = await liveVault()
})
afterEach(() => {
  lv.core.context.lock('manual')
  removeDir(lv.core.dataDir)
})

describe('attendance and written views', () => {
  it('needs a reason for leave, and keeps written views of absent members out of the votes', async () => {
    const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '关于城市更新的方案' })])
    const itemId = meeting.items[0]!.id
    const absent = lv.people[10]!
    const noReason = await refused(lv.core, 'live.setAttendance', { meetingId: meeting.id, personId: absent, attendance: 'leave', leaveReason: null, leaveNote: null }, 'RULE_VIOLATION')
    expect(noReason.message).toContain('请假须注明原因（公出、病假、事假、其他）')

    await attendance(lv, meeting.id, 10)
    const present = await refused(lv.core, 'live.saveWrittenView', { meetingId: meeting.id, personId: lv.people[0]!, text: '同意' }, 'RULE_VIOLATION')
    expect(present.message).toContain('只有请假的成员才提交书面意见')

    const saved = await lv.core.call('live.saveWrittenView', { meetingId: meeting.id, personId: absent, text: '同意该方案，建议加快进度。' })
    expect(saved.savedAt).toMatch(/^2026-03-10T/u)
    const detail = await lv.core.call('meetings.get', { id: meeting.id })
    expect(detail.members.find((member) => member.personId === absent)).toMatchObject({ attendance: 'leave', leaveReason: 'sick', writtenView: '同意该方案，建议加快进度。' })

    // The written view is not a vote: the absent member cannot be counted, by ballot or by count.
    const ballot = await refused(lv.core, 'live.saveVote', { itemId, method: 'named', counts: null, ballots: [{ personId: absent, choice: 'for' }] }, 'VOTE_INVALID')
    expect(ballot.message).toContain('书面意见和他人代为表决均不计入票数')
    const counts = await refused(lv.core, 'live.saveVote', { itemId, method: 'hands', counts: { for: 11, against: 0, abstain: 0 }, ballots: null }, 'VOTE_INVALID')
    expect(counts.message).toContain('多于参加该议题表决的成员 10 人')
    // Nor is the view dropped silently by marking the member present.
    await refused(lv.core, 'live.setAttendance', { meetingId: meeting.id, personId: absent, attendance: 'present', leaveReason: null, leaveNote: null }, 'RULE_VIOLATION')
    await lv.core.call('live.saveWrittenView', { meetingId: meeting.id, personId: absent, text: '' })
    const back = await lv.core.call('live.setAttendance', { meetingId: meeting.id, personId: absent, attendance: 'present', leaveReason: 'sick', leaveNote: '会前已请假' })
    expect(back.members.find((member) => member.personId === absent)).toMatchObject({ attendance: 'present', leaveReason: null, leaveNote: null, writtenView: null })
  })

  it('records late arrival only for a member present at the meeting', async () => {
    const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '关于招商引资的方案' })])
    const itemId = meeting.items[0]!.id
    await attendance(lv, meeting.id, 9)
    const error = await refused(lv.core, 'live.setItemAbsence', { itemId, personId: lv.people[10]!, kind: 'late', note: null }, 'RULE_VIOLATION')
    expect(error.message).toContain('冯部长当前登记为“请假”')
    const late = await lv.core.call('live.setItemAbsence', { itemId, personId: lv.people[8]!, kind: 'late', note: '9:40 到会' })
    expect(late.items[0]!.quorum).toMatchObject({ present: 8, members: 11 })
    expect(late.items[0]!.speakingOrder).not.toContain(lv.people[8])
    const back = await lv.core.call('live.setItemAbsence', { itemId, personId: lv.people[8]!, kind: null, note: null })
    expect(back.items[0]!.absences).toEqual([])
  })
})

describe('speaking order and speeches', () => {
  it('requires a reason for an order other than the proposed one, and only the members taking part', async () => {
    const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '关于生态环境保护的方案' })])
    const itemId = meeting.items[0]!.id
    const detail = await attendance(lv, meeting.id, 8)
    const proposed = detail.items[0]!.proposedSpeakingOrder
    // Reverse order of rank, the secretary (chair, rank 1) last.
    expect(proposed).toEqual(lv.people.slice(0, 8).reverse())
    const changed = [proposed[1]!, proposed[0]!, ...proposed.slice(2)]

    const before = await snapshot(lv.core, meeting.id)
    const noReason = await refused(lv.core, 'live.setSpeakingOrder', { itemId, order: changed, reason: null }, 'RULE_VIOLATION')
    expect(noReason.message).toContain('调整发言顺序须说明原因')
    const missing = await refused(lv.core, 'live.setSpeakingOrder', { itemId, order: changed.slice(1), reason: '李书记需提前离会' }, 'RULE_VIOLATION')
    expect(missing.message).toContain('缺少：李书记')
    const outsider = await refused(lv.core, 'live.setSpeakingOrder', { itemId, order: [...changed, lv.people[9]!], reason: '李书记需提前离会' }, 'RULE_VIOLATION')
    expect(outsider.message).toContain('郑主任已请假')
    expect(await snapshot(lv.core, meeting.id)).toEqual(before)

    const reordered = await lv.core.call('live.setSpeakingOrder', { itemId, order: changed, reason: '李书记需提前离会' })
    expect(reordered.items[0]).toMatchObject({ speakingOrder: changed, speakingOrderReason: '李书记需提前离会' })
    // The proposed order itself needs no reason; null goes back to it.
    expect((await lv.core.call('live.setSpeakingOrder', { itemId, order: proposed, reason: null })).items[0]).toMatchObject({ speakingOrder: proposed, speakingOrderReason: null })
    await lv.core.call('live.setSpeakingOrder', { itemId, order: changed, reason: '李书记需提前离会' })
    expect((await lv.core.call('live.setSpeakingOrder', { itemId, order: null, reason: null })).items[0]).toMatchObject({ speakingOrder: proposed, speakingOrderReason: null })
  })

  it('records speeches of members taking part and refuses the others, saying why', async () => {
    const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '关于营商环境优化的方案' })])
    const itemId = meeting.items[0]!.id
    await attendance(lv, meeting.id, 9)
    await lv.core.call('live.addRecusal', { itemId, personId: lv.people[2]!, candidate: '', reason: '其亲属为相关企业股东' })
    const saved = await lv.core.call('live.saveSpeech', { itemId, personId: lv.people[8]!, notes: '同意，建议细化考核指标。', stance: 'agree' })
    expect(saved.savedAt).toMatch(/^2026-03-10T/u)
    await lv.core.call('live.saveReportNotes', { itemId, text: '汇报了优化营商环境的十项措施。' })

    const before = await snapshot(lv.core, meeting.id)
    const onLeave = await refused(lv.core, 'live.saveSpeech', { itemId, personId: lv.people[10]!, notes: '同意', stance: 'agree' }, 'RULE_VIOLATION')
    expect(onLeave.message).toContain('冯部长已请假（病假），未出席本次会议，不能在该议题中记录其发言')
    expect(onLeave.message).toContain('请录入为书面意见')
    const recused = await refused(lv.core, 'live.saveSpeech', { itemId, personId: lv.people[2]!, notes: '同意', stance: 'agree' }, 'RULE_VIOLATION')
    expect(recused.message).toContain('王副书记已在该议题回避（其亲属为相关企业股东）')
    expect(await snapshot(lv.core, meeting.id)).toEqual(before)

    const detail = await lv.core.call('meetings.get', { id: meeting.id })
    expect(detail.items[0]).toMatchObject({ reportNotes: '汇报了优化营商环境的十项措施。', speeches: [expect.objectContaining({ personId: lv.people[8], notes: '同意，建议细化考核指标。', stance: 'agree' })] })
    expect(detail.items[0]!.speakingOrder).not.toContain(lv.people[2])
    // The recusal is listed and can be taken back; a second identical one is refused.
    await refused(lv.core, 'live.addRecusal', { itemId, personId: lv.people[2]!, candidate: '', reason: '重复' }, 'DUPLICATE')
    expect((await lv.core.call('live.removeRecusal', { itemId, personId: lv.people[2]!, candidate: '' })).items[0]!.recusals).toEqual([])
    expect(await lv.core.call('audit.verify')).toMatchObject({ ok: true })
  })
})
