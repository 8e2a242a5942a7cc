import { and, eq, inArray } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { MeetingDetail, SavedAt } from '../../../shared/meetings/views'
import { attendanceLabels, itemAbsenceKindLabels, leaveReasonLabels, type Attendance, type ItemAbsenceKind, type LeaveReason } from '../../../shared/meetings/vocabulary'
import type { CoreContext } from '../context'
import type { MainDb } from '../db/migrate'
import { agendaItems, itemAbsences, meetingMembers, people } from '../db/schema/main'
import { loadCheckedDetail } from './checked-detail'
import { commitRecording, recordableItem, recordableMeeting, type RecordingSession } from './recording'

type MemberRow = typeof meetingMembers.$inferSelect

function findMember(db: MainDb, meetingId: string, personId: string): MemberRow & { name: string } {
  const row = db
    .select({ member: meetingMembers, name: people.name })
    .from(meetingMembers)
    .innerJoin(people, eq(people.id, meetingMembers.personId))
    .where(and(eq(meetingMembers.meetingId, meetingId), eq(meetingMembers.personId, personId)))
    .get()
  if (!row) throw new AppError('NOT_FOUND', '该人员不是本次会议的应到成员。列席人员请在“列席”中登记。')
  return { ...row.member, name: row.name }
}

export function setAttendance(
  session: RecordingSession,
  core: CoreContext,
  input: { meetingId: string; personId: string; attendance: Attendance; leaveReason: LeaveReason | null; leaveNote: string | null },
): MeetingDetail {
  recordableMeeting(session.db, input.meetingId)
  const member = findMember(session.db, input.meetingId, input.personId)
  const onLeave = input.attendance === 'leave'
  if (onLeave && !input.leaveReason) throw new AppError('RULE_VIOLATION', `请假须注明原因（公出、病假、事假、其他）：请为${member.name}选择请假原因。`)
  // A written view belongs to an absent member; dropping it silently would lose what they sent.
  if (!onLeave && member.writtenView) {
    throw new AppError('RULE_VIOLATION', `${member.name}已提交书面意见（只有请假的成员才提交书面意见）。如其实际出席，请先删除该书面意见，再改为“${attendanceLabels[input.attendance]}”。`)
  }
  const state = onLeave && input.leaveReason ? `请假（${leaveReasonLabels[input.leaveReason]}${input.leaveNote ? `：${input.leaveNote}` : ''}）` : attendanceLabels[input.attendance]
  return commitRecording(session, core, { action: 'live.setAttendance', entity: 'meeting', entityId: input.meetingId, summary: `登记出席：${member.name} ${state}` }, (tx, at) => {
    tx.update(meetingMembers)
      .set({ attendance: input.attendance, leaveReason: onLeave ? input.leaveReason : null, leaveNote: onLeave ? input.leaveNote : null, updatedAt: at, updatedBy: session.user.id })
      .where(and(eq(meetingMembers.meetingId, input.meetingId), eq(meetingMembers.personId, input.personId)))
      .run()
    // Late / left early for an item only means something for a member present at the meeting.
    if (input.attendance !== 'present') {
      const itemIds = tx.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.meetingId, input.meetingId)).all().map((row) => row.id)
      if (itemIds.length > 0) tx.delete(itemAbsences).where(and(eq(itemAbsences.personId, input.personId), inArray(itemAbsences.agendaItemId, itemIds))).run()
    }
    return loadCheckedDetail(tx, input.meetingId, 'all')
  })
}

/**
 * 全部出席: the members not yet marked are marked present in one transaction; anyone already
 * on leave stays so (the exceptions are marked after, or were before).
 */
export function markAllPresent(session: RecordingSession, core: CoreContext, meetingId: string): MeetingDetail {
  recordableMeeting(session.db, meetingId)
  const pending = session.db
    .select({ personId: meetingMembers.personId })
    .from(meetingMembers)
    .where(and(eq(meetingMembers.meetingId, meetingId), eq(meetingMembers.attendance, 'pending')))
    .all()
  return commitRecording(session, core, { action: 'live.allPresent', entity: 'meeting', entityId: meetingId, summary: `登记出席：未登记的 ${pending.length} 人全部出席` }, (tx, at) => {
    tx.update(meetingMembers)
      .set({ attendance: 'present', updatedAt: at, updatedBy: session.user.id })
      .where(and(eq(meetingMembers.meetingId, meetingId), eq(meetingMembers.attendance, 'pending')))
      .run()
    return loadCheckedDetail(tx, meetingId, 'all')
  })
}

/** 书面意见 of a member on leave: recorded for the minutes, never counted as a vote. Empty text removes it. */
export function saveWrittenView(session: RecordingSession, core: CoreContext, input: { meetingId: string; personId: string; text: string }): SavedAt {
  recordableMeeting(session.db, input.meetingId)
  const member = findMember(session.db, input.meetingId, input.personId)
  if (member.attendance !== 'leave') {
    throw new AppError('RULE_VIOLATION', `只有请假的成员才提交书面意见：${member.name}当前登记为“${attendanceLabels[member.attendance as Attendance]}”。出席成员的意见请在议题中录入为发言。`)
  }
  const text = input.text.trim() === '' ? null : input.text
  const summary = text ? `录入${member.name}的书面意见（不计入表决）` : `删除${member.name}的书面意见`
  return commitRecording(session, core, { action: 'live.saveWrittenView', entity: 'meeting', entityId: input.meetingId, summary }, (tx, at) => {
    tx.update(meetingMembers)
      .set({ writtenView: text, updatedAt: at, updatedBy: session.user.id })
      .where(and(eq(meetingMembers.meetingId, input.meetingId), eq(meetingMembers.personId, input.personId)))
      .run()
    return { savedAt: at }
  })
}

/** Late, left early or out of the room for one item; kind null puts the member back in. */
export function setItemAbsence(
  session: RecordingSession,
  core: CoreContext,
  input: { itemId: string; personId: string; kind: ItemAbsenceKind | null; note: string | null },
): MeetingDetail {
  const { item, title } = recordableItem(session.db, input.itemId)
  const member = findMember(session.db, item.meetingId, input.personId)
  if (input.kind && member.attendance !== 'present') {
    throw new AppError(
      'RULE_VIOLATION',
      `迟到、早退或离席只能登记给出席会议的成员：${member.name}当前登记为“${attendanceLabels[member.attendance as Attendance]}”，不在会场。`,
    )
  }
  const summary = input.kind ? `议题“${title}”：${member.name}${itemAbsenceKindLabels[input.kind]}${input.note ? `（${input.note}）` : ''}` : `议题“${title}”：${member.name}回到会场参加该议题`
  return commitRecording(session, core, { action: 'live.setItemAbsence', entity: 'agenda_item', entityId: input.itemId, summary }, (tx, at) => {
    const key = and(eq(itemAbsences.agendaItemId, input.itemId), eq(itemAbsences.personId, input.personId))
    if (input.kind === null) tx.delete(itemAbsences).where(key).run()
    else {
      const row = { kind: input.kind, note: input.note, updatedAt: at, updatedBy: session.user.id }
      tx.insert(itemAbsences)
        .values({ agendaItemId: input.itemId, personId: input.personId, ...row, createdAt: at, createdBy: session.user.id })
        .onConflictDoUpdate({ target: [itemAbsences.agendaItemId, itemAbsences.personId], set: row })
        .run()
    }
    return loadCheckedDetail(tx, item.meetingId, [input.itemId])
  })
}
