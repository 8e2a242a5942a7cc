import { afterEach, beforeEach, describe, expect, it } from 'vitest'
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

const area = (name: string, sortOrder = 0) => core.call('roster.saveArea', { name, units: null, sortOrder, archived: false, asOf: '2026-01-01' })
const areaId = async (name: string) => (await core.call('roster.division', { date: '2026-01-01' })).areas.find((one) => one.name === name)!.id

describe('division of work (分工)', () => {
  it('shows gaps, overlaps and members without a field as of a date', async () => {
    const zhang = await addMember(core, '张书记', '区委书记', 1)
    const li = await addMember(core, '李区长', '区委副书记、区长', 2)
    await addMember(core, '王常委', '区委常委', 3)
    await area('组织工作', 1)
    await area('政法工作', 2)
    const organisation = await areaId('组织工作')
    const law = await areaId('政法工作')
    await core.call('roster.assign', { areaId: organisation, personId: zhang.personId, role: 'lead', startDate: '2026-01-01', asOf: '2026-01-01' })
    const view = await core.call('roster.assign', { areaId: law, personId: li.personId, role: 'assist', startDate: '2026-01-01', asOf: '2026-01-01' })
    expect(view.areas.map((one) => [one.name, one.state])).toEqual([
      ['组织工作', 'ok'],
      ['政法工作', 'gap'],
    ])
    expect(view.members.map((member) => [member.name, member.areas.length])).toEqual([
      ['张书记', 1],
      ['李区长', 1],
      ['王常委', 0],
    ])

    // A second lead from 1 March: an overlap from that day, not before.
    await core.call('roster.assign', { areaId: organisation, personId: li.personId, role: 'lead', startDate: '2026-03-01', asOf: '2026-03-01' })
    expect((await core.call('roster.division', { date: '2026-02-28' })).areas[0]?.state).toBe('ok')
    const march = await core.call('roster.division', { date: '2026-03-01' })
    expect(march.areas[0]).toMatchObject({ state: 'overlap', assignments: [{ name: '张书记' }, { name: '李区长' }] })

    // Ending 张's lead on 31 March: overlap that day, in order the day after.
    const zhangLead = march.areas[0]!.assignments.find((one) => one.name === '张书记')!
    await expectRefused(
      core,
      () => core.raw('roster.endAssignment', { assignmentId: zhangLead.assignmentId, endDate: '2025-12-31', asOf: '2026-03-01' }),
      'RULE_VIOLATION',
      '结束日期不能早于该分工的开始日期（2026年1月1日）。',
    )
    await core.call('roster.endAssignment', { assignmentId: zhangLead.assignmentId, endDate: '2026-03-31', asOf: '2026-03-31' })
    expect((await core.call('roster.division', { date: '2026-03-31' })).areas[0]?.state).toBe('overlap')
    expect((await core.call('roster.division', { date: '2026-04-01' })).areas[0]).toMatchObject({ state: 'ok', assignments: [{ name: '李区长' }] })
    await expectRefused(core, () => core.raw('roster.endAssignment', { assignmentId: zhangLead.assignmentId, endDate: '2026-04-30', asOf: '2026-04-01' }), 'RULE_VIOLATION', '张书记对“组织工作”的分工已于2026年3月31日结束。')
  })

  it('refuses overlapping assignments of one person to one area, non-members, archived and duplicate areas', async () => {
    const zhang = await addMember(core, '张书记', '区委书记', 1)
    await area('组织工作')
    const organisation = await areaId('组织工作')
    await core.call('roster.assign', { areaId: organisation, personId: zhang.personId, role: 'lead', startDate: '2026-01-01', asOf: '2026-01-01' })
    await expectRefused(
      core,
      () => core.raw('roster.assign', { areaId: organisation, personId: zhang.personId, role: 'assist', startDate: '2026-05-01', asOf: '2026-05-01' }),
      'RULE_VIOLATION',
      '张书记已有一段“组织工作”分工（2026年1月1日起）与新的时段重叠：同一人的“组织工作”分工时段不能交叉，请先结束或调整原记录。',
    )
    const outsider = await core.call('roster.savePerson', { name: '陈主任', sex: null, unit: '区财政局', note: null })
    await expectRefused(
      core,
      () => core.raw('roster.assign', { areaId: organisation, personId: outsider.id, role: 'assist', startDate: '2026-05-01', asOf: '2026-05-01' }),
      'RULE_VIOLATION',
      '陈主任在2026年5月1日不是常委会成员，不能安排分工。',
    )
    await expectRefused(core, () => core.raw('roster.saveArea', { name: '组织工作', units: null, sortOrder: 0, archived: false, asOf: '2026-01-01' }), 'DUPLICATE', '已有名为“组织工作”的分工领域，未重复保存。')
    await core.call('roster.saveArea', { id: organisation, name: '组织工作', units: '区委组织部', sortOrder: 0, archived: true, asOf: '2026-01-01' })
    await expectRefused(
      core,
      () => core.raw('roster.assign', { areaId: organisation, personId: zhang.personId, role: 'lead', startDate: '2027-01-01', asOf: '2027-01-01' }),
      'RULE_VIOLATION',
      '分工领域“组织工作”已停用，不能再安排分工。',
    )
    // An archived area still shows on days someone holds it, so the history reads true.
    expect((await core.call('roster.division', { date: '2026-06-01' })).areas).toHaveLength(1)
  })
})

