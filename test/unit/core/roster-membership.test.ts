import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { rosterAsOf } from '../../../electron/core/roster/roster-as-of'
import { adminPassword, createdVault, removeDir, type TestCore } from '../../support/vault'
import { addMember, expectRefused } from './roster-support'

let core: TestCore
beforeEach(async () => {
  core = await createdVault()
  await core.call('auth.unlock', { username: 'admin', password: adminPassword })
})
afterEach(() => {
  core.context.lock('manual')
  removeDir(core.dataDir)
})

const namesAndRanks = (rows: { name: string; rank: number; post: string }[]) => rows.map((row) => `${row.rank} ${row.name} ${row.post}`)

describe('the roster over time', () => {
  it('a rank change in mid-year: the roster before and after differs, history keeps both periods', async () => {
    const secretary = await addMember(core, '张书记', '区委书记', 1)
    await addMember(core, '李区长', '区委副书记、区长', 2)
    const zhao = await addMember(core, '赵部长', '区委常委、组织部部长', 3)
    const qian = await addMember(core, '钱部长', '区委常委、宣传部部长', 4)

    // 钱 moves up to 3 from 1 July; 赵 must first leave rank 3 (to 4 — but 钱 holds it), so go through 5.
    await expectRefused(
      core,
      () => core.raw('roster.changeMembership', { membershipId: qian.membershipId, effectiveDate: '2026-07-01', post: '区委常委、宣传部部长', rank: 3 }),
      'RULE_VIOLATION',
      '排名不能重复：2026年7月1日起，赵部长的排名已是第 3 位，钱部长不能同时排第 3 位。请先调整赵部长的排名。',
    )
    const zhaoLater = await core.call('roster.changeMembership', { membershipId: zhao.membershipId, effectiveDate: '2026-07-01', post: '区委常委、组织部部长', rank: 5 })
    await core.call('roster.changeMembership', { membershipId: qian.membershipId, effectiveDate: '2026-07-01', post: '区委常委、宣传部部长', rank: 3 })

    expect(namesAndRanks(await core.call('roster.asOf', { date: '2026-06-30' }))).toEqual(['1 张书记 区委书记', '2 李区长 区委副书记、区长', '3 赵部长 区委常委、组织部部长', '4 钱部长 区委常委、宣传部部长'])
    expect(namesAndRanks(await core.call('roster.asOf', { date: '2026-07-01' }))).toEqual(['1 张书记 区委书记', '2 李区长 区委副书记、区长', '3 钱部长 区委常委、宣传部部长', '5 赵部长 区委常委、组织部部长'])
    // The helper the meetings use reads the same.
    expect(rosterAsOf(core.context.session!.db, '2026-03-15').map((row) => row.name)).toEqual(['张书记', '李区长', '赵部长', '钱部长'])
    expect(await core.call('roster.asOf', { date: '2025-12-31' })).toEqual([])

    const history = (await core.call('roster.history')).filter((row) => row.personId === zhao.personId)
    expect(history.map((row) => [row.rank, row.startDate, row.endDate, row.endReason])).toEqual([
      [5, '2026-07-01', null, null],
      [3, '2026-01-01', '2026-06-30', '职务或排名调整'],
    ])
    expect(zhaoLater.startDate).toBe('2026-07-01')

    const people = await core.call('roster.people')
    expect(people.find((person) => person.id === secretary.personId)).toMatchObject({ currentPost: '区委书记', currentRank: 1 })
  })

  it('two members swap ranks from one date in one call; a clash among the changes is refused whole', async () => {
    const zhou = await addMember(core, '周常委', '区委常委、宣传部部长', 7)
    const wu = await addMember(core, '吴常委', '区委常委、政法委书记', 8)
    await addMember(core, '郑常委', '区委常委、统战部部长', 9)
    await expectRefused(
      core,
      () => core.raw('roster.changeMemberships', { effectiveDate: '2026-09-01', changes: [{ membershipId: zhou.membershipId, post: '区委常委、宣传部部长', rank: 9 }, { membershipId: wu.membershipId, post: '区委常委、政法委书记', rank: 7 }] }),
      'RULE_VIOLATION',
      '排名不能重复：2026年9月1日起，郑常委的排名已是第 9 位，周常委不能同时排第 9 位。请先调整郑常委的排名。',
    )
    const swapped = await core.call('roster.changeMemberships', {
      effectiveDate: '2026-09-01',
      changes: [
        { membershipId: zhou.membershipId, post: '区委常委、宣传部部长', rank: 8 },
        { membershipId: wu.membershipId, post: '区委常委、政法委书记', rank: 7 },
      ],
    })
    expect(swapped.map((row) => `${row.name} ${row.rank}`)).toEqual(['周常委 8', '吴常委 7'])
    expect(namesAndRanks(await core.call('roster.asOf', { date: '2026-08-31' })).map((row) => row.slice(0, 5))).toEqual(['7 周常委', '8 吴常委', '9 郑常委'])
    expect(namesAndRanks(await core.call('roster.asOf', { date: '2026-09-01' })).map((row) => row.slice(0, 5))).toEqual(['7 吴常委', '8 周常委', '9 郑常委'])
    expect(await core.raw('roster.changeMemberships', { effectiveDate: '2026-10-01', changes: [] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('请至少调整一人') } })
  })

  it('refuses a change not after the period start, an unchanged change, and a change of an ended period', async () => {
    const member = await addMember(core, '孙常委', '区委常委', 6, '2026-03-01')
    await expectRefused(
      core,
      () => core.raw('roster.changeMembership', { membershipId: member.membershipId, effectiveDate: '2026-03-01', post: '区委常委、副区长', rank: 6 }),
      'RULE_VIOLATION',
      '孙常委：生效日期须晚于本段任职的起始日期（2026年3月1日）：调整不改写历史，只能从其后的某一天起生效。',
    )
    await expectRefused(core, () => core.raw('roster.changeMembership', { membershipId: member.membershipId, effectiveDate: '2026-05-01', post: '区委常委', rank: 6 }), 'RULE_VIOLATION', '孙常委的职务和排名都没有变化，无需调整。')
    await core.call('roster.endMembership', { membershipId: member.membershipId, endDate: '2026-09-30', reason: '调离' })
    await expectRefused(
      core,
      () => core.raw('roster.changeMembership', { membershipId: member.membershipId, effectiveDate: '2026-10-01', post: '区委常委', rank: 7 }),
      'RULE_VIOLATION',
      /已于2026年9月30日结束，不能再调整/u,
    )
    await expectRefused(core, () => core.raw('roster.endMembership', { membershipId: member.membershipId, endDate: '2026-10-30', reason: '调离' }), 'RULE_VIOLATION', '孙常委的这段任职已于2026年9月30日结束，不能重复离任。')
  })

  it('ends a membership with a reason, never before it started', async () => {
    const member = await addMember(core, '周常委', '区委常委', 7, '2026-03-01')
    await expectRefused(core, () => core.raw('roster.endMembership', { membershipId: member.membershipId, endDate: '2026-02-28', reason: '调离' }), 'RULE_VIOLATION', '离任日期不能早于任职起始日期（2026年3月1日）。')
    // Ending on the first day is allowed: a one-day period.
    const ended = await core.call('roster.endMembership', { membershipId: member.membershipId, endDate: '2026-03-01', reason: '调离' })
    expect(ended).toMatchObject({ endDate: '2026-03-01', endReason: '调离' })
    expect(await core.call('roster.asOf', { date: '2026-03-01' })).toHaveLength(1)
    expect(await core.call('roster.asOf', { date: '2026-03-02' })).toHaveLength(0)
  })

  it('refuses overlapping periods of one person and an equal rank on the same day', async () => {
    const wu = await addMember(core, '吴常委', '区委常委', 8, '2026-01-01')
    await core.call('roster.endMembership', { membershipId: wu.membershipId, endDate: '2026-06-30', reason: '换届' })
    await expectRefused(
      core,
      () => core.raw('roster.addMembership', { personId: wu.personId, post: '区委常委', rank: 9, startDate: '2026-06-30' }),
      'RULE_VIOLATION',
      '吴常委已有一段常委任职（2026年1月1日至2026年6月30日）与新的时段重叠：同一人的常委任职时段不能交叉，请先结束或调整原记录。',
    )
    // The day after is fine: periods back to back.
    await core.call('roster.addMembership', { personId: wu.personId, post: '区委常委', rank: 9, startDate: '2026-07-01' })

    const zheng = await core.call('roster.savePerson', { name: '郑常委', sex: '女', unit: null, note: null })
    await expectRefused(
      core,
      () => core.raw('roster.addMembership', { personId: zheng.id, post: '区委常委', rank: 9, startDate: '2026-08-01' }),
      'RULE_VIOLATION',
      '排名不能重复：2026年8月1日起，吴常委的排名已是第 9 位，郑常委不能同时排第 9 位。请先调整吴常委的排名。',
    )
    // Rank 8 was 吴's only until 30 June: free from 1 July.
    await expectRefused(core, () => core.raw('roster.addMembership', { personId: zheng.id, post: '区委常委', rank: 8, startDate: '2026-06-30' }), 'RULE_VIOLATION', /2026年6月30日起，吴常委的排名已是第 8 位/u)
    expect((await core.call('roster.addMembership', { personId: zheng.id, post: '区委常委', rank: 8, startDate: '2026-07-01' })).rank).toBe(8)
  })

  it('refuses unknown records and the same name in the same unit; audits every change', async () => {
    await expectRefused(core, () => core.raw('roster.addMembership', { personId: '00000000-0000-4000-8000-000000000000', post: '区委常委', rank: 1, startDate: '2026-01-01' }), 'NOT_FOUND', '找不到该人员（可能已被删除），请刷新后重试。')
    await core.call('roster.savePerson', { name: '陈主任', sex: null, unit: '区发展改革委', note: null })
    await expectRefused(
      core,
      () => core.raw('roster.savePerson', { name: '陈主任', sex: '男', unit: '区发展改革委', note: null }),
      'DUPLICATE',
      '已有同名人员“陈主任”（区发展改革委），未重复保存。请直接选用该人员，或填写工作单位加以区分。',
    )
    const other = await core.call('roster.savePerson', { name: '陈主任', sex: '男', unit: '区财政局', note: null })
    expect(other.currentRank).toBeNull()
    const audit = await core.call('audit.list', { limit: 5 })
    expect(JSON.stringify(audit)).toContain('新增人员 陈主任（区财政局）')
  })

  it('adds a new person with the membership in one transaction: a refusal leaves no stray person', async () => {
    await addMember(core, '张书记', '区委书记', 1)
    await expectRefused(
      core,
      () => core.raw('roster.addMembership', { newPerson: { name: '新常委', sex: '女', unit: null, note: null }, post: '区委常委', rank: 1, startDate: '2026-02-01' }),
      'RULE_VIOLATION',
      /张书记的排名已是第 1 位/u,
    )
    await expectRefused(core, () => core.raw('roster.addMembership', { post: '区委常委', rank: 2, startDate: '2026-02-01' }), 'INVALID_INPUT', /二者选一/u)
    const added = await core.call('roster.addMembership', { newPerson: { name: '新常委', sex: '女', unit: null, note: null }, post: '区委常委', rank: 2, startDate: '2026-02-01' })
    expect(added).toMatchObject({ name: '新常委', rank: 2 })
    expect((await core.call('roster.people')).map((person) => person.name)).toEqual(['张书记', '新常委'])
  })

  it('reads need records.read and writes records.write', async () => {
    await core.call('users.create', { username: 'reader', displayName: '查阅员', roles: ['reader'], personnelGrant: false, password: 'Chushi#Mima2026' })
    await core.call('auth.lock')
    await core.call('auth.unlock', { username: 'reader', password: 'Chushi#Mima2026' })
    await core.call('auth.changePassword', { currentPassword: 'Chushi#Mima2026', newPassword: 'Chayue#Mima2026' })
    expect((await core.raw('roster.asOf', { date: '2026-01-01' })).ok).toBe(true)
    expect(await core.raw('roster.savePerson', { name: '某人', sex: null, unit: null, note: null })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('lists the members by rank, then everyone else in 姓氏笔画 order (not character-code order)', async () => {
    await addMember(core, '蔡书记', '区委书记', 1)
    await addMember(core, '丁区长', '区委副书记、区长', 2)
    for (const name of ['何立峰', '尹力', '李强', '王毅', '李希', '陈吉宁', '张又侠', '傅主任', '彭主任']) await core.call('roster.savePerson', { name, sex: null, unit: null, note: null })
    const people = await core.call('roster.people')
    expect(people.map((person) => person.name)).toEqual(['蔡书记', '丁区长', '王毅', '尹力', '李希', '李强', '何立峰', '张又侠', '陈吉宁', '彭主任', '傅主任'])
  })
})
