import { percentage } from '../dashboard/rates'
import { tallyTasks, type TaskTally } from '../dashboard/task-tally'
import type { CategoryCount, MemberAttendance } from '../dashboard/views'
import { isThreeMajorsOneLarge, leaveReasonLabels, topicCategories, topicCategoryLabels, type LeaveReason, type TopicOutcome } from '../meetings/vocabulary'
import { actionTypeLabels, actionTypes, type ActionType } from '../personnel/vocabulary'
import type { PeriodRecords } from './records'

// The figures the self-check report states, from the same records the rules read
// (rates as the 首页's year statistics: shared/dashboard/rates, task-tally).

export interface MonthCount {
  /** '2026-03' */
  month: string
  label: string
  held: number
}

export interface AttendanceWithLeave extends MemberAttendance {
  /** 「公出2次、病假1次」 */
  leaveReasons: { reason: string; count: number }[]
}

export interface SelfCheckStatistics {
  meetings: number
  meetingsByMonth: MonthCount[]
  categories: CategoryCount[]
  /** Personnel matters decided, per action type; null without the 干部任免 grant. */
  personnelByAction: { actionType: ActionType; label: string; count: number }[] | null
  attendance: AttendanceWithLeave[]
  decisions: Record<TopicOutcome | 'undecided', number>
  tasks: TaskTally
}

function monthsOf(records: PeriodRecords): MonthCount[] {
  const months: MonthCount[] = []
  const several = records.period.from.slice(0, 4) !== records.period.to.slice(0, 4)
  for (let month = records.period.from.slice(0, 7); month <= records.period.to.slice(0, 7); ) {
    const [year, number] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))]
    months.push({ month, label: several ? `${year}年${number}月` : `${number}月`, held: records.meetings.filter((meeting) => meeting.date.startsWith(month)).length })
    month = number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`
  }
  return months
}

function attendanceOf(records: PeriodRecords): AttendanceWithLeave[] {
  const rows = new Map<string, AttendanceWithLeave & { bestRank: number; reasons: Map<LeaveReason, number> }>()
  for (const meeting of records.meetings) {
    for (const member of meeting.members) {
      let row = rows.get(member.personId)
      if (!row) {
        row = { personId: member.personId, name: member.name, shouldAttend: 0, present: 0, leave: 0, absent: 0, rate: null, leaveReasons: [], bestRank: member.rank, reasons: new Map() }
        rows.set(member.personId, row)
      }
      row.bestRank = Math.min(row.bestRank, member.rank)
      row.shouldAttend += 1
      if (member.attendance === 'present') row.present += 1
      if (member.attendance === 'leave') {
        row.leave += 1
        const reason = member.leaveReason ?? 'other'
        row.reasons.set(reason, (row.reasons.get(reason) ?? 0) + 1)
      }
    }
  }
  return [...rows.values()]
    .sort((a, b) => a.bestRank - b.bestRank || a.name.localeCompare(b.name, 'zh-CN'))
    .map(({ bestRank: _rank, reasons, ...row }) => ({
      ...row,
      absent: row.shouldAttend - row.present,
      rate: percentage(row.present, row.shouldAttend),
      leaveReasons: [...reasons].map(([reason, count]) => ({ reason: leaveReasonLabels[reason], count })),
    }))
}

export function selfCheckStatistics(records: PeriodRecords): SelfCheckStatistics {
  const topicsByCategory = new Map<string, { topics: Set<string>; passed: Set<string> }>()
  const decisions: SelfCheckStatistics['decisions'] = { passed: 0, rejected: 0, deferred: 0, withdrawn: 0, undecided: 0 }
  for (const meeting of records.meetings) {
    for (const item of meeting.items) {
      const entry = topicsByCategory.get(item.category) ?? { topics: new Set(), passed: new Set() }
      topicsByCategory.set(item.category, entry)
      entry.topics.add(item.topicId)
      if (item.outcome === 'passed') entry.passed.add(item.topicId)
      decisions[item.outcome ?? 'undecided'] += 1
    }
  }
  const categories = topicCategories.map((category) => ({
    category,
    label: topicCategoryLabels[category],
    major: isThreeMajorsOneLarge(category),
    topics: topicsByCategory.get(category)?.topics.size ?? 0,
    passed: topicsByCategory.get(category)?.passed.size ?? 0,
  }))
  const personnelByAction =
    records.matters === null
      ? null
      : actionTypes.map((actionType) => ({ actionType, label: actionTypeLabels[actionType], count: records.matters!.filter((matter) => matter.actionType === actionType).length })).filter((row) => row.count > 0)
  const taskGroups = records.tasks.map((task) => ({ state: task.state, deadline: task.deadline, count: 1 }))
  return {
    meetings: records.meetings.length,
    meetingsByMonth: monthsOf(records),
    categories,
    personnelByAction,
    attendance: attendanceOf(records),
    decisions,
    tasks: tallyTasks(taskGroups, records.today, records.calendar),
  }
}
