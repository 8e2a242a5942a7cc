import type { TaskStatus } from '../follow-up/task-status'
import type { MaterialDeadline } from '../meetings/views'
import type { BodyKind, MeetingStatus, TopicCategory } from '../meetings/vocabulary'
import type { TaskTally } from './task-tally'

// What the home page (首页) shows: the work waiting now, and a year's figures. The register's
// reminders are not here: a holder of the 干部任免 grant's page asks personnel.reminders for
// them, so the overview never touches the book and stays fast (reading the whole register
// takes about a second on a 30-year book).

export interface UpcomingMeeting {
  id: string
  label: string
  bodyName: string
  bodyKind: BodyKind
  date: string
  startTime: string
  place: string
  status: MeetingStatus
  topicCount: number
}

export interface MeetingMention {
  id: string
  label: string
  date: string
}

/** A topic proposed but not yet approved by the secretary (待书记审定). */
export interface TopicAwaitingApproval {
  topicId: string
  title: string
  category: TopicCategory
  bodyName: string
  proposingUnit: string
  /** The day it was proposed (entered). */
  proposedOn: string
  /** The meeting whose agenda it is already on, if any. */
  meeting: MeetingMention | null
}

/** A topic on an agenda still to be held whose materials are missing or came in late. */
export interface TopicAwaitingMaterials {
  topicId: string
  itemId: string
  title: string
  category: TopicCategory
  proposingUnit: string
  meeting: MeetingMention
  deadline: MaterialDeadline & { state: 'missing' | 'late' }
}

export interface DashboardTask {
  taskId: string
  topicId: string
  topicTitle: string
  meeting: MeetingMention
  leadLeaderName: string | null
  responsibleUnits: string | null
  deadline: string
  /** The deadline moved to the next working day when it falls on a rest day. */
  dueOn: string
  /** Years from the deadline to dueOn without a holiday arrangement (counted by weekends). */
  uncoveredYears: number[]
  status: TaskStatus
}

/** A list cut to what the page shows, with how many there are in all. */
export interface Shortlist<T> {
  total: number
  items: T[]
}

export interface DashboardOverview {
  today: string
  upcomingMeetings: UpcomingMeeting[]
  /** 逾期未召开: still 筹备 or 已通知 after their date (isOverdueMeeting), oldest first. */
  overdueMeetings: UpcomingMeeting[]
  awaitingApproval: Shortlist<TopicAwaitingApproval>
  awaitingMaterials: TopicAwaitingMaterials[]
  overdueTasks: Shortlist<DashboardTask>
  dueSoonTasks: Shortlist<DashboardTask>
}

export interface BodyMeetingCount {
  bodyId: string
  bodyName: string
  /** Held (进行中, 已结束, 已签发) in the year. */
  held: number
  /** Dated in the year, not yet held. */
  planned: number
}

export interface MemberAttendance {
  personId: string
  name: string
  /** 应到: the held meetings of the year they should have attended. */
  shouldAttend: number
  present: number
  leave: number
  /** Not present, leave included. */
  absent: number
  /** Present over should-attend, in per cent. */
  rate: number | null
}

export interface CategoryCount {
  category: TopicCategory
  label: string
  /** One of the 三重一大. */
  major: boolean
  /** Topics on the agendas of the year's held meetings (a topic deferred and heard again counts once). */
  topics: number
  /** Of those, passed in the year. */
  passed: number
}

export interface YearStatistics {
  year: number
  /** Every year with a meeting, newest first (the year selector). */
  years: number[]
  meetingsByBody: BodyMeetingCount[]
  attendance: MemberAttendance[]
  categories: CategoryCount[]
  /** Tasks of the year's decisions (by the meeting's date). */
  tasks: TaskTally
}
