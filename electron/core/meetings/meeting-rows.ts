import { eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { isBeforeMeeting } from '../../../shared/meetings/status'
import { meetingStatusLabels, type MeetingStatus } from '../../../shared/meetings/vocabulary'
import type { MainDb } from '../db/migrate'
import { bodies, meetings } from '../db/schema/main'

export type MeetingRow = typeof meetings.$inferSelect
export type BodyRow = typeof bodies.$inferSelect

/** A meeting with its body; NOT_FOUND when there is no such meeting. */
export function meetingWithBody(db: MainDb, meetingId: string): { meeting: MeetingRow; body: BodyRow } {
  const row = db.select({ meeting: meetings, body: bodies }).from(meetings).innerJoin(bodies, eq(bodies.id, meetings.bodyId)).where(eq(meetings.id, meetingId)).get()
  if (!row) throw new AppError('NOT_FOUND', '找不到该会议（可能已被删除），请刷新后重试。')
  return row
}

export function findBody(db: MainDb, bodyId: string): BodyRow {
  const body = db.select().from(bodies).where(eq(bodies.id, bodyId)).get()
  if (!body) throw new AppError('NOT_FOUND', '找不到该会议类型（可能已被删除），请刷新后重试。')
  return body
}

const statusOf = (meeting: MeetingRow) => meeting.status as MeetingStatus

function refuseSealed(meeting: MeetingRow): void {
  if (statusOf(meeting) === 'signed') throw new AppError('MEETING_SEALED')
}

/** 不搞临时动议: agenda, members and details change only until the meeting starts. */
export function assertBeforeMeeting(meeting: MeetingRow, action: string): void {
  refuseSealed(meeting)
  if (!isBeforeMeeting(statusOf(meeting))) {
    throw new AppError('STATUS_INVALID', `会议已处于“${meetingStatusLabels[statusOf(meeting)]}”阶段，不能再${action}：这只能在会议开始前（筹备或已通知阶段）进行。`)
  }
}

/** 列席 can be registered until the meeting ends (someone may join while it runs). */
export function assertNotEnded(meeting: MeetingRow, action: string): void {
  refuseSealed(meeting)
  if (statusOf(meeting) === 'ended') throw new AppError('STATUS_INVALID', `会议已结束，不能再${action}。`)
}
