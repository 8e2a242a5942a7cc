import { and, asc, eq, inArray, isNotNull, lte } from 'drizzle-orm'
import { addCalendarDays, type WorkingCalendar } from '../../../shared/calendar/working-days'
import type { DashboardTask, Shortlist } from '../../../shared/dashboard/views'
import { deadlineUncoveredYears, dueSoonDays, effectiveDeadline, isDueSoon, isOverdue, taskStatus, type TaskState } from '../../../shared/follow-up/task-status'
import type { MainDb } from '../db/migrate'
import { agendaItems, bodies, followUpTasks, meetings, people, terms, topics } from '../db/schema/main'
import { labelOf, meetingLabelColumns } from '../meetings/meeting-label'

/** How many tasks of each list the home page shows (the most pressing first); the total is given too. */
export const taskListLimit = 10

const openStates: TaskState[] = ['not_started', 'in_progress']

interface DueTasks {
  overdue: Shortlist<DashboardTask>
  dueSoon: Shortlist<DashboardTask>
}

/**
 * Open tasks overdue (逾期) and due within `dueSoonDays` days (7日内到期), earliest deadline first.
 * A task can be either only if its stored deadline is on or before today + 7 (the effective
 * deadline is never earlier), so one indexed range read finds every candidate; the status
 * itself is decided by shared/follow-up/task-status. Only the rows shown are joined for labels.
 */
export function dueTasks(db: MainDb, today: string, calendar: WorkingCalendar): DueTasks {
  const candidates = db
    .select({ id: followUpTasks.id, state: followUpTasks.state, deadline: followUpTasks.deadline })
    .from(followUpTasks)
    .where(and(isNotNull(followUpTasks.deadline), lte(followUpTasks.deadline, addCalendarDays(today, dueSoonDays)), inArray(followUpTasks.state, openStates)))
    .orderBy(asc(followUpTasks.deadline), asc(followUpTasks.id))
    .all()
    .map((row) => ({ ...row, state: row.state as TaskState }))
  const overdue = candidates.filter((task) => isOverdue(task, today, calendar))
  const dueSoon = candidates.filter((task) => isDueSoon(task, today, calendar))
  const shown = [...overdue.slice(0, taskListLimit), ...dueSoon.slice(0, taskListLimit)]
  const details = taskDetails(
    db,
    shown.map((task) => task.id),
    today,
    calendar,
  )
  const pick = (tasks: typeof candidates): Shortlist<DashboardTask> => ({ total: tasks.length, items: tasks.slice(0, taskListLimit).flatMap((task) => details.get(task.id) ?? []) })
  return { overdue: pick(overdue), dueSoon: pick(dueSoon) }
}

function taskDetails(db: MainDb, taskIds: string[], today: string, calendar: WorkingCalendar): Map<string, DashboardTask> {
  if (taskIds.length === 0) return new Map()
  const rows = db
    .select({
      task: followUpTasks,
      topicId: topics.id,
      topicTitle: topics.title,
      leaderName: people.name,
      ...meetingLabelColumns,
    })
    .from(followUpTasks)
    .innerJoin(agendaItems, eq(agendaItems.id, followUpTasks.agendaItemId))
    .innerJoin(topics, eq(topics.id, agendaItems.topicId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(terms, eq(terms.id, meetings.termId))
    .leftJoin(people, eq(people.id, followUpTasks.leadLeaderId))
    .where(inArray(followUpTasks.id, taskIds))
    .all()
  return new Map(
    rows.map((row): [string, DashboardTask] => {
      const deadline = row.task.deadline ?? ''
      const task = { state: row.task.state as TaskState, deadline }
      return [
        row.task.id,
        {
          taskId: row.task.id,
          topicId: row.topicId,
          topicTitle: row.topicTitle,
          meeting: { id: row.meetingId, label: labelOf(row), date: row.date },
          leadLeaderName: row.leaderName,
          responsibleUnits: row.task.responsibleUnits,
          deadline,
          dueOn: effectiveDeadline(deadline, calendar),
          uncoveredYears: deadlineUncoveredYears(deadline, calendar),
          status: taskStatus(task, today, calendar),
        },
      ]
    }),
  )
}
