import { and, asc, eq, gte, inArray, lte, max, or } from 'drizzle-orm'
import { localDay } from '../../../shared/calendar/local-day'
import type { WorkingCalendar } from '../../../shared/calendar/working-days'
import type { TaskState } from '../../../shared/follow-up/task-status'
import type { Attendance, BodyKind, LeaveReason, MeetingStatus, TopicCategory, TopicOutcome } from '../../../shared/meetings/vocabulary'
import { actionTypeLabels, type ActionType, type DecisionResult } from '../../../shared/personnel/vocabulary'
import type { ItemRecord, MatterRecord, MeetingRecord, Period, PeriodRecords, SelfCheckSettings } from '../../../shared/self-check/records'
import { heldStatuses } from '../dashboard/meeting-scope'
import type { MainDb, PersonnelDb } from '../db/migrate'
import { agendaItems, ballots, bodies, followUpTasks, itemAbsences, meetingMembers, meetings, people, recusals, speeches, taskReports, terms, topicMaterials, topics } from '../db/schema/main'
import { cadres, matters } from '../db/schema/personnel'
import { labelOf, meetingLabelColumns } from '../meetings/meeting-label'
import { groupBy } from '../topics/topic-summary'

// A period's records of one body in one query per table: every table is reached through the
// held meetings of the body in the period (meetings_date index), never a list of ids, so a
// year of a busy committee costs the same few statements as a quiet one.

export interface LoadInput {
  body: { id: string; name: string; kind: BodyKind; quorumRequired: boolean }
  period: Period
  today: string
  settings: SelfCheckSettings
  calendar: WorkingCalendar
}

