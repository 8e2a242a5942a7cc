import { and, count, desc, eq, gte, inArray, lte, max, or, type SQL } from 'drizzle-orm'
import { localDay } from '../../../shared/calendar/local-day'
import type { WorkingCalendar } from '../../../shared/calendar/working-days'
import { matchesTaskFilter, type TaskFilter } from '../../../shared/follow-up/task-filter'
import { deadlineUncoveredYears, effectiveDeadline, isDueSoon, taskStatus, type TaskState } from '../../../shared/follow-up/task-status'
import type { FollowUpRow } from '../../../shared/follow-up/views'
import type { TopicCategory } from '../../../shared/meetings/vocabulary'
import { AppError } from '../../../shared/errors'
import { readWorkingCalendar } from '../calendar/calendar-store'
import type { CoreContext } from '../context'
import type { MainDb } from '../db/migrate'
import { agendaItems, bodies, followUpTasks, meetings, people, taskReports, terms, topics } from '../db/schema/main'
import { labelOf, meetingLabelColumns } from '../meetings/meeting-label'

// The 督办 list as the page and the exports read it: each task with its decision, meeting and
// lead leader, and its status computed for today on the office's working calendar.

/** Today and the calendar the status is computed with. */
export interface StatusDay {
  today: string
  calendar: WorkingCalendar
}

export function statusDay(db: MainDb, core: CoreContext): StatusDay {
  return { today: localDay(core.now()), calendar: readWorkingCalendar(db) }
}

/** What SQL can narrow before the status is computed: one task, or a year's tasks and the open ones. */
function narrowing(db: MainDb, taskId?: string, year?: number | null): SQL | undefined {
  if (taskId) return eq(followUpTasks.id, taskId)
  if (!year) return undefined
  // Two indexed terms on the task itself, so SQLite reads only those tasks (an OR across
  // the joined meeting would scan every task of thirty years).
  const itemsOfYear = db
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(and(gte(meetings.date, `${year}-01-01`), lte(meetings.date, `${year}-12-31`)))
  return or(inArray(followUpTasks.agendaItemId, itemsOfYear), inArray(followUpTasks.state, ['not_started', 'in_progress']))
}

function selectRows(db: MainDb, where?: SQL) {
  const reports = db
    .select({ taskId: taskReports.taskId, lastDate: max(taskReports.date).as('last_date'), reportCount: count().as('report_count') })
    .from(taskReports)
    .groupBy(taskReports.taskId)
    .as('reports')
  const query = db
    .select({
      task: followUpTasks,
      topicTitle: topics.title,
      category: topics.category,
      decisionText: agendaItems.decisionText,
      leaderName: people.name,
      lastReportDate: reports.lastDate,
      reportCount: reports.reportCount,
      ...meetingLabelColumns,
    })
    .from(followUpTasks)
    .innerJoin(agendaItems, eq(agendaItems.id, followUpTasks.agendaItemId))
    .innerJoin(topics, eq(topics.id, agendaItems.topicId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(terms, eq(terms.id, meetings.termId))
    .leftJoin(people, eq(people.id, followUpTasks.leadLeaderId))
    .leftJoin(reports, eq(reports.taskId, followUpTasks.id))
  return query.where(where).orderBy(desc(meetings.date), desc(meetings.sequence), agendaItems.position).all()
}

type SelectedRow = ReturnType<typeof selectRows>[number]

function toRow(row: SelectedRow, day: StatusDay): FollowUpRow {
  const { task } = row
  const state = task.state as TaskState
  return {
    id: task.id,
    agendaItemId: task.agendaItemId,
    meetingId: row.meetingId,
    meetingLabel: labelOf(row),
    meetingDate: row.date,
    topicTitle: row.topicTitle,
    category: row.category as TopicCategory,
    decisionText: row.decisionText ?? '',
    leadLeaderId: task.leadLeaderId,
    leadLeaderName: row.leaderName,
    responsibleUnits: task.responsibleUnits,
    deadline: task.deadline,
    effectiveDeadline: task.deadline === null ? null : effectiveDeadline(task.deadline, day.calendar),
    uncoveredYears: task.deadline === null ? [] : deadlineUncoveredYears(task.deadline, day.calendar),
    state,
    status: taskStatus({ state, deadline: task.deadline }, day.today, day.calendar),
    dueSoon: isDueSoon({ state, deadline: task.deadline }, day.today, day.calendar),
    lastReportDate: row.lastReportDate ?? null,
    reportCount: row.reportCount ?? 0,
    completedAt: task.completedAt,
    closedAt: task.closedAt,
  }
}

/** Every task matching the filter, newest meeting first. */
export function listTasks(db: MainDb, day: StatusDay, filter: TaskFilter): FollowUpRow[] {
  return selectRows(db, narrowing(db, undefined, filter.year))
    .map((row) => toRow(row, day))
    .filter((row) => matchesTaskFilter(row, filter))
}

export function loadTaskRow(db: MainDb, day: StatusDay, taskId: string): FollowUpRow {
  const [row] = selectRows(db, narrowing(db, taskId))
  if (!row) throw new AppError('NOT_FOUND', '找不到该督办事项（其决定可能已被改记），请刷新后重试。')
  return toRow(row, day)
}
