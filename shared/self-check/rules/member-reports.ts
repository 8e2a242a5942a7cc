import type { Finding, SelfCheckRule } from '../finding'
import { inPeriod, wholeQuarters } from '../period'

// 常委定期向常委会报告分管工作: every member who leads a decision of the period reports
// on it at a meeting each quarter (an item 「常委向常委会报告分管工作」 he presents).

export const memberReportsRule: SelfCheckRule = {
  id: 'member-reports',
  text: '常委每季度向常委会报告分管工作和牵头决定事项的落实情况',
  setting: '季度工作报告（开启或关闭）',
  personnel: false,
  check(records) {
    const quarters = wholeQuarters(records.period, records.today)
    if (!records.settings.quarterlyMemberReports || records.body.kind !== 'standing' || quarters.length === 0) return { applicable: false, findings: [] }
    const meetingDates = new Map(records.meetings.map((meeting) => [meeting.id, meeting.date]))
    const findings: Finding[] = []
    let applicable = false
    for (const quarter of quarters) {
      const held = records.meetings.filter((meeting) => inPeriod(meeting.date, quarter))
      const reported = new Set(held.flatMap((meeting) => meeting.items.flatMap((item) => (item.reportingMemberId ? [item.reportingMemberId] : []))))
      // A leader who left the committee before the quarter's meetings no longer reports to it.
      const sitting = held.length === 0 ? null : new Set(held.flatMap((meeting) => meeting.members.map((member) => member.personId)))
      // Leaders of decisions taken by the quarter's end (the first task of each, to open).
      const leading = new Map<string, (typeof records.tasks)[number]>()
      for (const task of records.tasks) {
        const decided = meetingDates.get(task.meetingId)
        if (task.leadLeaderId === null || decided === undefined || decided > quarter.to || leading.has(task.leadLeaderId)) continue
        if (sitting !== null && !sitting.has(task.leadLeaderId)) continue
        leading.set(task.leadLeaderId, task)
      }
      for (const [leaderId, task] of leading) {
        applicable = true
        if (reported.has(leaderId)) continue
        const name = records.names[leaderId] ?? '（未知）'
        findings.push({
          ruleId: memberReportsRule.id,
          severity: 'breach',
          personnel: false,
          text: `${name}同志牵头的决定${quarter.label}未向常委会报告落实情况`,
          refs: [{ kind: 'task', id: task.id, label: `督办事项《${task.title}》`, meetingId: task.meetingId }],
        })
      }
    }
    return { applicable, findings }
  },
}
