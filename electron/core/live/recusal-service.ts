import { and, eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { MeetingDetail } from '../../../shared/meetings/views'
import { attendanceLabels } from '../../../shared/meetings/vocabulary'
import type { CoreContext } from '../context'
import { recusals } from '../db/schema/main'
import { loadMeetingDetail } from '../meetings/meeting-detail'
import { itemOf, loadCheckedDetail } from './checked-detail'
import { memberName } from './item-rules'
import { isPersonnelCategory } from './personnel-item'
import { commitRecording, recordableItem, type RecordingSession } from './recording'

// 回避: a member leaves for the whole item (candidate '') or for one candidate of it. Whether
// the quorum still holds afterwards is checked against an outcome already recorded.

const forWhat = (candidate: string) => (candidate ? `就“${candidate}”` : '')

export function addRecusal(session: RecordingSession, core: CoreContext, input: { itemId: string; personId: string; candidate: string; reason: string }): MeetingDetail {
  const { item, title, category } = recordableItem(session.db, input.itemId)
  if (input.candidate !== '' && isPersonnelCategory(category)) {
    throw new AppError('RULE_VIOLATION', '对某一名人选的回避登记在干部任免专用记录本中（本议题“专用记录本”表单里该人选的“回避”），会议记录不写人选姓名。整个议题的回避可以在此登记。未保存。')
  }
  const detail = loadMeetingDetail(session.db, item.meetingId)
  const member = detail.members.find((row) => row.personId === input.personId)
  if (!member) throw new AppError('NOT_FOUND', '该人员不是本次会议的应到成员，无需登记回避。')
  if (member.attendance !== 'present') {
    throw new AppError('RULE_VIOLATION', `${member.name}当前登记为“${attendanceLabels[member.attendance]}”，未出席会议，无需登记回避。`)
  }
  const existing = itemOf(detail, input.itemId).recusals.find((row) => row.personId === input.personId && row.candidate === input.candidate)
  if (existing) throw new AppError('DUPLICATE', `${member.name}已${forWhat(input.candidate)}在该议题登记回避（${existing.reason}），未重复保存。`)
  const summary = `议题“${title}”：${member.name}${forWhat(input.candidate)}回避，原因：${input.reason}`
  return commitRecording(session, core, { action: 'live.addRecusal', entity: 'agenda_item', entityId: input.itemId, summary }, (tx, at) => {
    tx.insert(recusals)
      .values({ agendaItemId: input.itemId, personId: input.personId, candidate: input.candidate, reason: input.reason, createdAt: at, createdBy: session.user.id, updatedAt: at, updatedBy: session.user.id })
      .run()
    return loadCheckedDetail(tx, item.meetingId, [input.itemId])
  })
}

export function removeRecusal(session: RecordingSession, core: CoreContext, input: { itemId: string; personId: string; candidate: string }): MeetingDetail {
  const { item, title } = recordableItem(session.db, input.itemId)
  const detail = loadMeetingDetail(session.db, item.meetingId)
  const existing = itemOf(detail, input.itemId).recusals.find((row) => row.personId === input.personId && row.candidate === input.candidate)
  if (!existing) throw new AppError('NOT_FOUND', '找不到该回避记录（可能已被删除），请刷新后重试。')
  const summary = `议题“${title}”：撤销${memberName(detail, input.personId)}${forWhat(input.candidate)}的回避`
  return commitRecording(session, core, { action: 'live.removeRecusal', entity: 'agenda_item', entityId: input.itemId, summary }, (tx) => {
    tx.delete(recusals)
      .where(and(eq(recusals.agendaItemId, input.itemId), eq(recusals.personId, input.personId), eq(recusals.candidate, input.candidate)))
      .run()
    return loadCheckedDetail(tx, item.meetingId, [input.itemId])
  })
}