describe('substitution (缺位互补), duty lists and terms', () => {
  it('pairs two different members; ends a pair without rewriting its start', async () => {
    const zhang = await addMember(core, '张书记', '区委书记', 1)
    const li = await addMember(core, '李区长', '区委副书记、区长', 2, '2026-03-01')
    await expectRefused(core, () => core.raw('roster.saveSubstitution', { personId: zhang.personId, substituteId: zhang.personId, startDate: '2026-03-01' }), 'RULE_VIOLATION', '缺位互补须是两名不同的常委：张书记不能与自己互补。')
    await expectRefused(
      core,
      () => core.raw('roster.saveSubstitution', { personId: zhang.personId, substituteId: li.personId, startDate: '2026-02-28' }),
      'RULE_VIOLATION',
      '缺位互补只能在常委之间安排：李区长在2026年2月28日不是常委会成员。',
    )
    const pair = await core.call('roster.saveSubstitution', { personId: zhang.personId, substituteId: li.personId, startDate: '2026-03-01' })
    expect(pair).toMatchObject({ personName: '张书记', substituteName: '李区长', endDate: null })
    await expectRefused(core, () => core.raw('roster.saveSubstitution', { personId: zhang.personId, substituteId: li.personId, startDate: '2026-04-01' }), 'DUPLICATE', /已经存在（2026年3月1日起）/u)
    await expectRefused(core, () => core.raw('roster.endSubstitution', { id: pair.id, endDate: '2026-02-01' }), 'RULE_VIOLATION', '结束日期不能早于该安排的开始日期（2026年3月1日）。')
    await core.call('roster.endSubstitution', { id: pair.id, endDate: '2026-08-31' })
    expect(await core.call('roster.substitutions', { date: '2026-08-31' })).toHaveLength(1)
    expect(await core.call('roster.substitutions', { date: '2026-09-01' })).toEqual([])
  })

  it('replaces a duty list as a whole, in order', async () => {
    const zhang = await addMember(core, '张书记', '区委书记', 1)
    await core.call('roster.saveDuties', { personId: zhang.personId, items: ['主持区委全面工作', '召集常委会会议', '末位表态'] })
    expect(await core.call('roster.saveDuties', { personId: zhang.personId, items: ['召集常委会会议', '主持区委全面工作'] })).toEqual(['召集常委会会议', '主持区委全面工作'])
    expect(await core.call('roster.duties', { personId: zhang.personId })).toEqual(['召集常委会会议', '主持区委全面工作'])
    expect(await core.call('roster.saveDuties', { personId: zhang.personId, items: [] })).toEqual([])
    await expectRefused(core, () => core.raw('roster.saveDuties', { personId: zhang.personId, items: ['正常', ' '] }), 'INVALID_INPUT', /请填写职责/u)
  })

  it('keeps terms apart: unique names, dates in order, no shared day', async () => {
    const first = await core.call('roster.saveTerm', { name: '第十二届', startDate: '2021-09-01', endDate: '2026-08-31' })
    await core.call('roster.saveTerm', { name: '第十三届', startDate: '2026-09-01', endDate: null })
    await expectRefused(core, () => core.raw('roster.saveTerm', { name: '第十三届', startDate: '2031-09-01', endDate: null }), 'DUPLICATE', '已有名为“第十三届”的届次，未重复保存。')
    await expectRefused(core, () => core.raw('roster.saveTerm', { id: first.id, name: '第十二届', startDate: '2021-09-01', endDate: '2026-09-01' }), 'RULE_VIOLATION', '届次的时段不能重叠：第十三届（2026年9月1日起）与新的时段有共同的日子。')
    await expectRefused(core, () => core.raw('roster.saveTerm', { name: '第十一届', startDate: '2016-09-01', endDate: '2016-08-31' }), 'RULE_VIOLATION', '届次的结束日期不能早于开始日期。')
    expect((await core.call('roster.terms')).map((term) => term.name)).toEqual(['第十二届', '第十三届'])
  })
})
