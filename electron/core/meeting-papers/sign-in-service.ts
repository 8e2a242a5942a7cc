import { and, eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { MeetingPapersView } from '../../../shared/meeting-papers/views'
import { isBeforeMeeting } from '../../../shared/meetings/status'
import { meetingStatusLabels, type MeetingStatus } from '../../../shared/meetings/vocabulary'
import type { CoreContext } from '../context'
import { meetingMembers, meetingSignIns, people } from '../db/schema/main'
import { commitRecording, findMeeting, type RecordingSession } from '../live/recording'
import { loadMeetingPapers } from './papers-store'

// 签到表 ticks: after the meeting the secretary marks who signed the printed sheet, so that a
// difference from the recorded attendance shows. The sheet is paper kept beside the record:
// its ticks may still be entered after 签发 (they are not part of the sealed record).

export function setSignedIn(session: RecordingSession, core: CoreContext, input: { meetingId: string; personId: string; signed: boolean }): MeetingPapersView {
  const meeting = findMeeting(session.db, input.meetingId)
  if (isBeforeMeeting(meeting.status as MeetingStatus)) {
    throw new AppError('STATUS_INVALID', `会议处于“${meetingStatusLabels[meeting.status as MeetingStatus]}”阶段：会议开始后才能核对签到表。`)
  }
  const member = session.db
    .select({ name: people.name })
    .from(meetingMembers)
    .innerJoin(people, eq(people.id, meetingMembers.personId))
    .where(and(eq(meetingMembers.meetingId, input.meetingId), eq(meetingMembers.personId, input.personId)))
    .get()
  if (!member) throw new AppError('NOT_FOUND', '该人员不是本次会议的应到成员，签到表上没有他（她）。')
  const key = and(eq(meetingSignIns.meetingId, input.meetingId), eq(meetingSignIns.personId, input.personId))
  const already = session.db.select().from(meetingSignIns).where(key).get() !== undefined
  if (already === input.signed) throw new AppError('DUPLICATE', `签到表上${member.name}已${input.signed ? '勾选为已签到' : '是未签到'}，未重复保存。`)
  const summary = `核对签到表：${member.name}${input.signed ? '已签到' : '未签到（取消勾选）'}`
  return commitRecording(session, core, { action: 'papers.setSignedIn', entity: 'meeting', entityId: input.meetingId, summary }, (tx, at) => {
    if (input.signed) tx.insert(meetingSignIns).values({ meetingId: input.meetingId, personId: input.personId, createdAt: at, createdBy: session.user.id }).run()
    else tx.delete(meetingSignIns).where(key).run()
    return loadMeetingPapers(tx, input.meetingId)
  })
}
