import { randomUUID } from 'node:crypto'
import { and, eq, gt, lt, max, asc, desc } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { ChannelParsed } from '../../../shared/ipc/contract'
import { isOpenTopic } from '../../../shared/meetings/status'
import type { MeetingDetail, TopicSummary } from '../../../shared/meetings/views'
import { topicStateLabels } from '../../../shared/meetings/vocabulary'
import type { CoreContext } from '../context'
import type { MainDb } from '../db/migrate'
import { agendaItems, topics } from '../db/schema/main'
import type { Session } from '../session'
import { loadTopicSummary } from '../topics/topic-summary'
import { auditedWrite } from './audited-write'
import { loadMeetingDetail } from './meeting-detail'
import { meetingLabel } from './meeting-label'
import { assertBeforeMeeting, meetingWithBody } from './meeting-rows'

function findItem(db: MainDb, itemId: string) {
  const item = db.select().from(agendaItems).where(eq(agendaItems.id, itemId)).get()
  if (!item) throw new AppError('NOT_FOUND', '找不到该议程（可能已被移除），请刷新后重试。')
  return item
}

/** Why a topic cannot go on another agenda, naming where it stands. */
function notOpenReason(topic: TopicSummary): string {
  const pending = topic.history.find((entry) => entry.outcome === null)
  if (topic.state === 'scheduled' && pending) return `议题《${topic.title}》已列入${pending.meetingLabel}的议程，尚未议定，不能同时列入两次会议。`
  return `议题《${topic.title}》${topicStateLabels[topic.state]}，不能再列入会议议程。`
}

/** Puts an open topic of the meeting's body on its agenda, last. Only before the meeting: 不搞临时动议. */
export function addAgendaItem(session: Session, core: CoreContext, input: ChannelParsed<'agenda.add'>): MeetingDetail {
  const { meeting, body } = meetingWithBody(session.db, input.meetingId)
  assertBeforeMeeting(meeting, '增加议题（不搞临时动议）')
  const topic = loadTopicSummary(session.db, input.topicId)
  if (topic.bodyId !== body.id) throw new AppError('RULE_VIOLATION', `议题《${topic.title}》是提交${topic.bodyName}的，不能列入${body.name}的议程。`)
  if (topic.history.some((entry) => entry.meetingId === meeting.id)) throw new AppError('DUPLICATE', `议题《${topic.title}》已在本次会议的议程中。`)
  if (!isOpenTopic(topic.state)) throw new AppError('RULE_VIOLATION', notOpenReason(topic))
  const now = core.now()
  const at = now.toISOString()
  auditedWrite(session, now, (tx) => {
    const last = tx.select({ position: max(agendaItems.position) }).from(agendaItems).where(eq(agendaItems.meetingId, meeting.id)).get()
    tx.insert(agendaItems)
      .values({ id: randomUUID(), meetingId: meeting.id, topicId: topic.id, position: (last?.position ?? 0) + 1, createdAt: at, createdBy: session.user.id, updatedAt: at, updatedBy: session.user.id })
      .run()
    return { action: 'agenda.add', entity: 'meeting', entityId: meeting.id, summary: `将议题《${topic.title}》列入${meetingLabel(tx, meeting.id)}的议程` }
  })
  return loadMeetingDetail(session.db, meeting.id)
}

export function removeAgendaItem(session: Session, core: CoreContext, input: ChannelParsed<'agenda.remove'>): MeetingDetail {
  const item = findItem(session.db, input.itemId)
  const { meeting } = meetingWithBody(session.db, item.meetingId)
  assertBeforeMeeting(meeting, '移除议题')
  const citing = session.db.select({ title: topics.title }).from(topics).where(eq(topics.consultationItemId, item.id)).all()
  if (citing.length > 0) {
    throw new AppError('RULE_VIOLATION', `该议程已被议题${citing.map((row) => `《${row.title}》`).join('、')}引用为书记专题会议酝酿，不能移除：请先在这些议题中改选酝酿记录。`)
  }
  const title = loadTopicSummary(session.db, item.topicId).title
  const now = core.now()
  auditedWrite(session, now, (tx) => {
    tx.delete(agendaItems).where(eq(agendaItems.id, item.id)).run()
    // Keep positions 1…n so the order shown and the numbers in the notice agree.
    for (const later of tx.select().from(agendaItems).where(and(eq(agendaItems.meetingId, meeting.id), gt(agendaItems.position, item.position))).orderBy(asc(agendaItems.position)).all()) {
      tx.update(agendaItems).set({ position: later.position - 1 }).where(eq(agendaItems.id, later.id)).run()
    }
    return { action: 'agenda.remove', entity: 'meeting', entityId: meeting.id, summary: `将议题《${title}》移出${meetingLabel(tx, meeting.id)}的议程` }
  })
  return loadMeetingDetail(session.db, meeting.id)
}

/** Swaps an item with its neighbour above or below; at either end nothing changes. */
export function moveAgendaItem(session: Session, core: CoreContext, input: ChannelParsed<'agenda.move'>): MeetingDetail {
  const item = findItem(session.db, input.itemId)
  const { meeting } = meetingWithBody(session.db, item.meetingId)
  assertBeforeMeeting(meeting, '调整议题顺序')
  const up = input.direction === 'up'
  const neighbour = session.db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meeting.id), up ? lt(agendaItems.position, item.position) : gt(agendaItems.position, item.position)))
    .orderBy(up ? desc(agendaItems.position) : asc(agendaItems.position))
    .get()
  if (!neighbour) return loadMeetingDetail(session.db, meeting.id)
  const title = loadTopicSummary(session.db, item.topicId).title
  const now = core.now()
  const at = now.toISOString()
  auditedWrite(session, now, (tx) => {
    tx.update(agendaItems).set({ position: neighbour.position, updatedAt: at, updatedBy: session.user.id }).where(eq(agendaItems.id, item.id)).run()
    tx.update(agendaItems).set({ position: item.position, updatedAt: at, updatedBy: session.user.id }).where(eq(agendaItems.id, neighbour.id)).run()
    return { action: 'agenda.move', entity: 'meeting', entityId: meeting.id, summary: `${meetingLabel(tx, meeting.id)}：议题《${title}》${up ? '上移' : '下移'}至第 ${neighbour.position} 项` }
  })
  return loadMeetingDetail(session.db, meeting.id)
}
