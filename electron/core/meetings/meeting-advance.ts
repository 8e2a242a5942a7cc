import { eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { ChannelParsed } from '../../../shared/ipc/contract'
import { localDay } from '../../../shared/calendar/local-day'
import { transitionProblem } from '../../../shared/meetings/status'
import type { MeetingDetail } from '../../../shared/meetings/views'
import { meetingStatusLabels, type MeetingStatus } from '../../../shared/meetings/vocabulary'
import { chineseDate } from '../../../shared/roster/dates'
import type { CoreContext } from '../context'
import { meetings } from '../db/schema/main'
import type { Session } from '../session'
import { auditedWrite } from './audited-write'
import { loadMeetingDetail } from './meeting-detail'
import { resnapshotMembers } from './member-snapshot'

/** What keeps `detail` from moving to `to` beyond the order of steps, in Chinese; null when nothing. */
function missingFor(detail: MeetingDetail, to: MeetingStatus): string | null {
  if (to === 'notified' && detail.items.length === 0) {
    return '会议议程中还没有议题，不能发出会议通知：请先列入至少一个经申报的议题。'
  }
  if (to === 'ended') {
    const pending = detail.members.filter((member) => member.attendance === 'pending').map((member) => member.name)
    const open = detail.items.filter((item) => item.outcome === null).map((item) => `《${item.topic.title}》`)
    const parts = [
      pending.length > 0 ? `以下成员尚未登记出席或请假：${pending.join('、')}` : null,
      open.length > 0 ? `以下议题尚无议定结果（通过、不通过、缓议或撤回）：${open.join('、')}` : null,
    ].filter((part): part is string => part !== null)
    if (parts.length > 0) return `还不能结束会议。${parts.join('；')}。`
  }
  return null
}

const stampColumn = { notified: 'notifiedAt', in_progress: 'startedAt', ended: 'endedAt' } as const

/** One step along 筹备 → 已通知 → 进行中 → 已结束, when what the step needs is there. */
export function advanceMeeting(session: Session, core: CoreContext, input: ChannelParsed<'meetings.advance'>): MeetingDetail {
  const detail = loadMeetingDetail(session.db, input.id)
  if (detail.status === 'signed') throw new AppError('MEETING_SEALED')
  const problem = transitionProblem(detail.status, input.to)
  if (problem) throw new AppError('STATUS_INVALID', `${problem}。`)
  const now = core.now()
  const today = localDay(now)
  const missing = missingFor(detail, input.to)
  if (missing) throw new AppError('RULE_VIOLATION', missing)
  // Started on another day than planned: only once the user confirmed it is held today
  // (details tell the screen to ask), and the record then says when it really was.
  if (input.to === 'in_progress' && detail.date !== today && input.heldOn !== today) {
    throw new AppError('RULE_VIOLATION', `会议定于${chineseDate(detail.date)}召开，今天是${chineseDate(today)}：请确认会议实际于今天召开，会议日期将改为${chineseDate(today)}。`, { scheduledOn: detail.date, today })
  }
  // Held on another day than planned: the record says when it really was.
  const moved = input.to === 'in_progress' && detail.date !== today
  const date = moved ? today : detail.date
  const at = now.toISOString()
  auditedWrite(session, now, (tx) => {
    // Until it starts, the members follow the roster as of its date (corrections entered since count).
    if (input.to !== 'ended') resnapshotMembers(tx, detail.body, detail.id, date, session.user.id, at)
    tx.update(meetings)
      .set({ status: input.to, date, [stampColumn[input.to]]: at, updatedAt: at, updatedBy: session.user.id })
      .where(eq(meetings.id, detail.id))
      .run()
    return { action: 'meetings.advance', entity: 'meeting', entityId: detail.id, summary: `${detail.label}由“${meetingStatusLabels[detail.status]}”改为“${meetingStatusLabels[input.to]}”${moved ? `（原定${chineseDate(detail.date)}，实际于${chineseDate(date)}召开）` : ''}` }
  })
  return loadMeetingDetail(session.db, detail.id)
}
