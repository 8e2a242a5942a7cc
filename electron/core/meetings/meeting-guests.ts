import { randomUUID } from 'node:crypto'
import { and, eq, max } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { ChannelParsed } from '../../../shared/ipc/contract'
import type { MeetingDetail } from '../../../shared/meetings/views'
import type { CoreContext } from '../context'
import { meetingGuests } from '../db/schema/main'
import type { Session } from '../session'
import { auditedWrite } from './audited-write'
import { loadMeetingDetail } from './meeting-detail'
import { meetingLabel } from './meeting-label'
import { assertNotEnded, meetingWithBody } from './meeting-rows'

/** 列席 for the whole meeting, registered until it ends. */
export function addMeetingGuest(session: Session, core: CoreContext, input: ChannelParsed<'meetings.addGuest'>): MeetingDetail {
  const { meeting } = meetingWithBody(session.db, input.meetingId)
  assertNotEnded(meeting, '登记列席人员')
  const now = core.now()
  const at = now.toISOString()
  auditedWrite(session, now, (tx) => {
    const last = tx.select({ position: max(meetingGuests.position) }).from(meetingGuests).where(eq(meetingGuests.meetingId, meeting.id)).get()
    tx.insert(meetingGuests)
      .values({ id: randomUUID(), meetingId: meeting.id, name: input.name, post: input.post, position: (last?.position ?? 0) + 1, createdAt: at, createdBy: session.user.id, updatedAt: at, updatedBy: session.user.id })
      .run()
    return { action: 'meetings.addGuest', entity: 'meeting', entityId: meeting.id, summary: `为${meetingLabel(tx, meeting.id)}登记列席人员：${input.name}${input.post ? `（${input.post}）` : ''}` }
  })
  return loadMeetingDetail(session.db, meeting.id)
}

export function removeMeetingGuest(session: Session, core: CoreContext, input: ChannelParsed<'meetings.removeGuest'>): MeetingDetail {
  const { meeting } = meetingWithBody(session.db, input.meetingId)
  const guest = session.db.select().from(meetingGuests).where(and(eq(meetingGuests.id, input.guestId), eq(meetingGuests.meetingId, meeting.id))).get()
  if (!guest) throw new AppError('NOT_FOUND', '找不到该列席人员（可能已被移除），请刷新后重试。')
  assertNotEnded(meeting, '移除列席人员')
  const now = core.now()
  auditedWrite(session, now, (tx) => {
    tx.delete(meetingGuests).where(eq(meetingGuests.id, guest.id)).run()
    return { action: 'meetings.removeGuest', entity: 'meeting', entityId: meeting.id, summary: `从${meetingLabel(tx, meeting.id)}移除列席人员：${guest.name}` }
  })
  return loadMeetingDetail(session.db, meeting.id)
}
