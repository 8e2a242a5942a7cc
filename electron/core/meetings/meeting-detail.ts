import { asc, eq, inArray } from 'drizzle-orm'
import { materialDeadline } from '../../../shared/calendar/working-days'
import { AppError } from '../../../shared/errors'
import { amendmentFieldLabel } from '../../../shared/meetings/amendments'
import { quorumStatus } from '../../../shared/meetings/quorum'
import type { AmendmentView, BodyView, MeetingDetail, MeetingMemberView } from '../../../shared/meetings/views'
import type { AmendmentTarget, Attendance, BodyKind, LeaveReason, MeetingNumbering, MeetingStatus } from '../../../shared/meetings/vocabulary'
import { readWorkingCalendar } from '../calendar/calendar-store'
import type { MainDb } from '../db/migrate'
import { agendaItems, amendments, ballotTallies, ballots, bodies, itemAbsences, meetingGuests, meetingMembers, meetings, people, recusals, speeches, terms } from '../db/schema/main'
import { sealHashOf } from '../records/seal-hash'
import { meetingSignatureState } from '../records/seal-signature'
import { sealState, sealVerifier } from '../seals/signed-seal'
import { sealCheckCode } from '../../../shared/seals/check-code'
import { loadTopicSummaries } from '../topics/topic-summary'
import { agendaItemView } from './agenda-item-view'
import { labelOf } from './meeting-label'
import { readMeetingRules } from './meeting-rules-store'
import { localDay } from '../../../shared/calendar/local-day'

export function toBodyView(row: typeof bodies.$inferSelect): BodyView {
  return { id: row.id, name: row.name, kind: row.kind as BodyKind, numbering: row.numbering as MeetingNumbering, quorumRequired: row.quorumRequired, sortOrder: row.sortOrder, archived: row.archived }
}

function byItem<T extends { agendaItemId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) groups.set(row.agendaItemId, [...(groups.get(row.agendaItemId) ?? []), row])
  return groups
}

function loadMembers(db: MainDb, meetingId: string): MeetingMemberView[] {
  return db
    .select({ row: meetingMembers, name: people.name })
    .from(meetingMembers)
    .innerJoin(people, eq(people.id, meetingMembers.personId))
    .where(eq(meetingMembers.meetingId, meetingId))
    .orderBy(asc(meetingMembers.rank), asc(people.name))
    .all()
    .map(({ row, name }) => ({
      personId: row.personId,
      name,
      rank: row.rank,
      post: row.post,
      attendance: row.attendance as Attendance,
      leaveReason: row.leaveReason as LeaveReason | null,
      leaveNote: row.leaveNote,
      writtenView: row.writtenView,
    }))
}

function loadAmendments(db: MainDb, meetingId: string): AmendmentView[] {
  return db
    .select()
    .from(amendments)
    .where(eq(amendments.meetingId, meetingId))
    .orderBy(asc(amendments.at))
    .all()
    .map((row) => ({
      id: row.id,
      target: row.target as AmendmentTarget,
      targetId: row.targetId,
      field: row.field,
      fieldLabel: amendmentFieldLabel(row.target as AmendmentTarget, row.field),
      before: row.before,
      after: row.after,
      reason: row.reason,
      at: row.at,
      authorName: row.authorName,
    }))
}

/**
 * Everything the screens and the rules need about one meeting, read with one query per
 * table (not per item). NOT_FOUND when there is no such meeting.
 */
