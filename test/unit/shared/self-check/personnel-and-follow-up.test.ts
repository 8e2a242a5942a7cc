import { describe, expect, it } from 'vitest'
import { followUpReportRule } from '../../../../shared/self-check/rules/follow-up'
import { memberReportsRule } from '../../../../shared/self-check/rules/member-reports'
import { personnelStagesRule } from '../../../../shared/self-check/rules/personnel-stages'
import { item, matter, meeting, records, task } from './records-fixture'

describe('personnel stages (酝酿 before 讨论决定, 任前公示 ≥ 5 working days)', () => {
  const decided = { consultedOn: '2026-09-20', decidedOn: '2026-09-25' }

  it('a notice of 5 working days across 国庆节 passes, 4 fails (29 Sep – 9 Oct: 9/29, 9/30, 10/8, 10/9)', () => {
    expect(personnelStagesRule.check(records({ matters: [matter({ ...decided, noticeStart: '2026-09-29', noticeEnd: '2026-10-10' })] }))).toEqual({ applicable: true, findings: [] })
    const { findings } = personnelStagesRule.check(records({ matters: [matter({ ...decided, noticeStart: '2026-09-29', noticeEnd: '2026-10-09' })] }))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ personnel: true, refs: [{ kind: 'matter' }] })
    expect(findings[0]!.text).toMatch(/任前公示期4个工作日/u)
  })

  it('finds a decision without 酝酿, and an appointment without a notice', () => {
    const { findings } = personnelStagesRule.check(records({ matters: [matter({ decidedOn: '2026-09-25', appointedOn: '2026-10-20' })] }))
    expect(findings.map((finding) => finding.text.split('：').at(-1))).toEqual(['未经书记专题会议酝酿即提交常委会讨论决定', '未经任前公示即下发任职通知'])
  })

  it('a removal needs neither', () => {
    expect(personnelStagesRule.check(records({ matters: [matter({ decidedOn: '2026-09-25', appointedOn: '2026-09-26' }, { actionType: 'remove' })] })).findings).toEqual([])
  })

  it('does not apply when the book is not open', () => {
    expect(personnelStagesRule.check(records({ matters: null })).applicable).toBe(false)
  })
})

describe('督办: overdue without a progress report', () => {
  // Deadline Friday 2026-06-26; today 2026-07-01 is 5 days past it.
  const at = (lastReportDate: string | null, today = '2026-07-01') => records({ today, tasks: [task({ deadline: '2026-06-26', lastReportDate, title: '城区供水改造' })] })

  it('due yesterday without a report is a finding with the days overdue', () => {
    expect(followUpReportRule.check(at(null)).findings.map((finding) => finding.text)).toEqual(['督办事项《城区供水改造》逾期5天未报告进展'])
    expect(followUpReportRule.check(at(null, '2026-06-27')).findings[0]!.text).toMatch(/逾期1天/u)
  })

  it('due today, or reported after the due day, passes', () => {
    expect(followUpReportRule.check(at(null, '2026-06-26')).findings).toEqual([])
    expect(followUpReportRule.check(at('2026-06-29')).findings).toEqual([])
  })

  it('a report before the due day does not cover the time after it', () => {
    expect(followUpReportRule.check(at('2026-06-20')).findings[0]!.text).toMatch(/最近一次报告：2026年6月20日/u)
  })
})

describe('members report each quarter (季度工作报告)', () => {
  const period = { from: '2026-01-01', to: '2026-03-31' }
  const decision = meeting('2026-01-12')
  const at = (reportingMemberId: string | null) =>
    records({ period, today: '2026-04-10', meetings: [decision, meeting('2026-03-23', { items: [item({ reportingMemberId })] })], tasks: [task({ meetingId: decision.id, leadLeaderId: 'p2' })] })

  it('passes when the leader reported in the quarter', () => {
    expect(memberReportsRule.check(at('p2'))).toEqual({ applicable: true, findings: [] })
  })

  it('finds a leader who did not', () => {
    expect(memberReportsRule.check(at('p3')).findings.map((finding) => finding.text)).toEqual(['成员2同志牵头的决定2026年第一季度未向常委会报告落实情况'])
  })

  it('a leader no longer among the quarter\'s members is not asked to report', async () => {
    const input = at(null)
    for (const entry of input.meetings) entry.members = entry.members.filter((member) => member.personId !== 'p2')
    expect(memberReportsRule.check(input).findings).toEqual([])
  })

  it('a quarter not yet ended is not judged, nor with the setting off', () => {
    expect(memberReportsRule.check({ ...at(null), today: '2026-03-31' }).applicable).toBe(false)
    expect(memberReportsRule.check({ ...at(null), settings: { ...records().settings, quarterlyMemberReports: false } }).applicable).toBe(false)
  })
})
