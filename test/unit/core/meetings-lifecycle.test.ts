import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { meetings } from '../../../electron/core/db/schema/main'
import { sealedAsAppError } from '../../../electron/core/meetings/audited-write'
import { AppError } from '../../../shared/errors'
import { bodyId, meetingInput, meetingsVaults, refused, topicInput, type MeetingsVault } from '../../support/meetings-fixture'
import { member } from '../../support/roster-fixture'

const vaults = meetingsVaults()

async function meetingWithTopics(vault: MeetingsVault, date: string, titles: string[]) {
  const meeting = await vault.core.call('meetings.create', meetingInput(vault, 'standing', date))
  for (const title of titles) {
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', title))
    await vault.core.call('agenda.add', { meetingId: meeting.id, topicId: topic.id })
  }
  return vault.core.call('meetings.get', { id: meeting.id })
}

/** Marks a meeting signed the way the sign-off does, so the seal triggers apply. */
function markSigned(vault: MeetingsVault, meetingId: string) {
  vault.core.context.session?.db.update(meetings).set({ status: 'signed', signedAt: '2026-03-11T02:00:00.000Z', signedByName: '王秘书' }).where(eq(meetings.id, meetingId)).run()
}

describe('meetings.advance: 筹备 → 已通知 → 进行中 → 已结束', () => {
  it('needs an agenda before the notice, the meeting day before the start (in Beijing time), and cannot skip a step', async () => {
    const vault = await vaults.open({ start: '2026-03-02T01:00:00.000Z' })
    const meeting = await vault.core.call('meetings.create', meetingInput(vault, 'standing', '2026-03-10'))
    expect(await refused(vault.core, 'meetings.advance', { id: meeting.id, to: 'notified' }, 'RULE_VIOLATION')).toBe('会议议程中还没有议题，不能发出会议通知：请先列入至少一个经申报的议题。')
    expect(await refused(vault.core, 'meetings.advance', { id: meeting.id, to: 'in_progress' }, 'STATUS_INVALID')).toBe('会议处于“筹备”阶段，不能直接改为“进行中”（下一步是“已通知”）。')
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于城区防汛工作的议题'))
    await vault.core.call('agenda.add', { meetingId: meeting.id, topicId: topic.id })
    const notified = await vault.core.call('meetings.advance', { id: meeting.id, to: 'notified' })
    expect(notified).toMatchObject({ status: 'notified', notifiedAt: '2026-03-02T01:00:00.000Z' })
    // 23:30 on 9 March in UTC is 07:30 on 10 March in Beijing: one minute earlier it is still the 9th there.
    vault.clock.set('2026-03-09T15:59:00.000Z')
    expect(await refused(vault.core, 'meetings.advance', { id: meeting.id, to: 'in_progress' }, 'RULE_VIOLATION')).toBe('会议定于2026年3月10日召开，今天是2026年3月9日：请确认会议实际于今天召开，会议日期将改为2026年3月9日。')
    vault.clock.set('2026-03-09T16:00:00.000Z')
    const started = await vault.core.call('meetings.advance', { id: meeting.id, to: 'in_progress' })
    expect(started).toMatchObject({ status: 'in_progress', startedAt: '2026-03-09T16:00:00.000Z' })
    const [latest] = await vault.core.call('audit.list', { limit: 1 })
    expect(latest).toMatchObject({ action: 'meetings.advance', summary: '2026年第1次常委会会议由“已通知”改为“进行中”' })
  })

  it('starts on another day than planned only when confirmed, and then records the day it was held', async () => {
    const vault = await vaults.open({ start: '2026-03-02T01:00:00.000Z' })
    const meeting = await meetingWithTopics(vault, '2026-03-10', ['关于城区防汛工作的议题'])
    await vault.core.call('meetings.advance', { id: meeting.id, to: 'notified' })
    // Nine days late, as a meeting postponed without changing its date.
    vault.clock.set('2026-03-19T01:00:00.000Z')
    const result = await vault.core.raw('meetings.advance', { id: meeting.id, to: 'in_progress' })
    expect(result).toMatchObject({ ok: false, error: { code: 'RULE_VIOLATION', details: { scheduledOn: '2026-03-10', today: '2026-03-19' } } })
    expect(await vault.core.call('meetings.get', { id: meeting.id })).toMatchObject({ status: 'notified', date: '2026-03-10' })
    // A confirmation for another day than today is no confirmation.
    await refused(vault.core, 'meetings.advance', { id: meeting.id, to: 'in_progress', heldOn: '2026-03-18' }, 'RULE_VIOLATION')
    const started = await vault.core.call('meetings.advance', { id: meeting.id, to: 'in_progress', heldOn: '2026-03-19' })
    expect(started).toMatchObject({ status: 'in_progress', date: '2026-03-19' })
    const [latest] = await vault.core.call('audit.list', { limit: 1 })
    expect(latest?.summary).toBe('2026年第1次常委会会议由“已通知”改为“进行中”（原定2026年3月10日，实际于2026年3月19日召开）')
  })

  it('ends only when every member is registered and every item has an outcome, naming what is missing', async () => {
    const vault = await vaults.open({ start: '2026-03-10T01:00:00.000Z' })
    const meeting = await meetingWithTopics(vault, '2026-03-10', ['关于城区防汛工作的议题', '关于老旧小区改造的议题'])
    await vault.core.call('meetings.advance', { id: meeting.id, to: 'notified' })
    await vault.core.call('meetings.advance', { id: meeting.id, to: 'in_progress' })
    const names = [...vault.roster.keys()]
    for (const name of names.slice(0, 9)) await vault.core.call('live.setAttendance', { meetingId: meeting.id, personId: member(vault.roster, name).personId, attendance: 'present', leaveReason: null, leaveNote: null })
    const [first, second] = meeting.items
    if (!first || !second) throw new Error('two items expected')
    await vault.core.call('live.setOutcome', { itemId: first.id, outcome: 'deferred' })
    expect(await refused(vault.core, 'meetings.advance', { id: meeting.id, to: 'ended' }, 'RULE_VIOLATION')).toBe(
      '还不能结束会议。以下成员尚未登记出席或请假：陈刚、褚向东；以下议题尚无议定结果（通过、不通过、缓议或撤回）：《关于老旧小区改造的议题》。',
    )
    for (const name of names.slice(9)) await vault.core.call('live.setAttendance', { meetingId: meeting.id, personId: member(vault.roster, name).personId, attendance: 'leave', leaveReason: 'business', leaveNote: null })
    await vault.core.call('live.setOutcome', { itemId: second.id, outcome: 'withdrawn' })
    const ended = await vault.core.call('meetings.advance', { id: meeting.id, to: 'ended' })
    expect(ended).toMatchObject({ status: 'ended', endedAt: '2026-03-10T01:00:00.000Z' })
    expect(await refused(vault.core, 'meetings.advance', { id: meeting.id, to: 'ended' }, 'STATUS_INVALID')).toBe('会议已处于“已结束”阶段。')
  })
})

