import { eq, max } from 'drizzle-orm'
import type { MainDb } from '../db/migrate'
import { taskReports, taskReviews } from '../db/schema/main'

/**
 * The time to stamp a task's next report or review with: now, or 1 ms after its latest entry
 * when the clock has not moved past it (a fast typist, a fixed test clock), so the record's
 * order — which report was 报办结's before which review — can be read from its times.
 */
export function nextEventTime(tx: MainDb, taskId: string, now: Date): string {
  const latestReport = tx.select({ at: max(taskReports.createdAt) }).from(taskReports).where(eq(taskReports.taskId, taskId)).get()?.at ?? ''
  const latestReview = tx.select({ at: max(taskReviews.createdAt) }).from(taskReviews).where(eq(taskReviews.taskId, taskId)).get()?.at ?? ''
  const latest = latestReport > latestReview ? latestReport : latestReview
  const at = now.toISOString()
  return latest !== '' && latest >= at ? new Date(new Date(latest).getTime() + 1).toISOString() : at
}
