import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { meetingsVaults } from '../../support/meetings-fixture'
import { member } from '../../support/roster-fixture'
import { decidedMeeting, refusedFollowUp, setDay } from './follow-up-fixture'

// 调整, 报告进展, 报办结 and 回头看 on a real vault, each refusal with its code and message
// and nothing changed; the list's filters and its status computed for today.

const vaults = meetingsVaults()

describe('the life of a task', () => {
  it('report → 推进中, 报办结 → 已办结, 回头看 重新交办 → 推进中, 报办结 again, 确认销号 → 已销号', async () => {
    const vault = await vaults.open()
    const { taskIds } = await decidedMeeting(vault, '2026-03-10', [{ title: '关于老旧小区改造的方案', deadline: '2026-06-30' }])
    const id = taskIds[0]!
    setDay(vault, '2026-04-01')
    const reported = await vault.core.call('followUp.report', { id, date: '2026-03-31', text: '已完成12个小区的改造设计。', withFiles: false })
    expect(reported).toMatchObject({ state: 'in_progress', status: 'in_progress', lastReportDate: '2026-03-31', reportCount: 1, reports: [{ date: '2026-03-31', text: '已完成12个小区的改造设计。', authorName: '王秘书', final: false, attachments: [] }] })

    const completed = await vault.core.call('followUp.complete', { id, date: '2026-04-01', text: '全部小区改造完工并通过验收。' })
    expect(completed).toMatchObject({ state: 'completed', status: 'completed', reportCount: 2 })
    expect(completed.reports.map((report) => report.final)).toEqual([false, true])

    const reopened = await vault.core.call('followUp.review', { id, date: '2026-04-01', result: 'reopened', reason: '回头看发现2个小区排水未改造。' })
    expect(reopened).toMatchObject({ state: 'in_progress', completedAt: null, reviews: [{ result: 'reopened', reason: '回头看发现2个小区排水未改造。', reviewerName: '王秘书' }] })
    expect(reopened.reports.map((report) => report.final)).toEqual([false, true])

    await vault.core.call('followUp.complete', { id, date: '2026-04-01', text: '排水改造已完成。' })
    const closed = await vault.core.call('followUp.review', { id, date: '2026-04-01', result: 'confirmed', reason: '' })
    expect(closed).toMatchObject({ state: 'closed', status: 'closed', reviews: [{ result: 'reopened' }, { result: 'confirmed', reason: '经回头看，确认已按要求办结。' }] })
    expect(closed.reports.map((report) => report.final)).toEqual([false, true, true])
    expect(closed.closedAt).not.toBeNull()
    const actions = (await vault.core.call('audit.list', { limit: 5 })).map((entry) => entry.action)
    expect(actions).toEqual(['followUp.review', 'followUp.complete', 'followUp.review', 'followUp.complete', 'followUp.report'])
  })

  it('refuses what the state does not allow, with the rule, and changes nothing', async () => {
    const vault = await vaults.open()
    const { taskIds } = await decidedMeeting(vault, '2026-03-10', [{ title: '关于老旧小区改造的方案' }])
    const id = taskIds[0]!
    expect(await refusedFollowUp(vault.core, 'followUp.review', { id, date: '2026-03-10', result: 'confirmed', reason: '' }, 'TASK_STATE_INVALID')).toBe(
      '督办事项“关于老旧小区改造的方案”：只有“已办结”的事项才能回头看，该事项目前为“未启动”：请先由责任单位报办结。',
    )
    expect(await refusedFollowUp(vault.core, 'followUp.complete', { id, date: '2026-03-10', text: '  ' }, 'TASK_STATE_INVALID')).toBe('督办事项“关于老旧小区改造的方案”：报办结须写明办理结果（办结报告），未填写。')
    await vault.core.call('followUp.complete', { id, date: '2026-03-10', text: '已办结。' })
    expect(await refusedFollowUp(vault.core, 'followUp.report', { id, date: '2026-03-10', text: '又推进了一步。', withFiles: false }, 'TASK_STATE_INVALID')).toContain('已报办结，正等待回头看，不能再报告进展')
    expect(await refusedFollowUp(vault.core, 'followUp.review', { id, date: '2026-03-10', result: 'reopened', reason: ' ' }, 'TASK_STATE_INVALID')).toContain('重新交办须写明原因')
    expect(await refusedFollowUp(vault.core, 'followUp.adjust', { id, leadLeaderId: null, responsibleUnits: '区财政局', deadline: null, reason: '工作调整' }, 'TASK_STATE_INVALID')).toContain('不能再调整牵头领导、责任单位或办结时限')
    await vault.core.call('followUp.review', { id, date: '2026-03-10', result: 'confirmed', reason: '' })
    expect(await refusedFollowUp(vault.core, 'followUp.review', { id, date: '2026-03-10', result: 'reopened', reason: '再看看' }, 'TASK_STATE_INVALID')).toContain('销号后不再回头看')
    expect(await refusedFollowUp(vault.core, 'followUp.complete', { id, date: '2026-03-10', text: '再报一次' }, 'TASK_STATE_INVALID')).toContain('该事项已销号，不能再报办结')
  })

  it('refuses a date still to come, an unknown task, and a reader', async () => {
    const vault = await vaults.open()
    const { taskIds } = await decidedMeeting(vault, '2026-03-10', [{ title: '关于老旧小区改造的方案' }])
    const id = taskIds[0]!
    expect(await refusedFollowUp(vault.core, 'followUp.report', { id, date: '2026-03-11', text: '明天的进展', withFiles: false }, 'INVALID_INPUT')).toBe('报告日期（2026年3月11日）晚于今天（2026年3月10日），请填写实际日期。')
    expect(await refusedFollowUp(vault.core, 'followUp.get', { id: '3f2b8c1e-0000-4000-8000-000000000000' }, 'NOT_FOUND')).toContain('找不到该督办事项')
    await vault.core.call('users.create', { username: 'chayue', displayName: '查阅员', roles: ['reader'], personnelGrant: false, password: 'Chayue#Mima2026' })
    await vault.core.call('auth.lock')
    await vault.core.call('auth.unlock', { username: 'chayue', password: 'Chayue#Mima2026' })
    await vault.core.call('auth.changePassword', { currentPassword: 'Chayue#Mima2026', newPassword: 'Chayue#Xin2026' })
    const before = await vault.core.call('followUp.get', { id })
    expect(await vault.core.raw('followUp.report', { id, date: '2026-03-10', text: '进展', withFiles: false })).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '您没有执行此操作的权限。' } })
    expect(await vault.core.call('followUp.get', { id })).toEqual(before)
  })

  it('调整 changes leader, units and deadline with the reason in the audit log; refuses no change and an unknown leader', async () => {
    const vault = await vaults.open()
    const { taskIds } = await decidedMeeting(vault, '2026-03-10', [{ title: '关于老旧小区改造的方案', leader: '李建国', units: '区住建局', deadline: '2026-06-30' }])
    const id = taskIds[0]!
    const leaderId = member(vault.roster, '吴明').personId
    const adjusted = await vault.core.call('followUp.adjust', { id, leadLeaderId: leaderId, responsibleUnits: '区住建局、区城管局', deadline: '2026-09-30', reason: '分工调整' })
    expect(adjusted).toMatchObject({ leadLeaderName: '吴明', responsibleUnits: '区住建局、区城管局', deadline: '2026-09-30' })
    const [entry] = await vault.core.call('audit.list', { limit: 1 })
    expect(entry).toMatchObject({
      action: 'followUp.adjust',
      summary: '调整督办事项“关于老旧小区改造的方案”：牵头领导 李建国 → 吴明；责任单位 区住建局 → 区住建局、区城管局；办结时限 2026年6月30日 → 2026年9月30日。原因：分工调整',
    })
    expect(await refusedFollowUp(vault.core, 'followUp.adjust', { id, leadLeaderId: leaderId, responsibleUnits: '区住建局、区城管局', deadline: '2026-09-30', reason: '再调' }, 'INVALID_INPUT')).toContain('没有需要调整的内容')
    expect(await refusedFollowUp(vault.core, 'followUp.adjust', { id, leadLeaderId: '3f2b8c1e-0000-4000-8000-000000000000', responsibleUnits: null, deadline: null, reason: '再调' }, 'NOT_FOUND')).toContain('找不到所选的牵头领导')
    expect(await refusedFollowUp(vault.core, 'followUp.adjust', { id, leadLeaderId: null, responsibleUnits: null, deadline: null, reason: ' ' }, 'INVALID_INPUT')).toContain('调整原因')
  })

  it('a report with files keeps them in the store; an unreadable file saves nothing; a cancelled dialog saves nothing', async () => {
    const vault = await vaults.open()
    const { taskIds } = await decidedMeeting(vault, '2026-03-10', [{ title: '关于老旧小区改造的方案' }])
    const id = taskIds[0]!
    const folder = vaults.folder()
    const photo = join(folder, '现场照片.jpg')
    const table = join(folder, '进度表.xlsx')
    writeFileSync(photo, Buffer.from('jpeg bytes'))
    writeFileSync(table, Buffer.from('xlsx bytes'))
    expect(await refusedFollowUp(vault.core, 'followUp.report', { id, date: '2026-03-10', text: '进展', withFiles: true }, 'INVALID_INPUT')).toContain('未选择附件')
    vault.core.dialogs.openFiles.push([photo, join(folder, '不存在.pdf')])
    expect(await refusedFollowUp(vault.core, 'followUp.report', { id, date: '2026-03-10', text: '进展', withFiles: true }, 'MATERIAL_INVALID')).toContain('“不存在.pdf”无法读取')
    vault.core.dialogs.openFiles.push([photo, table])
    const detail = await vault.core.call('followUp.report', { id, date: '2026-03-10', text: '改造已开工。', withFiles: true })
    expect(detail.reports[0]!.attachments).toEqual([
      expect.objectContaining({ fileName: '现场照片.jpg', mediaType: 'image/jpeg', size: 10 }),
      expect.objectContaining({ fileName: '进度表.xlsx', size: 10 }),
    ])
    expect(vault.core.dialogs.requests.at(-1)).toEqual({ kind: 'open', title: '为督办事项“关于老旧小区改造的方案”的进展报告选择附件' })
    const [entry] = await vault.core.call('audit.list', { limit: 1 })
    expect(entry!.summary).toMatch(/^督办事项“关于老旧小区改造的方案”报告进展（2026年3月10日），附件：现场照片\.jpg（SHA-256 [0-9a-f]{12}…）、进度表\.xlsx/u)
  })
})

