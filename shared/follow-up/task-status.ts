import { uncoveredYears } from '../calendar/coverage'
import { addCalendarDays, isWorkingDay, type WorkingCalendar } from '../calendar/working-days'

// 督办 status. The stored state moves 未启动 → 推进中 → 已办结 → 已销号 (a 回头看 review may
// reopen a completed task); 逾期 is computed from the deadline, never typed.

export const taskStates = ['not_started', 'in_progress', 'completed', 'closed'] as const
export type TaskState = (typeof taskStates)[number]

export type TaskStatus = TaskState | 'overdue'

export const taskStatusLabels: Record<TaskStatus, string> = {
  not_started: '未启动',
  in_progress: '推进中',
  completed: '已办结',
  closed: '已销号',
  overdue: '逾期',
}

/** Days ahead that count as 即将到期 on the dashboard. */
export const dueSoonDays = 7

/**
 * The day a task must be done by: its deadline, or when that falls on a rest day (a weekend,
 * a holiday) the next working day, as an office counts a 时限.
 */
export function effectiveDeadline(deadline: string, calendar: WorkingCalendar): string {
  let day = deadline
  // A run of rest days is at most a few weeks long; the bound only guards a broken calendar.
  for (let step = 0; step < 60 && !isWorkingDay(day, calendar); step++) day = addCalendarDays(day, 1)
  return day
}

/**
 * The years without a known holiday arrangement that decided where the deadline lands (from
 * the deadline to the working day it moves to): the 逾期 reading there is by weekends only.
 */
export function deadlineUncoveredYears(deadline: string, calendar: WorkingCalendar): number[] {
  return uncoveredYears(deadline, effectiveDeadline(deadline, calendar), calendar)
}

/** Whether an open task (未启动/推进中) has passed its deadline; due today is not yet overdue. */
export function isOverdue(task: { state: TaskState; deadline: string | null }, today: string, calendar: WorkingCalendar): boolean {
  if (task.deadline === null || (task.state !== 'not_started' && task.state !== 'in_progress')) return false
  return today > effectiveDeadline(task.deadline, calendar)
}

export function taskStatus(task: { state: TaskState; deadline: string | null }, today: string, calendar: WorkingCalendar): TaskStatus {
  return isOverdue(task, today, calendar) ? 'overdue' : task.state
}

/** An open task due from today through the next `dueSoonDays` days (即将到期). */
export function isDueSoon(task: { state: TaskState; deadline: string | null }, today: string, calendar: WorkingCalendar): boolean {
  if (task.deadline === null || (task.state !== 'not_started' && task.state !== 'in_progress')) return false
  const due = effectiveDeadline(task.deadline, calendar)
  return due >= today && due <= addCalendarDays(today, dueSoonDays)
}

/** Calendar days an overdue task is past the day it was due (1 the day after). */
export function daysOverdue(effectiveDue: string, today: string): number {
  const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000
  return Math.max(0, dayNumber(today) - dayNumber(effectiveDue))
}
