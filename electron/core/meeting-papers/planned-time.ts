import { eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { MeetingDetail } from '../../../shared/meetings/views'
import type { CoreContext } from '../context'
import { agendaItems, meetings, topics } from '../db/schema/main'
import { commitRecording, sealedError, type RecordingSession } from '../live/recording'
import { loadMeetingDetail } from '../meetings/meeting-detail'
import { chineseTime } from '../../../shared/documents/meeting-text'

// 议程: when an item is planned to be taken. A preparation detail, printed on the 议程; it may
// be moved while the meeting runs (the day slips), not once the record is signed.

export function setPlannedTime(session: RecordingSession, core: CoreContext, input: { itemId: string; plannedTime: string | null }): MeetingDetail {
  const row = session.db
    .select({ meetingId: agendaItems.meetingId, status: meetings.status, title: topics.title, category: topics.category, current: agendaItems.plannedTime })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(topics, eq(topics.id, agendaItems.topicId))
    .where(eq(agendaItems.id, input.itemId))
    .get()
  if (!row) throw new AppError('NOT_FOUND', '找不到该议题（可能已从议程中移除），请刷新后重试。')
  if (row.status === 'signed') throw sealedError()
  if (row.current === input.plannedTime) throw new AppError('DUPLICATE', '计划时间没有变化，未重复保存。')
  // The audit log is read without the 干部任免 grant: a personnel item is not named there.
  const title = row.category === 'personnel' ? '干部任免事项' : row.title
  const summary = `议程：“${title}”计划时间${input.plannedTime ? `定为${chineseTime(input.plannedTime)}` : '取消'}`
  return commitRecording(session, core, { action: 'papers.setPlannedTime', entity: 'agenda_item', entityId: input.itemId, summary }, (tx, at) => {
    tx.update(agendaItems).set({ plannedTime: input.plannedTime, updatedAt: at, updatedBy: session.user.id }).where(eq(agendaItems.id, input.itemId)).run()
    return loadMeetingDetail(tx, row.meetingId)
  })
}
