import { and, asc, eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { BodyKind, MeetingStatus } from '../../../shared/meetings/vocabulary'
import type { MainDb } from '../db/migrate'
import { agendaItems, bodies, itemAbsences, meetingMembers, meetings, people, recusals, terms, topics } from '../db/schema/main'
import { labelOf } from '../meetings/meeting-label'

// What the book needs to know about a meeting, read from the main store by id: the
// members who should attend (应到) with their attendance, who was out of the room for the
// item, whole-item recusals, and the labels an entry keeps. The main store never learns
// anything from the book.

export interface MeetingMember {
  id: string
  name: string
  rank: number
  present: boolean
}

export interface MeetingContext {
  meetingId: string
  agendaItemId: string
  label: string
  date: string
  status: MeetingStatus
  bodyKind: BodyKind
  quorumRequired: boolean
  topicId: string
  topicTitle: string
  members: MeetingMember[]
  absentForItemIds: string[]
  /** Recused for the whole item in the meeting record (candidate ''). */
  itemRecusedIds: string[]
}

export function readMeetingContext(db: MainDb, meetingId: string, agendaItemId: string): MeetingContext {
  const meeting = db
    .select({ id: meetings.id, date: meetings.date, sequence: meetings.sequence, status: meetings.status, bodyName: bodies.name, bodyKind: bodies.kind, numbering: bodies.numbering, quorumRequired: bodies.quorumRequired, termName: terms.name })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(terms, eq(terms.id, meetings.termId))
    .where(eq(meetings.id, meetingId))
    .get()
  if (!meeting) throw new AppError('NOT_FOUND', '找不到该会议（可能已被删除），请刷新后重试。')
  const item = db
    .select({ id: agendaItems.id, meetingId: agendaItems.meetingId, topicId: topics.id, title: topics.title, category: topics.category })
    .from(agendaItems)
    .innerJoin(topics, eq(topics.id, agendaItems.topicId))
    .where(eq(agendaItems.id, agendaItemId))
    .get()
  if (!item || item.meetingId !== meetingId) throw new AppError('NOT_FOUND', '该议题不在这次会议的议程中，请刷新后重试。')
  if (item.category !== 'personnel') throw new AppError('RULE_VIOLATION', `“${item.title}”不是干部任免议题，不能记入干部任免专用记录本`)
  const members = db
    .select({ id: meetingMembers.personId, name: people.name, rank: meetingMembers.rank, attendance: meetingMembers.attendance })
    .from(meetingMembers)
    .innerJoin(people, eq(people.id, meetingMembers.personId))
    .where(eq(meetingMembers.meetingId, meetingId))
    .orderBy(asc(meetingMembers.rank))
    .all()
  const absent = db.select({ id: itemAbsences.personId }).from(itemAbsences).where(eq(itemAbsences.agendaItemId, agendaItemId)).all()
  const recused = db.select({ id: recusals.personId }).from(recusals).where(and(eq(recusals.agendaItemId, agendaItemId), eq(recusals.candidate, ''))).all()
  return {
    meetingId,
    agendaItemId,
    label: labelOf({ date: meeting.date, sequence: meeting.sequence, bodyName: meeting.bodyName, numbering: meeting.numbering, termName: meeting.termName }),
    date: meeting.date,
    status: meeting.status as MeetingStatus,
    bodyKind: meeting.bodyKind as BodyKind,
    quorumRequired: meeting.quorumRequired,
    topicId: item.topicId,
    topicTitle: item.title,
    members: members.map((m) => ({ id: m.id, name: m.name, rank: m.rank, present: m.attendance === 'present' })),
    absentForItemIds: absent.map((row) => row.id),
    itemRecusedIds: recused.map((row) => row.id),
  }
}

/** The personnel topic of an agenda item, to list its candidates; null for an unknown item. */
export function topicOfItem(db: MainDb, agendaItemId: string): string | null {
  return db.select({ topicId: agendaItems.topicId }).from(agendaItems).where(eq(agendaItems.id, agendaItemId)).get()?.topicId ?? null
}