describe('the list', () => {
  it('computes 逾期 for today, due today not overdue, a Saturday deadline moved to Monday; filters by every field', async () => {
    const vault = await vaults.open()
    const { meeting } = await decidedMeeting(vault, '2026-03-10', [
      { title: '关于老旧小区改造的方案', leader: '李建国', units: '区住建局', deadline: '2026-11-20' },
      { title: '关于河道整治的方案', leader: '吴明', units: '区水利局、区财政局', deadline: '2026-11-21' },
      { title: '关于新建体育馆的方案', leader: '吴明', units: '区体育局', deadline: '2026-11-23' },
    ])
    const second = await decidedMeeting(vault, '2026-03-24', [{ title: '关于产业园区资金安排的方案', category: 'large_fund', units: '区财政局', deadline: null }])
    setDay(vault, '2026-11-23')
    const rows = await vault.core.call('followUp.list', {})
    expect(rows.map((row) => [row.topicTitle, row.status, row.effectiveDeadline, row.dueSoon])).toEqual([
      ['关于产业园区资金安排的方案', 'not_started', null, false],
      ['关于老旧小区改造的方案', 'overdue', '2026-11-20', false],
      ['关于河道整治的方案', 'not_started', '2026-11-23', true],
      ['关于新建体育馆的方案', 'not_started', '2026-11-23', true],
    ])
    const titles = async (filter: Parameters<typeof vault.core.call<'followUp.list'>>[1]) => (await vault.core.call('followUp.list', filter)).map((row) => row.topicTitle)
    expect(await titles({ status: 'overdue' })).toEqual(['关于老旧小区改造的方案'])
    expect(await titles({ leaderId: member(vault.roster, '吴明').personId })).toEqual(['关于河道整治的方案', '关于新建体育馆的方案'])
    expect(await titles({ unit: '财政' })).toEqual(['关于产业园区资金安排的方案', '关于河道整治的方案'])
    expect(await titles({ meetingId: second.meeting.id })).toEqual(['关于产业园区资金安排的方案'])
    expect(await titles({ meetingId: meeting.id, category: 'large_fund' })).toEqual([])
    expect(await titles({ category: 'large_fund' })).toEqual(['关于产业园区资金安排的方案'])
    expect(await titles({ dueFrom: '2026-11-21', dueTo: '2026-11-23' })).toEqual(['关于河道整治的方案', '关于新建体育馆的方案'])
    setDay(vault, '2026-11-24')
    expect(await titles({ status: 'overdue' })).toEqual(['关于老旧小区改造的方案', '关于河道整治的方案', '关于新建体育馆的方案'])

    // A year: the tasks of its meetings, and the ones still open from earlier years.
    await vault.core.call('followUp.complete', { id: rows[0]!.id, date: '2026-11-24', text: '资金已拨付到位。' })
    expect(await titles({ year: 2026 })).toHaveLength(4)
    expect(await titles({ year: 2027 })).toEqual(['关于老旧小区改造的方案', '关于河道整治的方案', '关于新建体育馆的方案'])
    expect(await titles({ year: 2027, status: 'completed' })).toEqual([])
  })

  it('offers today’s committee as leaders', async () => {
    const vault = await vaults.open()
    const leaders = await vault.core.call('followUp.leaders')
    expect(leaders.map((leader) => leader.name)).toEqual([...vault.roster.keys()])
  })
})
