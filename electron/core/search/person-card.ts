import { and, asc, desc, eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { PersonCard, PersonRecordLine } from '../../../shared/meetings/views'
import { agendaItems, meetingMembers, meetings, memberships, people, recusals, speeches, topics } from '../db/schema/main'
import type { Session } from '../session'
import { meetingInfos } from './meeting-infos'
import { searchStatements } from './search-statements'

// 人员 card in search: one person across the records, newest first. Read-only.

export function personCard(session: Session, personId: string): PersonCard {
  const db = session.db
  const person = db.select().from(people).where(eq(people.id, personId)).get()
  if (!person) throw new AppError('NOT_FOUND', '找不到该人员（可能已被删除），请刷新后重试。')
  const infos = meetingInfos(session.vault.mainSqlite, searchStatements(session.vault.mainSqlite))
  const labelOf = (meetingId: string) => infos.get(meetingId)?.label ?? '会议'
  const posts = db
    .select({ post: memberships.post, rank: memberships.rank, startDate: memberships.startDate, endDate: memberships.endDate })
    .from(memberships)
    .where(eq(memberships.personId, personId))
    .orderBy(desc(memberships.startDate))
    .all()
  const attended = db
    .select({ meetingId: meetings.id, date: meetings.date })
    .from(meetingMembers)
    .innerJoin(meetings, eq(meetings.id, meetingMembers.meetingId))
    .where(and(eq(meetingMembers.personId, personId), eq(meetingMembers.attendance, 'present')))
    .orderBy(desc(meetings.date), desc(meetings.startTime))
    .all()
    .map((row) => ({ meetingId: row.meetingId, label: labelOf(row.meetingId), date: row.date }))
  const line = (row: { meetingId: string; itemId: string; date: string; topicTitle: string; text: string }): PersonRecordLine => ({ ...row, label: labelOf(row.meetingId) })
  const spoken = itemLines(session, speeches, speeches.notes, personId).map(line)
  const recused = itemLines(session, recusals, recusals.reason, personId).map(line)
  return { id: person.id, name: person.name, unit: person.unit, posts, meetings: attended, speeches: spoken, recusals: recused }
}

/** A person's rows of a per-item table (发言, 回避): item → meeting → topic, newest meeting first, in agenda order. */
function itemLines(session: Session, table: typeof speeches | typeof recusals, text: typeof speeches.notes | typeof recusals.reason, personId: string) {
  return session.db
    .select({ meetingId: meetings.id, itemId: agendaItems.id, date: meetings.date, topicTitle: topics.title, text })
    .from(table)
    .innerJoin(agendaItems, eq(agendaItems.id, table.agendaItemId))
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(topics, eq(topics.id, agendaItems.topicId))
    .where(eq(table.personId, personId))
    .orderBy(desc(meetings.date), asc(agendaItems.position))
    .all()
}