export function loadPeriodRecords(db: MainDb, personnel: PersonnelDb | null, input: LoadInput): PeriodRecords {
  const { body, period } = input
  const scope = and(eq(meetings.bodyId, body.id), gte(meetings.date, period.from), lte(meetings.date, period.to), inArray(meetings.status, heldStatuses))
  const meetingRows = db
    .select({ ...meetingLabelColumns, chairId: meetings.chairId })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(terms, eq(terms.id, meetings.termId))
    .where(scope)
    .orderBy(asc(meetings.date), asc(meetings.startTime), asc(meetings.sequence))
    .all()
  const memberRows = db
    .select({ meetingId: meetingMembers.meetingId, personId: meetingMembers.personId, name: people.name, rank: meetingMembers.rank, attendance: meetingMembers.attendance, leaveReason: meetingMembers.leaveReason })
    .from(meetings)
    .innerJoin(meetingMembers, eq(meetingMembers.meetingId, meetings.id))
    .innerJoin(people, eq(people.id, meetingMembers.personId))
    .where(scope)
    .orderBy(asc(meetingMembers.rank))
    .all()
  const itemRows = db
    .select({ item: agendaItems, topicTitle: topics.title, category: topics.category, approvedAt: topics.approvedAt, topicId: topics.id, reportingMemberId: topics.reportingMemberId })
    .from(meetings)
    .innerJoin(agendaItems, eq(agendaItems.meetingId, meetings.id))
    .innerJoin(topics, eq(topics.id, agendaItems.topicId))
    .where(scope)
    .orderBy(asc(agendaItems.position))
    .all()
  const materialRows = db
    .selectDistinct({ topicId: topicMaterials.topicId, id: topicMaterials.id, receivedAt: topicMaterials.receivedAt })
    .from(meetings)
    .innerJoin(agendaItems, eq(agendaItems.meetingId, meetings.id))
    .innerJoin(topicMaterials, eq(topicMaterials.topicId, agendaItems.topicId))
    .where(scope)
    .all()
  const perItem = <T extends { agendaItemId: string }>(rows: T[]) => groupBy(rows, (row) => row.agendaItemId)
  const absences = perItem(db.select({ agendaItemId: itemAbsences.agendaItemId, personId: itemAbsences.personId }).from(meetings).innerJoin(agendaItems, eq(agendaItems.meetingId, meetings.id)).innerJoin(itemAbsences, eq(itemAbsences.agendaItemId, agendaItems.id)).where(scope).all())
  // Only whole-item recusals take a member out of the item (a candidate's recusal is the book's).
  const recused = perItem(
    db
      .select({ agendaItemId: recusals.agendaItemId, personId: recusals.personId, reason: recusals.reason })
      .from(meetings)
      .innerJoin(agendaItems, eq(agendaItems.meetingId, meetings.id))
      .innerJoin(recusals, and(eq(recusals.agendaItemId, agendaItems.id), eq(recusals.candidate, '')))
      .where(scope)
      .all(),
  )
  const spoken = perItem(
    db.select({ agendaItemId: speeches.agendaItemId, personId: speeches.personId }).from(meetings).innerJoin(agendaItems, eq(agendaItems.meetingId, meetings.id)).innerJoin(speeches, eq(speeches.agendaItemId, agendaItems.id)).where(scope).orderBy(asc(speeches.createdAt)).all(),
  )
  const cast = perItem(db.select({ agendaItemId: ballots.agendaItemId, personId: ballots.personId }).from(meetings).innerJoin(agendaItems, eq(agendaItems.meetingId, meetings.id)).innerJoin(ballots, eq(ballots.agendaItemId, agendaItems.id)).where(scope).all())
  const taskRows = db
    .select({ id: followUpTasks.id, meetingId: meetings.id, title: topics.title, leadLeaderId: followUpTasks.leadLeaderId, leaderName: people.name, deadline: followUpTasks.deadline, state: followUpTasks.state, lastReportDate: max(taskReports.date) })
    .from(meetings)
    .innerJoin(agendaItems, eq(agendaItems.meetingId, meetings.id))
    .innerJoin(topics, eq(topics.id, agendaItems.topicId))
    .innerJoin(followUpTasks, eq(followUpTasks.agendaItemId, agendaItems.id))
    .leftJoin(people, eq(people.id, followUpTasks.leadLeaderId))
    .leftJoin(taskReports, eq(taskReports.taskId, followUpTasks.id))
    .where(scope)
    .groupBy(followUpTasks.id)
    .orderBy(asc(meetings.date), asc(agendaItems.position))
    .all()

  const materialDays = groupBy(materialRows, (row) => row.topicId)
  const membersOf = groupBy(memberRows, (row) => row.meetingId)
  const itemsOf = groupBy(itemRows, (row) => row.item.meetingId)
  const names: Record<string, string> = {}
  for (const row of memberRows) names[row.personId] = row.name
  for (const row of taskRows) if (row.leadLeaderId && row.leaderName) names[row.leadLeaderId] = row.leaderName

  const meetingRecords: MeetingRecord[] = meetingRows.map((row) => ({
    id: row.meetingId,
    label: labelOf(row),
    date: row.date,
    status: row.status as MeetingStatus,
    chairId: row.chairId,
    members: (membersOf.get(row.meetingId) ?? []).map((member) => ({ personId: member.personId, name: member.name, rank: member.rank, attendance: member.attendance as Attendance, leaveReason: member.leaveReason as LeaveReason | null })),
    items: (itemsOf.get(row.meetingId) ?? []).map(({ item, topicTitle, category, approvedAt, topicId, reportingMemberId }): ItemRecord => ({
      id: item.id,
      position: item.position,
      topicId,
      title: topicTitle,
      category: category as TopicCategory,
      reportingMemberId,
      approvedOn: approvedAt === null ? null : localDay(approvedAt),
      materialDays: (materialDays.get(topicId) ?? []).map((material) => localDay(material.receivedAt)),
      outcome: item.outcome as TopicOutcome | null,
      votesFor: item.votesFor,
      savedOrder: item.speakingOrder,
      orderReason: item.speakingOrderReason,
      speakerIds: (spoken.get(item.id) ?? []).map((speech) => speech.personId),
      absentIds: (absences.get(item.id) ?? []).map((absence) => absence.personId),
      recusals: (recused.get(item.id) ?? []).map((recusal) => ({ personId: recusal.personId, reason: recusal.reason })),
      voterIds: (cast.get(item.id) ?? []).map((ballot) => ballot.personId),
    })),
  }))
  return {
    period,
    today: input.today,
    body,
    settings: input.settings,
    calendar: input.calendar,
    meetings: meetingRecords,
    tasks: taskRows.map((row) => ({ id: row.id, meetingId: row.meetingId, title: row.title, leadLeaderId: row.leadLeaderId, deadline: row.deadline, state: row.state as TaskState, lastReportDate: row.lastReportDate })),
    matters: personnel === null ? null : loadMatters(personnel, meetingRecords.map((meeting) => meeting.id)),
    names,
  }
}

/** The book's matters decided (or consulted) at the period's meetings; the ids are the period's held meetings, a few dozen. */
function loadMatters(personnel: PersonnelDb, meetingIds: string[]): MatterRecord[] {
  if (meetingIds.length === 0) return []
  return personnel
    .select({ matter: matters, name: cadres.name })
    .from(matters)
    .innerJoin(cadres, eq(cadres.id, matters.cadreId))
    .where(or(inArray(matters.decisionMeetingId, meetingIds), inArray(matters.consultationMeetingId, meetingIds)))
    .orderBy(asc(matters.decidedOn), asc(cadres.name))
    .all()
    .map(({ matter, name }) => {
      const actionType = matter.actionType as ActionType
      const post = matter.proposedPost || matter.postToRemove
      return {
        id: matter.id,
        cadreId: matter.cadreId,
        label: `${name}（${actionTypeLabels[actionType]}${post ? `：${post}` : ''}）`,
        actionType,
        decisionResult: matter.decisionResult as DecisionResult | null,
        stages: {
          proposedOn: matter.proposedOn,
          recommendedOn: matter.recommendedOn,
          inspectedOn: matter.inspectedOn,
          consultedOn: matter.consultedOn,
          decidedOn: matter.decidedOn,
          noticeStart: matter.noticeStart,
          noticeEnd: matter.noticeEnd,
          appointedOn: matter.appointedOn,
          talkOn: matter.talkOn,
          probationEnd: matter.probationEnd,
          confirmedOn: matter.confirmedOn,
        },
      }
    })
}