describe('meetings.setMembers: who of the roster attends a meeting of another body', () => {
  it('chooses roster members for a 书记专题会议; refuses the standing committee, non-members and a started meeting', async () => {
    const vault = await vaults.open({ start: '2026-03-12T01:00:00.000Z' })
    const special = await vault.core.call('meetings.create', meetingInput(vault, 'secretary', '2026-03-12'))
    const chosen = ['赵立新', '钱学文', '孙丽华', '吴明', '周志强'].map((name) => member(vault.roster, name).personId)
    const set = await vault.core.call('meetings.setMembers', { id: special.id, personIds: chosen })
    expect(set.members.map((entry) => `${entry.rank} ${entry.name}`)).toEqual(['1 赵立新', '2 钱学文', '3 孙丽华', '5 周志强', '6 吴明'])
    expect(set.quorum).toMatchObject({ members: 5, required: 3 })

    const standing = await vault.core.call('meetings.create', meetingInput(vault, 'standing', '2026-03-24'))
    expect(await refused(vault.core, 'meetings.setMembers', { id: standing.id, personIds: chosen }, 'RULE_VIOLATION')).toBe('常委会会议的应到成员就是会议当天的全体常委，不能另行选择。')
    const outsider = await vault.core.call('roster.savePerson', { name: '李明', sex: '男', unit: '区发展改革委', note: null })
    expect(await refused(vault.core, 'meetings.setMembers', { id: special.id, personIds: [...chosen, outsider.id] }, 'RULE_VIOLATION')).toBe('李明在2026年3月12日不是常委会成员，不能列为应到成员。')

    const topic = await vault.core.call('topics.save', topicInput(vault, 'secretary', '关于区管干部选拔任用的酝酿'))
    await vault.core.call('agenda.add', { meetingId: special.id, topicId: topic.id })
    await vault.core.call('meetings.advance', { id: special.id, to: 'notified' })
    await vault.core.call('meetings.advance', { id: special.id, to: 'in_progress' })
    expect(await refused(vault.core, 'meetings.setMembers', { id: special.id, personIds: chosen.slice(0, 4) }, 'STATUS_INVALID')).toContain('不能再调整应到成员')
  })
})

