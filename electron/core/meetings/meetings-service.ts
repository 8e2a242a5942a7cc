import { randomUUID } from 'node:crypto'
import { and, eq, ne } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { ChannelParsed } from '../../../shared/ipc/contract'
import type { MeetingDetail } from '../../../shared/meetings/views'
import { chineseDate } from '../../../shared/roster/dates'
import type { CoreContext } from '../context'
import type { MainDb } from '../db/migrate'
import { meetings, people, terms } from '../db/schema/main'
import type { Session } from '../session'
import { auditedWrite } from './audited-write'
import { loadMeetingDetail } from './meeting-detail'
import { labelOf } from './meeting-label'
import { nextSequence, numberingScopeFor } from './meeting-numbering'
import { assertBeforeMeeting, findBody, meetingWithBody, type BodyRow } from './meeting-rows'
import { resnapshotMembers, rosterForMeeting, syncMeetingMembers } from './member-snapshot'

function assertPerson(db: MainDb, personId: string | null, role: string): void {
  if (personId && !db.select({ id: people.id }).from(people).where(eq(people.id, personId)).get()) {
    throw new AppError('NOT_FOUND', `找不到所选的${role}（可能已被删除），请刷新后重新选择。`)
  }
}

function termName(db: MainDb, termId: string | null): string | null {
  if (!termId) return null
  return db.select({ name: terms.name }).from(terms).where(eq(terms.id, termId)).get()?.name ?? null
}

function label(db: MainDb, body: BodyRow, date: string, sequence: number, termId: string | null): string {
  return labelOf({ date, sequence, bodyName: body.name, numbering: body.numbering, termName: termName(db, termId) })
}

/** Numbered next in its body's year (or term); the members are the roster as of the date. */
export function createMeeting(session: Session, core: CoreContext, input: ChannelParsed<'meetings.create'>): MeetingDetail {
  const body = findBody(session.db, input.bodyId)
  if (body.archived) throw new AppError('RULE_VIOLATION', `会议类型“${body.name}”已停用，不能再安排新会议。`)
  assertPerson(session.db, input.chairId, '主持人')
  const id = randomUUID()
  const now = core.now()
  const at = now.toISOString()
  auditedWrite(session, now, (tx) => {
    const roster = rosterForMeeting(tx, input.date)
    const { scope, termId } = numberingScopeFor(tx, body, input.date, input.termId ?? null)
    const sequence = nextSequence(tx, body.id, scope)
    tx.insert(meetings)
      .values({
        id,
        bodyId: body.id,
        termId,
        numberingScope: scope,
        sequence,
        date: input.date,
        startTime: input.startTime,
        place: input.place,
        chairId: input.chairId,
        recorderName: input.recorderName,
        status: 'preparing',
        createdAt: at,
        createdBy: session.user.id,
        updatedAt: at,
        updatedBy: session.user.id,
      })
      .run()
    syncMeetingMembers(tx, id, roster, session.user.id, at)
    return { action: 'meetings.create', entity: 'meeting', entityId: id, summary: `新建${label(tx, body, input.date, sequence, termId)}（${chineseDate(input.date)} ${input.startTime}，${input.place}，应到 ${roster.length} 人）` }
  })
  return loadMeetingDetail(session.db, id)
}

/** Details before the meeting starts; a new date re-reads the roster as of that day. */
export function updateMeeting(session: Session, core: CoreContext, input: ChannelParsed<'meetings.update'>): MeetingDetail {
  const { meeting, body } = meetingWithBody(session.db, input.id)
  assertBeforeMeeting(meeting, '修改会议信息')
  assertPerson(session.db, input.chairId, '主持人')
  const now = core.now()
  const at = now.toISOString()
  auditedWrite(session, now, (tx) => {
    const { scope, termId } = numberingScopeFor(tx, body, input.date, meeting.termId !== null && body.numbering === 'term' && input.date === meeting.date ? meeting.termId : null)
    const taken = tx
      .select({ id: meetings.id })
      .from(meetings)
      .where(and(eq(meetings.bodyId, body.id), eq(meetings.numberingScope, scope), eq(meetings.sequence, input.sequence), ne(meetings.id, meeting.id)))
      .get()
    const newLabel = label(tx, body, input.date, input.sequence, termId)
    if (taken) throw new AppError('DUPLICATE', `已有“${newLabel}”，会议序号第 ${input.sequence} 次已被使用，请换一个序号。`)
    const dateChanged = input.date !== meeting.date
    if (dateChanged) resnapshotMembers(tx, body, meeting.id, input.date, session.user.id, at)
    tx.update(meetings)
      .set({ numberingScope: scope, termId, sequence: input.sequence, date: input.date, startTime: input.startTime, endTime: input.endTime, place: input.place, chairId: input.chairId, recorderName: input.recorderName, updatedAt: at, updatedBy: session.user.id })
      .where(eq(meetings.id, meeting.id))
      .run()
    const dateNote = dateChanged ? `，日期由${chineseDate(meeting.date)}改为${chineseDate(input.date)}，应到成员按新日期重新确定` : ''
    return { action: 'meetings.update', entity: 'meeting', entityId: meeting.id, summary: `修改${newLabel}的会议信息${dateNote}` }
  })
  return loadMeetingDetail(session.db, meeting.id)
}

/** For bodies other than the standing committee: which members of the roster should attend. */
export function setMeetingMembers(session: Session, core: CoreContext, input: ChannelParsed<'meetings.setMembers'>): MeetingDetail {
  const { meeting, body } = meetingWithBody(session.db, input.id)
  if (body.kind === 'standing') throw new AppError('RULE_VIOLATION', `${body.name}的应到成员就是会议当天的全体常委，不能另行选择。`)
  assertBeforeMeeting(meeting, '调整应到成员')
  const now = core.now()
  const at = now.toISOString()
  auditedWrite(session, now, (tx) => {
    const roster = rosterForMeeting(tx, meeting.date)
    const onRoster = new Map(roster.map((entry) => [entry.personId, entry]))
    const outside = input.personIds.filter((personId) => !onRoster.has(personId))
    if (outside.length > 0) {
      const names = outside.map((personId) => tx.select({ name: people.name }).from(people).where(eq(people.id, personId)).get()?.name ?? '（未知人员）')
      throw new AppError('RULE_VIOLATION', `${names.join('、')}在${chineseDate(meeting.date)}不是常委会成员，不能列为应到成员。`)
    }
    const chosen = roster.filter((entry) => input.personIds.includes(entry.personId))
    syncMeetingMembers(tx, meeting.id, chosen, session.user.id, at)
    return { action: 'meetings.setMembers', entity: 'meeting', entityId: meeting.id, summary: `确定${label(tx, body, meeting.date, meeting.sequence, meeting.termId)}的应到成员：${chosen.map((entry) => entry.name).join('、')}（${chosen.length} 人）` }
  })
  return loadMeetingDetail(session.db, meeting.id)
}
