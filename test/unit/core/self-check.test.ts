import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { bodyId, meetingsVaults } from '../../support/meetings-fixture'
import { dashboardToday, enterDashboardYear, titles } from './dashboard-fixture'

// selfCheck.run on a real vault: the dashboard's year (two held 常委会 meetings, in March and
// April, a task overdue since 10 June; today 15 June) checked for the first half of 2026.

const vaults = meetingsVaults()

async function checked(input: { cadence?: 'monthly' | 'biweekly'; quarterlyMemberReports?: boolean } = {}) {
  const vault = await vaults.open({ start: dashboardToday, roster: false })
  const year = await enterDashboardYear(vault, vaults.folder())
  const result = await vault.core.call('selfCheck.run', { bodyId: bodyId(vault, 'standing'), period: { kind: 'half', year: 2026, half: 1 }, ...input })
  return { vault, year, result, rule: (id: string) => result.rules.find((rule) => rule.id === id)! }
}

describe('selfCheck.run', () => {
  it('rates every rule over the half-year and links each finding to its record', async () => {
    const { result, rule, year } = await checked()
    expect(result).toMatchObject({ periodLabel: '2026年上半年', period: { from: '2026-01-01', to: '2026-06-30' }, today: '2026-06-15', body: { name: '常委会会议' }, personnelVisible: true })

    // Whole months ended before today: January to May; June is still running.
    expect(rule('meeting-frequency').findings.map((finding) => finding.text)).toEqual([
      '1月未召开常委会会议（要求每月至少2次）',
      '2月未召开常委会会议（要求每月至少2次）',
      '3月只召开1次常委会会议（要求每月至少2次）',
      '4月只召开1次常委会会议（要求每月至少2次）',
      '5月未召开常委会会议（要求每月至少2次）',
    ])
    expect(rule('meeting-frequency').findings[2]!.refs).toEqual([{ kind: 'meeting', id: expect.any(String), label: '2026年第1次常委会会议' }])

    const overdue = rule('follow-up-overdue')
    expect(overdue).toMatchObject({ status: 'fail', statusLabel: '不符合', breaches: 1 })
    expect(overdue.findings[0]!.text).toBe(`督办事项《${titles.plan}》逾期5天未报告进展`)
    expect(overdue.findings[0]!.refs[0]).toMatchObject({ kind: 'task', meetingId: expect.any(String) })

    expect(rule('quorum')).toMatchObject({ status: 'pass', findings: [] })
    expect(rule('no-ad-hoc-motion')).toMatchObject({ status: 'pass' })
    expect(rule('recusal')).toMatchObject({ status: 'not-applicable', statusLabel: '不适用' })
    // The first quarter's leader (李建国) never reported to the committee.
    expect(rule('member-reports').findings.map((finding) => finding.text)).toEqual(['李建国同志牵头的决定2026年第一季度未向常委会报告落实情况'])
    // No materials were filed for the held meetings' topics.
    expect(rule('material-deadline').findings.map((finding) => finding.refs[0]!.id)).toContain(year.itemIds.plan)
  })

  it('gives the report its figures', async () => {
    const { result } = await checked()
    const stats = result.statistics
    expect(stats.meetings).toBe(2)
    expect(stats.meetingsByMonth.map((month) => month.held)).toEqual([0, 0, 1, 1, 0, 0])
    expect(stats.categories.filter((row) => row.major).map((row) => [row.label, row.topics])).toEqual([
      ['重大决策', 1],
      ['重要干部任免', 0],
      ['重大项目安排', 1],
      ['大额度资金使用', 1],
    ])
    expect(stats.attendance.find((row) => row.name === '钱学文')).toMatchObject({ shouldAttend: 2, present: 0, leave: 2, rate: 0, leaveReasons: [{ reason: '公出', count: 2 }] })
    expect(stats.decisions).toEqual({ passed: 4, deferred: 1, rejected: 0, withdrawn: 0, undecided: 0 })
    expect(stats.tasks).toMatchObject({ total: 4, done: 1, completionRate: 25, overdueRate: 25 })
    expect(stats.personnelByAction).toEqual([])
  })

  it('every two weeks reads the gaps instead of the months', async () => {
    const { rule } = await checked({ cadence: 'biweekly' })
    expect(rule('meeting-frequency').findings.map((finding) => finding.text)).toEqual([
      '2026年1月1日至2026年3月10日间隔68天未召开常委会会议（要求每两周召开一次）',
      '2026年3月10日至2026年4月14日间隔35天未召开常委会会议（要求每两周召开一次）',
      '2026年4月14日至2026年6月14日间隔61天未召开常委会会议（要求每两周召开一次）',
    ])
  })

  it('without the 干部任免 grant the book stays closed: its rule is withheld and its figures left out', async () => {
    const { vault } = await checked()
    const password = 'Jilu#Yuan2026x'
    await vault.core.call('users.create', { username: 'jilu', displayName: '李记录', roles: ['recorder'], personnelGrant: false, password })
    await vault.core.call('auth.lock')
    await vault.core.call('auth.unlock', { username: 'jilu', password })
    await vault.core.call('auth.changePassword', { currentPassword: password, newPassword: 'Jilu#Yuan2027y' })
    const result = await vault.core.call('selfCheck.run', { bodyId: bodyId(vault, 'standing'), period: { kind: 'half', year: 2026, half: 1 } })
    expect(result.personnelVisible).toBe(false)
    expect(result.rules.find((rule) => rule.id === 'personnel-stages')).toMatchObject({ withheld: true, status: 'not-applicable', findings: [] })
    expect(result.statistics.personnelByAction).toBeNull()
    expect(result.rules.find((rule) => rule.id === 'follow-up-overdue')!.findings).toHaveLength(1)
  })

  it('exports the findings as .xlsx where the user chooses, audited; a cancelled dialog writes nothing', async () => {
    const { vault } = await checked()
    const input = { bodyId: bodyId(vault, 'standing'), period: { kind: 'half' as const, year: 2026, half: 1 as const } }
    vault.core.dialogs.saveFiles.push(null)
    expect(await vault.core.call('selfCheck.exportFindings', input)).toBeNull()
    const path = join(vaults.folder(), '自查问题清单.xlsx')
    vault.core.dialogs.saveFiles.push(path)
    expect(await vault.core.call('selfCheck.exportFindings', input)).toEqual({ path })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(path)
    const sheet = workbook.getWorksheet('自查问题清单')!
    const rows = sheet.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1))
    expect(rows[0]).toEqual(['序号', '规则', '执行情况', '类别', '情况', '相关记录'])
    expect(rows).toContainEqual([3, '常委会会议一般每月召开两次，遇有重要情况可随时召开', '不符合', '问题', '3月只召开1次常委会会议（要求每月至少2次）', '会议：2026年第1次常委会会议'])
    expect(rows.some((row) => String(row[4]).includes(`督办事项《${titles.plan}》逾期5天未报告进展`))).toBe(true)
    expect((await vault.core.call('audit.list', { limit: 1 }))[0]).toMatchObject({ action: 'selfCheck.exportFindings', summary: expect.stringContaining(`到 ${path}`) })
  })

  it('refuses an unknown body and a period that is not one', async () => {
    const vault = await vaults.open({ start: dashboardToday })
    expect(await vault.core.raw('selfCheck.run', { bodyId: '00000000-0000-4000-8000-000000000000', period: { kind: 'year', year: 2026 } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const backwards = await vault.core.raw('selfCheck.run', { bodyId: bodyId(vault, 'standing'), period: { kind: 'dates', from: '2026-05-01', to: '2026-04-01' } })
    expect(backwards).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('结束日期不能早于开始日期') } })
  })
})
