import { and, eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { isSameOrder } from '../../../shared/meetings/speaking-order'
import type { MeetingDetail, SavedAt } from '../../../shared/meetings/views'
import { stanceLabels, type Stance } from '../../../shared/meetings/vocabulary'
import type { CoreContext } from '../context'
import { agendaItems, speeches } from '../db/schema/main'
import { loadMeetingDetail } from '../meetings/meeting-detail'
import { itemOf } from './checked-detail'
import { itemParticipants, memberName, notTakingPart } from './item-rules'
import { refuseOnPersonnelItem } from './personnel-item'
import { commitRecording, recordableItem, type RecordingSession } from './recording'

/**
 * 按照常委排名倒序发表意见，主要负责同志末位表态: the recorder may reorder, but only the
 * members taking part, and saying why. The proposed order itself (or null) needs no reason.
 */
export function setSpeakingOrder(session: RecordingSession, core: CoreContext, input: { itemId: string; order: string[] | null; reason: string | null }): MeetingDetail {
  const { item, title } = recordableItem(session.db, input.itemId)
  const detail = loadMeetingDetail(session.db, item.meetingId)
  const view = itemOf(detail, input.itemId)
  let saved: string[] | null = null
  if (input.order) {
    const participants = itemParticipants(detail, view)
    const wanted = new Set(participants)
    const outsider = input.order.find((id) => !wanted.has(id))
    if (outsider) throw new AppError('RULE_VIOLATION', `发言顺序中的${memberName(detail, outsider)}${notTakingPart(detail, view, outsider) ?? '重复出现'}，不能列入该议题的发言顺序。`)
    if (new Set(input.order).size !== input.order.length) throw new AppError('RULE_VIOLATION', '发言顺序中有成员重复出现，请刷新后重新排列。')
    const missing = participants.filter((id) => !input.order?.includes(id))
    if (missing.length > 0) throw new AppError('RULE_VIOLATION', `发言顺序须包括参加该议题的全部成员，缺少：${missing.map((id) => memberName(detail, id)).join('、')}。`)
    if (!isSameOrder(input.order, view.proposedSpeakingOrder)) {
      if (!input.reason) throw new AppError('RULE_VIOLATION', '调整发言顺序须说明原因：会议规则要求按常委排名倒序发言、主要负责同志末位表态，改变这一顺序应记明原因。')
      saved = input.order
    }
  }
  const summary = saved ? `议题“${title}”：调整发言顺序为 ${saved.map((id) => memberName(detail, id)).join('、')}（原因：${input.reason}）` : `议题“${title}”：发言顺序恢复为按排名倒序`
  return commitRecording(session, core, { action: 'live.setSpeakingOrder', entity: 'agenda_item', entityId: input.itemId, summary }, (tx, at) => {
    tx.update(agendaItems)
      .set({ speakingOrder: saved, speakingOrderReason: saved ? input.reason : null, updatedAt: at, updatedBy: session.user.id })
      .where(eq(agendaItems.id, input.itemId))
      .run()
    return loadMeetingDetail(tx, item.meetingId)
  })
}

/** A member's view on the item, typed while they speak. Only a member taking part speaks. */
export function saveSpeech(session: RecordingSession, core: CoreContext, input: { itemId: string; personId: string; notes: string; stance: Stance | null }): SavedAt {
  const { item, title, category } = recordableItem(session.db, input.itemId)
  refuseOnPersonnelItem(category, '成员的发言')
  const detail = loadMeetingDetail(session.db, item.meetingId)
  const why = notTakingPart(detail, itemOf(detail, input.itemId), input.personId)
  if (why) {
    throw new AppError('RULE_VIOLATION', `${memberName(detail, input.personId)}${why}，不能在该议题中记录其发言。${why.startsWith('已请假') ? '请假成员的意见请录入为书面意见（不计入表决）。' : ''}`)
  }
  const stance = input.stance ? `，表态：${stanceLabels[input.stance]}` : ''
  const summary = `议题“${title}”：记录${memberName(detail, input.personId)}的发言${stance}`
  return commitRecording(session, core, { action: 'live.saveSpeech', entity: 'agenda_item', entityId: input.itemId, summary }, (tx, at) => {
    const key = and(eq(speeches.agendaItemId, input.itemId), eq(speeches.personId, input.personId))
    if (input.notes.trim() === '' && input.stance === null) tx.delete(speeches).where(key).run()
    else {
      const row = { notes: input.notes, stance: input.stance, updatedAt: at, updatedBy: session.user.id }
      tx.insert(speeches)
        .values({ agendaItemId: input.itemId, personId: input.personId, ...row, createdAt: at, createdBy: session.user.id })
        .onConflictDoUpdate({ target: [speeches.agendaItemId, speeches.personId], set: row })
        .run()
    }
    return { savedAt: at }
  })
}

/** 汇报要点: what the presenter reported. */
export function saveReportNotes(session: RecordingSession, core: CoreContext, input: { itemId: string; text: string }): SavedAt {
  const { title, category } = recordableItem(session.db, input.itemId)
  // The report on a personnel topic is about the candidates: it belongs in the book.
  if (input.text.trim() !== '') refuseOnPersonnelItem(category, '汇报要点')
  return commitRecording(session, core, { action: 'live.saveReportNotes', entity: 'agenda_item', entityId: input.itemId, summary: `议题“${title}”：记录汇报要点` }, (tx, at) => {
    tx.update(agendaItems)
      .set({ reportNotes: input.text.trim() === '' ? null : input.text, updatedAt: at, updatedBy: session.user.id })
      .where(eq(agendaItems.id, input.itemId))
      .run()
    return { savedAt: at }
  })
}
