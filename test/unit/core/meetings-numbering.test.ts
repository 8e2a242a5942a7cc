import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { meetingMembers } from '../../../electron/core/db/schema/main'
import { bodyId, meetingInput, meetingsVaults, refused, type MeetingsVault } from '../../support/meetings-fixture'
import { member } from '../../support/roster-fixture'

const vaults = meetingsVaults()

const ranksOf = (detail: { members: { name: string; rank: number; post: string }[] }) => detail.members.map((entry) => `${entry.rank} ${entry.name}`)

async function usePerTermNumbering(vault: MeetingsVault): Promise<string> {
  const plenary = vault.bodies.plenary
  if (!plenary) throw new Error('no plenary body')
  await vault.core.call('bodies.save', { ...plenary, numbering: 'term' })
  return plenary.id
}

describe('numbering', () => {
  it('numbers per body and year: 2026年第1次, 第2次, a new year starts again, another body has its own count', async () => {
    const vault = await vaults.open()
    const first = await vault.core.call('meetings.create', meetingInput(vault, 'standing', '2026-03-10'))
    const second = await vault.core.call('meetings.create', meetingInput(vault, 'standing', '2026-03-24'))
    const special = await vault.core.call('meetings.create', meetingInput(vault, 'secretary', '2026-03-12'))
    const nextYear = await vault.core.call('meetings.create', meetingInput(vault, 'standing', '2027-01-05'))
    expect([first.label, second.label, special.label, nextYear.label]).toEqual(['2026年第1次常委会会议', '2026年第2次常委会会议', '2026年第1次书记专题会议', '2027年第1次常委会会议'])
    expect(first).toMatchObject({ status: 'preparing', sequence: 1, year: 2026, chairName: '赵立新', recorderName: '王秘书' })
    const [latest] = await vault.core.call('audit.list', { limit: 1 })
    expect(latest).toMatchObject({ action: 'meetings.create', summary: expect.stringContaining('2027年第1次常委会会议') })
    // The list: newest first, filtered by year and body.
    const listed = await vault.core.call('meetings.list', { year: 2026, bodyId: bodyId(vault, 'standing') })
    expect(listed.map((meeting) => meeting.label)).toEqual(['2026年第2次常委会会议', '2026年第1次常委会会议'])
    expect(listed[0]).toMatchObject({ itemCount: 0, decidedCount: 0, chairName: '赵立新', bodyKind: 'standing' })
  })

  it('numbers per term (届次) when the body says so, and refuses a date outside every term', async () => {
    const vault = await vaults.open()
    const plenaryId = await usePerTermNumbering(vault)
    await vault.core.call('roster.saveTerm', { name: '第十四届', startDate: '2026-07-01', endDate: null })
    const message = await refused(vault.core, 'meetings.create', { ...meetingInput(vault, 'plenary', '2026-05-10') }, 'RULE_VIOLATION')
    expect(message).toBe('全体会议按届次编号，但 2026年5月10日 不在任何已登记届次的任期之内：请先在“常委会组成”中登记届次及其起止日期。')
    await vault.core.call('roster.saveTerm', { name: '第十三届', startDate: '2021-10-01', endDate: '2026-06-30' })
    const a = await vault.core.call('meetings.create', { ...meetingInput(vault, 'plenary', '2026-05-10') })
    const b = await vault.core.call('meetings.create', { ...meetingInput(vault, 'plenary', '2026-06-20') })
    const c = await vault.core.call('meetings.create', { ...meetingInput(vault, 'plenary', '2026-07-10') })
    expect([a.label, b.label, c.label]).toEqual(['第十三届第1次全体会议', '第十三届第2次全体会议', '第十四届第1次全体会议'])
    expect(c.termName).toBe('第十四届')
    // Once it has meetings, the body's numbering is fixed.
    const plenary = (await vault.core.call('bodies.list')).find((body) => body.id === plenaryId)
    if (!plenary) throw new Error('plenary gone')
    expect(await refused(vault.core, 'bodies.save', { ...plenary, numbering: 'year' }, 'RULE_VIOLATION')).toContain('编号方式不能再改')
  })

  it('a chosen term must cover the date', async () => {
    const vault = await vaults.open()
    await usePerTermNumbering(vault)
    const term = await vault.core.call('roster.saveTerm', { name: '第十四届', startDate: '2026-07-01', endDate: null })
    const message = await refused(vault.core, 'meetings.create', { ...meetingInput(vault, 'plenary', '2026-05-10'), termId: term.id }, 'RULE_VIOLATION')
    expect(message).toBe('会议日期 2026年5月10日 不在第十四届的任期（2026年7月1日起）之内，请核对日期或届次。')
  })
})

