import type { TopicCategory } from '../meetings/vocabulary'
import type { TaskStatus } from './task-status'
import type { FollowUpRow } from './views'

// The 督办 list's filters, applied in core after the status is computed for today (逾期 is
// not stored, so it cannot be a WHERE clause).

export interface TaskFilter {
  /** The tasks of that year's meetings, and the open ones of earlier years (a year's 督办 view). */
  year?: number | null
  leaderId?: string | null
  /** Part of the responsible units' text (区住建局 finds 区住建局、区财政局). */
  unit?: string | null
  meetingId?: string | null
  category?: TopicCategory | null
  /** A stored state, or 逾期 (computed). */
  status?: TaskStatus | null
  /** Deadline from / to, both days included; a task without a deadline is outside any range. */
  dueFrom?: string | null
  dueTo?: string | null
}

type FilterableRow = Pick<FollowUpRow, 'leadLeaderId' | 'responsibleUnits' | 'meetingId' | 'meetingDate' | 'category' | 'status' | 'deadline'>

/** 未启动, 推进中 and 逾期: still to be done. */
export const isOpenStatus = (status: TaskStatus): boolean => status === 'not_started' || status === 'in_progress' || status === 'overdue'

export function matchesTaskFilter(row: FilterableRow, filter: TaskFilter): boolean {
  if (filter.year && !row.meetingDate.startsWith(`${filter.year}-`) && !isOpenStatus(row.status)) return false
  if (filter.leaderId && row.leadLeaderId !== filter.leaderId) return false
  const unit = filter.unit?.trim()
  if (unit && !(row.responsibleUnits ?? '').includes(unit)) return false
  if (filter.meetingId && row.meetingId !== filter.meetingId) return false
  if (filter.category && row.category !== filter.category) return false
  if (filter.status && row.status !== filter.status) return false
  if ((filter.dueFrom || filter.dueTo) && row.deadline === null) return false
  if (filter.dueFrom && row.deadline !== null && row.deadline < filter.dueFrom) return false
  if (filter.dueTo && row.deadline !== null && row.deadline > filter.dueTo) return false
  return true
}

/** Counts for the 督办通报 and the page header: total, each status, 逾期 among the open ones. */
export interface TaskCounts {
  total: number
  notStarted: number
  inProgress: number
  completed: number
  closed: number
  overdue: number
}

export function countTasks(rows: readonly Pick<FollowUpRow, 'status'>[]): TaskCounts {
  const count = (status: TaskStatus) => rows.filter((row) => row.status === status).length
  return { total: rows.length, notStarted: count('not_started'), inProgress: count('in_progress'), completed: count('completed'), closed: count('closed'), overdue: count('overdue') }
}
