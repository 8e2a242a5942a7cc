import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { agendaItems } from './meetings'
import { people } from './roster'
import { stamps } from './stamps'

// 督办: each passed decision becomes a follow-up task. Its lead leader, units and deadline
// start as the decision's and can be adjusted; overdue (逾期) is computed, never stored.

export const followUpTasks = sqliteTable(
  'follow_up_tasks',
  {
    id: text('id').primaryKey(),
    agendaItemId: text('agenda_item_id')
      .notNull()
      .unique()
      .references(() => agendaItems.id),
    leadLeaderId: text('lead_leader_id').references(() => people.id),
    responsibleUnits: text('responsible_units'),
    deadline: text('deadline'),
    /** TaskState: not_started | in_progress | completed | closed (已销号) */
    state: text('state').notNull().default('not_started'),
    completedAt: text('completed_at'),
    closedAt: text('closed_at'),
    ...stamps,
  },
  (table) => [index('follow_up_tasks_deadline').on(table.deadline), index('follow_up_tasks_state').on(table.state)],
)

/** 进展情况: a dated report on a task. */
export const taskReports = sqliteTable(
  'task_reports',
  {
    id: text('id').primaryKey(),
    taskId: text('task_id')
      .notNull()
      .references(() => followUpTasks.id),
    date: text('date').notNull(),
    text: text('text').notNull(),
    authorName: text('author_name').notNull(),
    ...stamps,
  },
  (table) => [index('task_reports_task').on(table.taskId)],
)

/** Files sent with a progress report: metadata here, the content an encrypted file (like materials). */
export const taskAttachments = sqliteTable(
  'task_attachments',
  {
    id: text('id').primaryKey(),
    reportId: text('report_id')
      .notNull()
      .references(() => taskReports.id),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: blob('content', { mode: 'buffer' }).notNull(),
    ...stamps,
    fileId: text('file_id'),
    fileKey: text('file_key'),
  },
  (table) => [index('task_attachments_report').on(table.reportId), index('task_attachments_file').on(table.fileId)],
)

/** 回头看: a review that confirms a completed task closed, or reopens it with a reason. */
export const taskReviews = sqliteTable(
  'task_reviews',
  {
    id: text('id').primaryKey(),
    taskId: text('task_id')
      .notNull()
      .references(() => followUpTasks.id),
    date: text('date').notNull(),
    /** ReviewResult: confirmed | reopened */
    result: text('result').notNull(),
    reason: text('reason').notNull(),
    reviewerName: text('reviewer_name').notNull(),
    ...stamps,
  },
  (table) => [index('task_reviews_task').on(table.taskId)],
)