describe('members (应到) are the roster as of the meeting date', () => {
  it('keeps the ranks of its date when the roster changes later; a new date re-reads the roster and keeps attendance', async () => {
    const vault = await vaults.open()
    const march = await vault.core.call('meetings.create', meetingInput(vault, 'standing', '2026-03-10'))
    expect(march.members).toHaveLength(11)
    expect(march.members[3]).toMatchObject({ name: '李建国', rank: 4, post: '区委常委、常务副区长', attendance: 'pending' })
    // 孙丽华 leaves at the end of March; 李建国 moves up to third from 1 April.
    await vault.core.call('roster.endMembership', { membershipId: member(vault.roster, '孙丽华').membershipId, endDate: '2026-03-31', reason: '调离' })
    await vault.core.call('roster.changeMembership', { membershipId: member(vault.roster, '李建国').membershipId, effectiveDate: '2026-04-01', post: '区委副书记（正区级）', rank: 3 })
    const april = await vault.core.call('meetings.create', meetingInput(vault, 'standing', '2026-04-14'))
    expect(april.members).toHaveLength(10)
    expect(april.members[2]).toMatchObject({ name: '李建国', rank: 3, post: '区委副书记（正区级）' })
    const marchAgain = await vault.core.call('meetings.get', { id: march.id })
    expect(ranksOf(marchAgain)).toEqual(ranksOf(march))
    expect(marchAgain.quorum).toMatchObject({ members: 11, required: 6, present: 0, met: false })

    // Moving the April meeting into March brings back March's committee; a leave entered stays.
    const db = vault.core.context.session?.db
    if (!db) throw new Error('locked')
    db.update(meetingMembers).set({ attendance: 'leave', leaveReason: 'business' }).where(eq(meetingMembers.personId, member(vault.roster, '吴明').personId)).run()
    const moved = await vault.core.call('meetings.update', { id: april.id, date: '2026-03-26', startTime: '15:00', endTime: null, place: '区委第一会议室', chairId: april.chairId, recorderName: '王秘书', sequence: april.sequence })
    expect(moved.members).toHaveLength(11)
    expect(ranksOf(moved)).toEqual(ranksOf(march))
    expect(moved.members.find((entry) => entry.name === '吴明')).toMatchObject({ attendance: 'leave', leaveReason: 'business' })
    expect(moved).toMatchObject({ date: '2026-03-26', startTime: '15:00', place: '区委第一会议室', label: '2026年第2次常委会会议' })
  })

  it('re-reads the roster when the meeting starts: a correction entered after creating it counts', async () => {
    const vault = await vaults.open({ start: '2026-03-10T01:00:00.000Z' })
    const topic = await vault.core.call('topics.save', { bodyId: bodyId(vault, 'standing'), title: '关于2026年重点项目的议题', category: 'general', proposingUnit: '区发展改革委', presenter: '李明', leaderInChargeId: null, leaderSignedOffOn: null, summary: null, consultationItemId: null, guests: [] })
    const meeting = await vault.core.call('meetings.create', meetingInput(vault, 'standing', '2026-03-10'))
    await vault.core.call('agenda.add', { meetingId: meeting.id, topicId: topic.id })
    // Entered late, effective before the meeting: 褚向东 left on 1 March.
    await vault.core.call('roster.endMembership', { membershipId: member(vault.roster, '褚向东').membershipId, endDate: '2026-03-01', reason: '调离' })
    await vault.core.call('meetings.advance', { id: meeting.id, to: 'notified' })
    const started = await vault.core.call('meetings.advance', { id: meeting.id, to: 'in_progress' })
    expect(started.members.map((entry) => entry.name)).not.toContain('褚向东')
    expect(started.members).toHaveLength(10)
  })
})

