import { and, asc, count, countDistinct, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm'
import type { WorkingCalendar } from '../../../shared/calendar/working-days'
import { percentage } from '../../../shared/dashboard/rates'
import { tallyTasks } from '../../../shared/dashboard/task-tally'
import type { BodyMeetingCount, CategoryCount, MemberAttendance, YearStatistics } from '../../../shared/dashboard/views'
import type { TaskState } from '../../../shared/follow-up/task-status'
import { isThreeMajorsOneLarge, topicCategories, topicCategoryLabels, type TopicCategory } from '../../../shared/meetings/vocabulary'
import type { MainDb } from '../db/migrate'
import { agendaItems, bodies, followUpTasks, meetingMembers, meetings, people, topics } from '../db/schema/main'
import { heldStatuses, yearRange } from './meeting-scope'

// Every figure is one aggregate query over the year's meetings, found through the
// meetings_date index; the rows joined to them through their own (meeting, …) keys.

const inYear = (year: number) => {
  const { from, to } = yearRange(year)
  return and(gte(meetings.date, from), lte(meetings.date, to))
}
const heldInYear = (year: number) => and(inYear(year), inArray(meetings.status, heldStatuses))

/** Every year with a meeting, newest first. */
export function yearsWithData(db: MainDb): number[] {
  const year = sql<string>`substr(${meetings.date}, 1, 4)`
  return db
    .selectDistinct({ year })
    .from(meetings)
    .orderBy(desc(year))
    .all()
    .map((row) => Number(row.year))
}

/** Meetings per body: held and still to come; bodies in use are listed even with none. */
function meetingsByBody(db: MainDb, year: number): BodyMeetingCount[] {
  const held = sql<number>`sum(${inArray(meetings.status, heldStatuses)})`
  const counted = new Map(
    db
      .select({ bodyId: meetings.bodyId, total: count(), held })
      .from(meetings)
      .where(inYear(year))
      .groupBy(meetings.bodyId)
      .all()
      .map((row) => [row.bodyId, row]),
  )
  return db
    .select({ id: bodies.id, name: bodies.name, archived: bodies.archived })
    .from(bodies)
    .orderBy(asc(bodies.sortOrder), asc(bodies.name))
    .all()
    .filter((body) => !body.archived || counted.has(body.id))
    .map((body) => {
      const row = counted.get(body.id)
      const heldCount = Number(row?.held ?? 0)
      return { bodyId: body.id, bodyName: body.name, held: heldCount, planned: (row?.total ?? 0) - heldCount }
    })
}

/** 出席率 per member over the year's held meetings: present over 应到; leave and unrecorded count as absent. */
function attendance(db: MainDb, year: number): MemberAttendance[] {
  return db
    .select({
      personId: meetingMembers.personId,
      name: people.name,
      shouldAttend: count(),
      present: sql<number>`sum(${meetingMembers.attendance} = 'present')`,
      leave: sql<number>`sum(${meetingMembers.attendance} = 'leave')`,
    })
    .from(meetings)
    .innerJoin(meetingMembers, eq(meetingMembers.meetingId, meetings.id))
    .innerJoin(people, eq(people.id, meetingMembers.personId))
    .where(heldInYear(year))
    .groupBy(meetingMembers.personId)
    .orderBy(asc(sql`min(${meetingMembers.rank})`), asc(people.name))
    .all()
    .map((row) => {
      const present = Number(row.present)
      return { personId: row.personId, name: row.name, shouldAttend: row.shouldAttend, present, leave: Number(row.leave), absent: row.shouldAttend - present, rate: percentage(present, row.shouldAttend) }
    })
}

/** Topics per category heard at the year's held meetings (each topic once), and how many passed. */
function categories(db: MainDb, year: number): CategoryCount[] {
  const counted = new Map(
    db
      .select({
        category: topics.category,
        topics: countDistinct(agendaItems.topicId),
        passed: sql<number>`count(distinct case when ${agendaItems.outcome} = 'passed' then ${agendaItems.topicId} end)`,
      })
      .from(meetings)
      .innerJoin(agendaItems, eq(agendaItems.meetingId, meetings.id))
      .innerJoin(topics, eq(topics.id, agendaItems.topicId))
      .where(heldInYear(year))
      .groupBy(topics.category)
      .all()
      .map((row) => [row.category, row]),
  )
  return topicCategories.map((category: TopicCategory) => ({
    category,
    label: topicCategoryLabels[category],
    major: isThreeMajorsOneLarge(category),
    topics: counted.get(category)?.topics ?? 0,
    passed: Number(counted.get(category)?.passed ?? 0),
  }))
}

/** Tasks of the year's decisions grouped by (state, deadline): a few groups, whatever the number of tasks. */
function taskGroups(db: MainDb, year: number) {
  return db
    .select({ state: followUpTasks.state, deadline: followUpTasks.deadline, count: count() })
    .from(meetings)
    .innerJoin(agendaItems, eq(agendaItems.meetingId, meetings.id))
    .innerJoin(followUpTasks, eq(followUpTasks.agendaItemId, agendaItems.id))
    .where(inYear(year))
    .groupBy(followUpTasks.state, followUpTasks.deadline)
    .all()
    .map((row) => ({ ...row, state: row.state as TaskState }))
}

export function yearStatistics(db: MainDb, year: number, today: string, calendar: WorkingCalendar): YearStatistics {
  return {
    year,
    years: yearsWithData(db),
    meetingsByBody: meetingsByBody(db, year),
    attendance: attendance(db, year),
    categories: categories(db, year),
    tasks: tallyTasks(taskGroups(db, year), today, calendar),
  }
}
