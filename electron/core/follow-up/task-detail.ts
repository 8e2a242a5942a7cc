import { asc, eq, inArray, sql } from 'drizzle-orm'
import type { ReviewResult } from '../../../shared/follow-up/transitions'
import type { FollowUpDetail, TaskAttachmentView, TaskReportView, TaskReviewView } from '../../../shared/follow-up/views'
import type { MainDb } from '../db/migrate'
import { taskAttachments, taskReports, taskReviews } from '../db/schema/main'
import { loadTaskRow, type StatusDay } from './task-rows'

// One task with its record: the reports (with their files' metadata, never the content), and
// the 回头看 reviews, in the order they were entered.

export const attachmentColumns = {
  id: taskAttachments.id,
  reportId: taskAttachments.reportId,
  fileName: taskAttachments.fileName,
  mediaType: taskAttachments.mediaType,
  size: taskAttachments.size,
  sha256: taskAttachments.sha256,
}

/**
 * A report is 报办结's when it is the last one before a review, or the last one of a task that
 * is completed or closed: a completed task takes no further report until a review reopens it.
 * Follow-up writes get strictly increasing times (event-time.ts), so times order them.
 */
function finalReportIds(reports: { id: string; createdAt: string }[], reviews: { createdAt: string }[], finished: boolean): Set<string> {
  const finals = new Set<string>()
  for (const review of reviews) {
    const before = reports.filter((report) => report.createdAt < review.createdAt).at(-1)
    if (before) finals.add(before.id)
  }
  const last = reports.at(-1)
  if (finished && last) finals.add(last.id)
  return finals
}

export function loadTaskDetail(db: MainDb, day: StatusDay, taskId: string): FollowUpDetail {
  const row = loadTaskRow(db, day, taskId)
  const reports = db
    .select({ id: taskReports.id, date: taskReports.date, text: taskReports.text, authorName: taskReports.authorName, createdAt: taskReports.createdAt })
    .from(taskReports)
    .where(eq(taskReports.taskId, taskId))
    .orderBy(asc(taskReports.createdAt), asc(sql`${taskReports}.rowid`))
    .all()
  const reviews = db
    .select({ id: taskReviews.id, date: taskReviews.date, result: taskReviews.result, reason: taskReviews.reason, reviewerName: taskReviews.reviewerName, createdAt: taskReviews.createdAt })
    .from(taskReviews)
    .where(eq(taskReviews.taskId, taskId))
    .orderBy(asc(taskReviews.createdAt), asc(sql`${taskReviews}.rowid`))
    .all()
  const files = reports.length === 0 ? [] : db.select(attachmentColumns).from(taskAttachments).where(inArray(taskAttachments.reportId, reports.map((report) => report.id))).orderBy(asc(sql`${taskAttachments}.rowid`)).all()
  const finals = finalReportIds(reports, reviews, row.state === 'completed' || row.state === 'closed')
  const attachmentsOf = (reportId: string): TaskAttachmentView[] => files.filter((file) => file.reportId === reportId).map(({ reportId: _reportId, ...file }) => file)
  return {
    ...row,
    today: day.today,
    reports: reports.map((report): TaskReportView => ({ ...report, final: finals.has(report.id), attachments: attachmentsOf(report.id) })),
    reviews: reviews.map((review): TaskReviewView => ({ ...review, result: review.result as ReviewResult })),
  }
}