describe('列席 for the whole meeting', () => {
  it('adds and removes guests until the meeting ends', async () => {
    const vault = await vaults.open({ start: '2026-03-10T01:00:00.000Z' })
    const meeting = await meetingWithTopics(vault, '2026-03-10', ['关于城区防汛工作的议题'])
    const withGuest = await vault.core.call('meetings.addGuest', { meetingId: meeting.id, name: '刘洋', post: '区人大常委会副主任' })
    const withTwo = await vault.core.call('meetings.addGuest', { meetingId: meeting.id, name: '区政协办公室', post: '' })
    expect(withTwo.guests.map((guest) => [guest.name, guest.post])).toEqual([['刘洋', '区人大常委会副主任'], ['区政协办公室', null]])
    const guestId = withGuest.guests[0]?.id ?? ''
    expect((await vault.core.call('meetings.removeGuest', { meetingId: meeting.id, guestId })).guests.map((guest) => guest.name)).toEqual(['区政协办公室'])
    expect(await refused(vault.core, 'meetings.removeGuest', { meetingId: meeting.id, guestId }, 'NOT_FOUND')).toBe('找不到该列席人员（可能已被移除），请刷新后重试。')

    await vault.core.call('meetings.advance', { id: meeting.id, to: 'notified' })
    await vault.core.call('meetings.advance', { id: meeting.id, to: 'in_progress' })
    await vault.core.call('meetings.addGuest', { meetingId: meeting.id, name: '区审计局', post: null })
    for (const entry of vault.roster.values()) await vault.core.call('live.setAttendance', { meetingId: meeting.id, personId: entry.personId, attendance: 'present', leaveReason: null, leaveNote: null })
    await vault.core.call('live.setOutcome', { itemId: meeting.items[0]?.id ?? '', outcome: 'deferred' })
    await vault.core.call('meetings.advance', { id: meeting.id, to: 'ended' })
    expect(await refused(vault.core, 'meetings.addGuest', { meetingId: meeting.id, name: '区财政局', post: null }, 'STATUS_INVALID')).toBe('会议已结束，不能再登记列席人员。')
  })
})

