import { eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { MeetingDetail } from '../../../shared/meetings/views'
import { meetingStatusLabels, type MeetingStatus } from '../../../shared/meetings/vocabulary'
import type { CoreContext } from '../context'
import type { MainDb } from '../db/migrate'
import { meetings } from '../db/schema/main'
import { consultationDone } from '../live/checked-detail'
import { outcomeProblems, recordedVoteProblem } from '../live/item-rules'
import { commitRecording, findMeeting, sealedError, type RecordingSession } from '../live/recording'
import { loadMeetingDetail } from '../meetings/meeting-detail'
import { sealHashOf } from './seal-hash'

/** What keeps an ended meeting from being signed: an incomplete or rule-breaking record. */
function signingProblem(db: MainDb, detail: MeetingDetail): string | null {
  const pending = detail.members.filter((member) => member.attendance === 'pending')
  if (pending.length > 0) return `签发前须登记全部应到成员的出席情况，尚未登记：${pending.map((member) => member.name).join('、')}。`
  const open = detail.items.filter((item) => item.outcome === null)
  if (open.length > 0) return `签发前每个议题都须记录结果（通过、不通过、缓议或撤回），尚未记录：${open.map((item) => `“${item.topic.title}”`).join('、')}。`
  for (const item of detail.items) {
    const vote = recordedVoteProblem(detail, item)
    if (vote) return `议题“${item.topic.title}”的表决记录不符合规则：${vote}。请先更正后再签发。`
    const [problem] = item.outcome ? outcomeProblems(detail, item, item.outcome, consultationDone(db, item)) : []
    if (problem) return `议题“${item.topic.title}”的结果不符合规则：${problem.message}请先更正后再签发。`
  }
  return null
}

/**
 * 签发: seals the record. The hash covers what was recorded (shared/meetings/seal.ts); from
 * now on the seal triggers refuse any change, and corrections are amendments.
 */
export function signMeeting(session: RecordingSession, core: CoreContext, meetingId: string): MeetingDetail {
  const meeting = findMeeting(session.db, meetingId)
  const status = meeting.status as MeetingStatus
  if (status === 'signed') throw sealedError()
  if (status !== 'ended') throw new AppError('STATUS_INVALID', `会议处于“${meetingStatusLabels[status]}”阶段：只有已结束的会议才能签发。请先结束会议。`)
  const before = loadMeetingDetail(session.db, meetingId)
  const problem = signingProblem(session.db, before)
  if (problem) throw new AppError('RULE_VIOLATION', problem)
  // Handlers run one at a time, so the record read here is the one sealed below.
  const sealHash = sealHashOf(before)
  const summary = `签发${before.label}，会议记录封存（校验值 SHA-256 ${sealHash}）`
  return commitRecording(session, core, { action: 'meetings.sign', entity: 'meeting', entityId: meetingId, summary }, (tx, at) => {
    tx.update(meetings)
      .set({ status: 'signed', signedAt: at, signedBy: session.user.id, signedByName: session.user.displayName, sealHash, updatedAt: at, updatedBy: session.user.id })
      .where(eq(meetings.id, meetingId))
      .run()
    return loadMeetingDetail(tx, meetingId)
  })
}
