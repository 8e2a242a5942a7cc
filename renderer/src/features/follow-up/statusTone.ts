import type { TaskStatus } from '../../../../shared/follow-up/task-status'

/** The badge of a task's status: 逾期 stands out in red, finished ones are calm. */
export const taskStatusClass: Record<TaskStatus, string> = {
  not_started: 'badge badge-off',
  in_progress: 'badge badge-warn',
  completed: 'badge badge-info-task',
  closed: 'badge badge-ok',
  overdue: 'badge badge-overdue',
}