export function loadMeetingDetail(db: MainDb, meetingId: string): MeetingDetail {
  const head = db
    .select({ meeting: meetings, body: bodies, termName: terms.name, chairName: people.name })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(terms, eq(terms.id, meetings.termId))
    .leftJoin(people, eq(people.id, meetings.chairId))
    .where(eq(meetings.id, meetingId))
    .get()
  if (!head) throw new AppError('NOT_FOUND', '找不到该会议（可能已被删除），请刷新后重试。')
  const { meeting, body } = head
  const rules = readMeetingRules(db)
  const members = loadMembers(db, meetingId)
  const guests = db.select().from(meetingGuests).where(eq(meetingGuests.meetingId, meetingId)).orderBy(asc(meetingGuests.position)).all()
  const items = db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position)).all()
  const itemIds = items.map((item) => item.id)
  const perItem = itemIds.length > 0
  const absences = byItem(perItem ? db.select().from(itemAbsences).where(inArray(itemAbsences.agendaItemId, itemIds)).all() : [])
  const recused = byItem(perItem ? db.select().from(recusals).where(inArray(recusals.agendaItemId, itemIds)).all() : [])
  const spoken = byItem(perItem ? db.select().from(speeches).where(inArray(speeches.agendaItemId, itemIds)).orderBy(asc(speeches.createdAt)).all() : [])
  const cast = byItem(perItem ? db.select().from(ballots).where(inArray(ballots.agendaItemId, itemIds)).orderBy(asc(ballots.createdAt)).all() : [])
  const tallies = new Map((perItem ? db.select().from(ballotTallies).where(inArray(ballotTallies.agendaItemId, itemIds)).all() : []).map((row) => [row.agendaItemId, row]))
  const topicsById = new Map(loadTopicSummaries(db, items.map((item) => item.topicId)).map((topic) => [topic.id, topic]))
  const leaderIds = [...new Set(items.flatMap((item) => (item.leadLeaderId ? [item.leadLeaderId] : [])))]
  const leaderNames = new Map(leaderIds.length > 0 ? db.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, leaderIds)).all().map((row) => [row.id, row.name]) : [])
  const calendar = readWorkingCalendar(db)

  const detail: MeetingDetail = {
    id: meeting.id,
    body: toBodyView(body),
    label: labelOf({ date: meeting.date, sequence: meeting.sequence, bodyName: body.name, numbering: body.numbering, termName: head.termName }),
    sequence: meeting.sequence,
    year: Number(meeting.date.slice(0, 4)),
    termId: meeting.termId,
    termName: head.termName,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    place: meeting.place,
    chairId: meeting.chairId,
    chairName: head.chairName,
    recorderName: meeting.recorderName,
    status: meeting.status as MeetingStatus,
    notifiedAt: meeting.notifiedAt,
    startedAt: meeting.startedAt,
    endedAt: meeting.endedAt,
    signedAt: meeting.signedAt,
    signedByName: meeting.signedByName,
    sealHash: meeting.sealHash,
    sealIntact: null,
    sealCheck: null,
    members,
    guests: guests.map((guest) => ({ id: guest.id, name: guest.name, post: guest.post })),
    items: items.map((item) => {
      const topic = topicsById.get(item.topicId)
      if (!topic) throw new AppError('INTERNAL', `议程中的议题 ${item.topicId} 不存在`)
      const received = topic.materials.map((material) => localDay(material.receivedAt))
      return agendaItemView(item, {
        bodyKind: body.kind as BodyKind,
        chairId: meeting.chairId,
        rules,
        members,
        topic,
        materialDeadline: materialDeadline(meeting.date, received, rules.materialDeadlineWorkingDays, calendar),
        absences: absences.get(item.id) ?? [],
        recusals: recused.get(item.id) ?? [],
        speeches: spoken.get(item.id) ?? [],
        ballots: cast.get(item.id) ?? [],
        tally: tallies.get(item.id) ?? null,
        leadLeaderName: item.leadLeaderId ? (leaderNames.get(item.leadLeaderId) ?? null) : null,
      })
    }),
    amendments: loadAmendments(db, meetingId),
    rules,
    quorum: quorumStatus(members.length, members.filter((member) => member.attendance === 'present').length, 'meeting', rules.quorumReading),
  }
  // Checked on every read, so a record changed behind the app's back shows at once.
  // The hash says the record is as sealed; the signature that the seal is the signer's own.
  if (!meeting.sealHash) return detail
  const hash = sealHashOf(detail)
  const state = sealState(hash === meeting.sealHash, meetingSignatureState(sealVerifier(db), { ...meeting, sealHash: meeting.sealHash }))
  return { ...detail, sealIntact: state !== 'changed', sealCheck: { state, checkCode: sealCheckCode(hash) } }
}
