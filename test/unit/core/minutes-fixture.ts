import { auditLog } from '../../../electron/core/db/schema/main'
import type { MinutesState } from '../../../shared/documents/minutes/views'
import type { MeetingDetail } from '../../../shared/meetings/views'
import type { TestCore } from '../../support/vault'
import { attendance, insertTopic, standingBodyId, startedMeeting, type LiveVault } from './live-fixture'

// A recorded meeting on the live fixture's committee, ready for its 纪要: nine present and
// two on sick leave, a topic passed with its follow-up, one deferred; ended (not signed).

export async function endedMeeting(lv: LiveVault, options: { bodyId?: string; title?: string; end?: boolean } = {}): Promise<MeetingDetail> {
  const bodyId = options.bodyId ?? standingBodyId
  const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: options.title ?? '关于全域旅游发展三年行动计划的议题', bodyId }), insertTopic(lv.core, { title: '关于城区停车场建设的方案', bodyId })], bodyId)
  await attendance(lv, meeting.id, 9)
  const [first, second] = meeting.items.map((item) => item.id) as [string, string]
  await lv.core.call('live.saveReportNotes', { itemId: first, text: '李明汇报了全域旅游发展三年行动计划的有关情况。计划明确了分年度目标和保障措施。' })
  await lv.core.call('live.saveDecision', { itemId: first, decisionText: '会议原则同意全域旅游发展三年行动计划。', leadLeaderId: lv.people[8]!, responsibleUnits: '区文旅局', deadline: '2026-12-31' })
  await lv.core.call('live.setOutcome', { itemId: first, outcome: 'passed' })
  await lv.core.call('live.setOutcome', { itemId: second, outcome: 'deferred' })
  if (options.end === false) return lv.core.call('meetings.get', { id: meeting.id })
  return lv.core.call('meetings.advance', { id: meeting.id, to: 'ended' })
}

/** Drafted and 审核通过. */
export async function reviewedMinutes(core: TestCore, meetingId: string): Promise<MinutesState> {
  await core.call('minutes.draft', { meetingId })
  return core.call('minutes.review', { meetingId })
}

/** What must not change when a 纪要 step is refused: the 纪要, the meeting and the audit log's length. */
export async function minutesSnapshot(core: TestCore, meetingId: string) {
  const entries = core.context.session!.db.select({ id: auditLog.id }).from(auditLog).all().length
  return { state: await core.call('minutes.get', { meetingId }), detail: await core.call('meetings.get', { id: meetingId }), entries }
}
