import type { TaskStatus } from '../../../../shared/follow-up/task-status'

// Chart colours from the app's palette (styles/base.css), strong enough on white to read
// and to tell apart in print; the brand red marks the 三重一大 and overdue stands out.

export const chartColors = {
  primary: '#3d5a80',
  muted: '#b3bcc7',
  brand: '#a4262c',
  general: '#6b7785',
  low: '#b7791f',
  grid: '#e6e8eb',
  axis: '#5c636e',
} as const

export const taskStatusColors: Record<TaskStatus, string> = {
  not_started: '#858c96',
  in_progress: '#2b6cb0',
  completed: '#1f7a3f',
  closed: '#14532d',
  overdue: '#b42318',
}

/** Tick text of the axes: the page's font, muted. */
export const axisTick = { fill: chartColors.axis, fontSize: 12 }

/** Attendance below this share is drawn in amber. */
export const lowAttendance = 80
