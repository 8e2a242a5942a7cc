import { randomUUID } from 'node:crypto'
import { asc, eq, sql } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { amendmentFieldLabel, amendmentValueProblem, effectiveValue, isAmendableField } from '../../../shared/meetings/amendments'
import type { MeetingDetail } from '../../../shared/meetings/views'
import type { AmendmentTarget } from '../../../shared/meetings/vocabulary'
import type { CoreContext } from '../context'
import { amendments } from '../db/schema/main'
import { commitRecording, findMeeting, type RecordingSession } from '../live/recording'
import { loadMeetingDetail } from '../meetings/meeting-detail'
import { resolveTarget } from './amendment-target'

interface AmendInput {
  meetingId: string
  target: AmendmentTarget
  targetId: string
  field: string
  after: string
  reason: string
}

/**
 * 更正: a dated correction of a signed record, with author and reason. The original row is
 * never touched (the seal triggers would refuse it anyway); `before` is the value in force
 * until now: the latest correction of the same field, else the original.
 */
export function amendMeeting(session: RecordingSession, core: CoreContext, input: AmendInput): MeetingDetail {
  const meeting = findMeeting(session.db, input.meetingId)
  if (meeting.status !== 'signed') throw new AppError('STATUS_INVALID', '只有已签发的会议记录才以更正记录修改；签发前请直接在会议记录中修改。')
  if (!isAmendableField(input.target, input.field)) throw new AppError('RULE_VIOLATION', `${amendmentValueProblem(input.target, input.field, input.after)}。`)
  const problem = amendmentValueProblem(input.target, input.field, input.after)
  if (problem) throw new AppError('INVALID_INPUT', `${problem}。`)
  const after = input.field === 'place' ? input.after.trim() : input.after

  const detail = loadMeetingDetail(session.db, input.meetingId)
  const resolved = resolveTarget(detail, input.target, input.targetId, input.field)
  const earlier = session.db
    .select()
    .from(amendments)
    .where(eq(amendments.meetingId, input.meetingId))
    .orderBy(asc(amendments.at), asc(sql`rowid`))
    .all()
    .map((row) => ({ ...row, target: row.target as AmendmentTarget }))
  const before = effectiveValue(earlier, input.target, input.targetId, input.field, resolved.original)
  const label = amendmentFieldLabel(input.target, input.field)
  if (before === after) throw new AppError('RULE_VIOLATION', `更正后的${label}与现有内容相同，无需更正。`)

  const where = input.target === 'meeting' ? '' : `中${resolved.description}`
  const summary = `更正${detail.label}${where}的“${label}”，原因：${input.reason}`
  return commitRecording(session, core, { action: 'meetings.amend', entity: 'meeting', entityId: input.meetingId, summary }, (tx, at) => {
    tx.insert(amendments)
      .values({
        id: randomUUID(),
        meetingId: input.meetingId,
        target: input.target,
        targetId: input.targetId,
        field: input.field,
        before,
        after,
        reason: input.reason,
        at,
        authorId: session.user.id,
        authorName: session.user.displayName,
      })
      .run()
    return loadMeetingDetail(tx, input.meetingId)
  })
}