describe('refusals when creating and changing a meeting', () => {
  it('refuses a meeting on a day with no roster, saying to enter the 常委会组成 first', async () => {
    const vault = await vaults.open({ roster: false })
    const message = await refused(vault.core, 'meetings.create', meetingInput(vault, 'standing', '2026-03-10'), 'RULE_VIOLATION')
    expect(message).toBe('2026年3月10日没有常委会组成人员记录，无法确定应到会成员：请先在“常委会组成”中录入成员及其职务、排名，再安排会议。')
  })

  it('refuses an archived body and an unknown chair', async () => {
    const vault = await vaults.open()
    const joint = vault.bodies.joint
    if (!joint) throw new Error('no joint body')
    await vault.core.call('bodies.save', { ...joint, archived: true })
    expect(await refused(vault.core, 'meetings.create', meetingInput(vault, 'joint', '2026-03-10'), 'RULE_VIOLATION')).toBe('会议类型“党政联席会议”已停用，不能再安排新会议。')
    expect(await refused(vault.core, 'meetings.create', meetingInput(vault, 'standing', '2026-03-10', { chairId: '7d4f0f7e-0000-4000-8000-000000000000' }), 'NOT_FOUND')).toBe('找不到所选的主持人（可能已被删除），请刷新后重新选择。')
  })

  it('a changed sequence must stay unique in its year; a date without roster is refused; nothing changes after the start', async () => {
    const vault = await vaults.open({ start: '2026-03-10T01:00:00.000Z' })
    const first = await vault.core.call('meetings.create', meetingInput(vault, 'standing', '2026-03-10'))
    const second = await vault.core.call('meetings.create', meetingInput(vault, 'standing', '2026-03-24'))
    const edit = { id: second.id, date: second.date, startTime: second.startTime, endTime: null, place: second.place, chairId: second.chairId, recorderName: second.recorderName, sequence: 1 }
    expect(await refused(vault.core, 'meetings.update', edit, 'DUPLICATE')).toBe('已有“2026年第1次常委会会议”，会议序号第 1 次已被使用，请换一个序号。')
    expect(await refused(vault.core, 'meetings.update', { ...edit, sequence: 2, date: '2025-12-20' }, 'RULE_VIOLATION')).toContain('2025年12月20日没有常委会组成人员记录')
    // Renumbering to a free number is fine.
    expect((await vault.core.call('meetings.update', { ...edit, sequence: 5 })).label).toBe('2026年第5次常委会会议')

    const topic = await vault.core.call('topics.save', { bodyId: bodyId(vault, 'standing'), title: '关于城区防汛工作的议题', category: 'general', proposingUnit: '区水务局', presenter: '张伟', leaderInChargeId: null, leaderSignedOffOn: null, summary: null, consultationItemId: null, guests: [] })
    await vault.core.call('agenda.add', { meetingId: first.id, topicId: topic.id })
    await vault.core.call('meetings.advance', { id: first.id, to: 'notified' })
    await vault.core.call('meetings.advance', { id: first.id, to: 'in_progress' })
    const running = { id: first.id, date: first.date, startTime: '10:00', endTime: null, place: first.place, chairId: first.chairId, recorderName: first.recorderName, sequence: 1 }
    expect(await refused(vault.core, 'meetings.update', running, 'STATUS_INVALID')).toBe('会议已处于“进行中”阶段，不能再修改会议信息：这只能在会议开始前（筹备或已通知阶段）进行。')
  })
})