describe('the agenda', () => {
  it('adds open topics of the body, moves and removes them (positions stay 1…n)', async () => {
    const vault = await vaults.open()
    const meeting = await meetingWithTopics(vault, '2026-03-10', ['议题甲', '议题乙', '议题丙'])
    const titles = (detail: typeof meeting) => detail.items.map((item) => `${item.position} ${item.topic.title}`)
    expect(titles(meeting)).toEqual(['1 议题甲', '2 议题乙', '3 议题丙'])
    const [a, b, c] = meeting.items
    if (!a || !b || !c) throw new Error('three items expected')
    expect(titles(await vault.core.call('agenda.move', { itemId: c.id, direction: 'up' }))).toEqual(['1 议题甲', '2 议题丙', '3 议题乙'])
    // At the top, up changes nothing and records nothing.
    const [before] = await vault.core.call('audit.list', { limit: 1 })
    expect(titles(await vault.core.call('agenda.move', { itemId: a.id, direction: 'up' }))).toEqual(['1 议题甲', '2 议题丙', '3 议题乙'])
    expect((await vault.core.call('audit.list', { limit: 1 }))[0]?.id).toBe(before?.id)
    expect(titles(await vault.core.call('agenda.remove', { itemId: a.id }))).toEqual(['1 议题丙', '2 议题乙'])
    const [latest] = await vault.core.call('audit.list', { limit: 1 })
    expect(latest).toMatchObject({ action: 'agenda.remove', summary: '将议题《议题甲》移出2026年第1次常委会会议的议程' })
    // The removed topic is open again and can go back on.
    expect((await vault.core.call('topics.get', { id: a.topic.id })).state).toBe('proposed')
    expect(titles(await vault.core.call('agenda.add', { meetingId: meeting.id, topicId: a.topic.id }))).toEqual(['1 议题丙', '2 议题乙', '3 议题甲'])
  })

  it('refuses another body\'s topic, a topic twice, one pending at another meeting, a withdrawn one, and any addition once the meeting has started', async () => {
    const vault = await vaults.open({ start: '2026-03-10T01:00:00.000Z' })
    const meeting = await meetingWithTopics(vault, '2026-03-10', ['关于城区防汛工作的议题'])
    const onAgenda = meeting.items[0]?.topic.id ?? ''
    const other = await vault.core.call('topics.save', topicInput(vault, 'secretary', '关于干部人选的酝酿'))
    expect(await refused(vault.core, 'agenda.add', { meetingId: meeting.id, topicId: other.id }, 'RULE_VIOLATION')).toBe('议题《关于干部人选的酝酿》是提交书记专题会议的，不能列入常委会会议的议程。')
    expect(await refused(vault.core, 'agenda.add', { meetingId: meeting.id, topicId: onAgenda }, 'DUPLICATE')).toBe('议题《关于城区防汛工作的议题》已在本次会议的议程中。')
    const later = await vault.core.call('meetings.create', meetingInput(vault, 'standing', '2026-03-24'))
    expect(await refused(vault.core, 'agenda.add', { meetingId: later.id, topicId: onAgenda }, 'RULE_VIOLATION')).toBe('议题《关于城区防汛工作的议题》已列入2026年第1次常委会会议的议程，尚未议定，不能同时列入两次会议。')
    const withdrawn = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于调整停车收费的议题'))
    await vault.core.call('topics.withdraw', { id: withdrawn.id, reason: '提请单位申请撤回' })
    expect(await refused(vault.core, 'agenda.add', { meetingId: later.id, topicId: withdrawn.id }, 'RULE_VIOLATION')).toBe('议题《关于调整停车收费的议题》已撤回，不能再列入会议议程。')

    await vault.core.call('meetings.advance', { id: meeting.id, to: 'notified' })
    await vault.core.call('meetings.advance', { id: meeting.id, to: 'in_progress' })
    const fresh = await vault.core.call('topics.save', topicInput(vault, 'standing', '临时提出的议题'))
    expect(await refused(vault.core, 'agenda.add', { meetingId: meeting.id, topicId: fresh.id }, 'STATUS_INVALID')).toBe('会议已处于“进行中”阶段，不能再增加议题（不搞临时动议）：这只能在会议开始前（筹备或已通知阶段）进行。')
    expect(await refused(vault.core, 'agenda.remove', { itemId: meeting.items[0]?.id ?? '' }, 'STATUS_INVALID')).toContain('不能再移除议题')
  })

  it('will not remove a 专题会 item that a personnel topic cites as its consultation', async () => {
    const vault = await vaults.open()
    const special = await vault.core.call('meetings.create', meetingInput(vault, 'secretary', '2026-03-05'))
    const consulted = await vault.core.call('topics.save', topicInput(vault, 'secretary', '关于区管干部人选的酝酿'))
    const detail = await vault.core.call('agenda.add', { meetingId: special.id, topicId: consulted.id })
    const itemId = detail.items[0]?.id ?? ''
    await vault.core.call('topics.save', topicInput(vault, 'standing', '关于干部任免的议题', { category: 'personnel', consultationItemId: itemId }))
    expect(await refused(vault.core, 'agenda.remove', { itemId }, 'RULE_VIOLATION')).toBe('该议程已被议题《关于干部任免的议题》引用为书记专题会议酝酿，不能移除：请先在这些议题中改选酝酿记录。')
  })
})

