import type { WorkingCalendar } from '../calendar/working-days'
import { taskStatus, taskStatusLabels, type TaskState, type TaskStatus } from '../follow-up/task-status'
import { percentage } from './rates'

// The year's tasks counted by status. Core reads them grouped by (state, deadline) with
// COUNT(*), so a year of thousands of tasks arrives as a few dozen groups; overdue (逾期)
// is then decided here by the same rule as everywhere else (shared/follow-up/task-status).

/** Every status in the order the statistics show them: 未启动, 推进中, 已办结, 已销号, 逾期. */
export const tallyStatuses = Object.keys(taskStatusLabels) as TaskStatus[]

export interface TaskGroup {
  state: TaskState
  deadline: string | null
  count: number
}

export interface TaskTally {
  total: number
  byStatus: Record<TaskStatus, number>
  /** 已办结 + 已销号 */
  done: number
  /** Done over all tasks, in per cent (null without tasks). */
  completionRate: number | null
  /** Overdue (open past the deadline) over all tasks, in per cent. */
  overdueRate: number | null
}

export function tallyTasks(groups: readonly TaskGroup[], today: string, calendar: WorkingCalendar): TaskTally {
  const byStatus = Object.fromEntries(tallyStatuses.map((status) => [status, 0])) as Record<TaskStatus, number>
  let total = 0
  for (const group of groups) {
    byStatus[taskStatus(group, today, calendar)] += group.count
    total += group.count
  }
  const done = byStatus.completed + byStatus.closed
  return { total, byStatus, done, completionRate: percentage(done, total), overdueRate: percentage(byStatus.overdue, total) }
}
