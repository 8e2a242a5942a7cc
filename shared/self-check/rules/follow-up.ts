import { daysOverdue, effectiveDeadline, isOverdue } from '../../follow-up/task-status'
import { formatChineseDate } from '../../personnel/dates'
import type { Finding, SelfCheckRule } from '../finding'

// 决定事项实行督办: an overdue task must at least report how it stands (进展报告) after its due day.

export const followUpReportRule: SelfCheckRule = {
  id: 'follow-up-overdue',
  text: '会议决定事项实行督办，承办单位按时限办结或报告进展',
  setting: '设置 → 工作日历（时限遇休息日顺延）',
  personnel: false,
  check(records) {
    const findings: Finding[] = []
    for (const task of records.tasks) {
      if (task.deadline === null || !isOverdue(task, records.today, records.calendar)) continue
      const due = effectiveDeadline(task.deadline, records.calendar)
      if (task.lastReportDate !== null && task.lastReportDate > due) continue
      const last = task.lastReportDate === null ? '' : `（最近一次报告：${formatChineseDate(task.lastReportDate)}）`
      findings.push({
        ruleId: followUpReportRule.id,
        severity: 'breach',
        personnel: false,
        text: `督办事项《${task.title}》逾期${daysOverdue(due, records.today)}天未报告进展${last}`,
        refs: [{ kind: 'task', id: task.id, label: `督办事项《${task.title}》`, meetingId: task.meetingId }],
      })
    }
    return { applicable: records.tasks.length > 0, findings }
  },
}