describe('a signed (sealed) meeting', () => {
  it('refuses every change with MEETING_SEALED, also when only the database triggers stand in the way', async () => {
    const vault = await vaults.open()
    const meeting = await meetingWithTopics(vault, '2026-03-10', ['关于城区防汛工作的议题'])
    markSigned(vault, meeting.id)
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '另一议题'))
    expect(await refused(vault.core, 'agenda.add', { meetingId: meeting.id, topicId: topic.id }, 'MEETING_SEALED')).toBe('该会议记录已签发封存，不能直接修改。如需更正，请添加更正记录并注明原因。')
    expect(await refused(vault.core, 'meetings.addGuest', { meetingId: meeting.id, name: '刘洋', post: null }, 'MEETING_SEALED')).toContain('已签发封存')
    expect(await refused(vault.core, 'meetings.advance', { id: meeting.id, to: 'ended' }, 'MEETING_SEALED')).toContain('已签发封存')
    const db = vault.core.context.session?.db
    if (!db) throw new Error('locked')
    const error = (() => {
      try {
        sealedAsAppError(() => db.update(meetings).set({ place: '别处' }).where(eq(meetings.id, meeting.id)).run())
      } catch (caught) {
        return caught
      }
      return null
    })()
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'MEETING_SEALED' })
    expect((await vault.core.call('meetings.get', { id: meeting.id })).place).toBe('区委常委会议室')
  })
})

describe('bodies and meeting rules', () => {
  it('lists the five default bodies, adds one, refuses a duplicate name; saves and reads the rules', async () => {
    const vault = await vaults.open({ roster: false })
    expect((await vault.core.call('bodies.list')).map((body) => body.name)).toEqual(['常委会会议', '全体会议', '书记专题会议', '党政联席会议', '议事协调机构会议'])
    const added = await vault.core.call('bodies.save', { name: '人才工作领导小组会议', kind: 'coordination', numbering: 'year', quorumRequired: false, sortOrder: 60, archived: false })
    expect(added).toMatchObject({ name: '人才工作领导小组会议', kind: 'coordination', numbering: 'year' })
    expect(await refused(vault.core, 'bodies.save', { name: '常委会会议', kind: 'other', numbering: 'year', quorumRequired: false, sortOrder: 70, archived: false }, 'DUPLICATE')).toBe('已有名为“常委会会议”的会议类型，请换一个名称。')

    expect(await vault.core.call('meetingRules.get')).toEqual({ quorumReading: 'half-or-more', materialDeadlineWorkingDays: 2 })
    expect(await vault.core.call('meetingRules.save', { quorumReading: 'more-than-half', materialDeadlineWorkingDays: 3 })).toEqual({ quorumReading: 'more-than-half', materialDeadlineWorkingDays: 3 })
    expect(await vault.core.call('meetingRules.get')).toEqual({ quorumReading: 'more-than-half', materialDeadlineWorkingDays: 3 })
    const [latest] = await vault.core.call('audit.list', { limit: 1 })
    expect(latest).toMatchObject({ action: 'meetingRules.save', summary: expect.stringContaining('会前 3 个工作日') })
    expect(bodyId(vault, 'standing')).toBe('0b6f3c1e-5a1d-4c57-9a51-1c0de0000001')
  })
})
