import type { WorkingCalendar } from '../calendar/working-days'
import type { TaskState } from '../follow-up/task-status'
import type { BodyKind, Attendance, LeaveReason, MeetingStatus, QuorumReading, TopicCategory, TopicOutcome } from '../meetings/vocabulary'
import type { ActionType, DecisionResult, StageDates } from '../personnel/vocabulary'

// The records of one period and body that the self-check (议事规则执行情况自查) reads.
// Core loads them in a few queries; every rule is a pure function over them.

/** How often the body must meet: at least N times each calendar month, or every two weeks. */
export type MeetingCadence = 'monthly' | 'biweekly'

export interface SelfCheckSettings {
  cadence: MeetingCadence
  /** 每月至少召开次数 (default 2) for the monthly cadence. */
  meetingsPerMonth: number
  /** 设置 → 议事规则: materials due this many working days before the meeting. */
  materialDeadlineWorkingDays: number
  quorumReading: QuorumReading
  /** Members report on the decisions they lead to the committee each quarter (季度工作报告). */
  quarterlyMemberReports: boolean
}

export const defaultSelfCheckSettings: SelfCheckSettings = {
  cadence: 'monthly',
  meetingsPerMonth: 2,
  materialDeadlineWorkingDays: 2,
  quorumReading: 'half-or-more',
  quarterlyMemberReports: true,
}

/** A period of days, both included, 'YYYY-MM-DD'. */
export interface Period {
  from: string
  to: string
}

export interface MemberRecord {
  personId: string
  name: string
  /** 排名 as of the meeting date. */
  rank: number
  attendance: Attendance
  leaveReason: LeaveReason | null
}

export interface ItemRecord {
  id: string
  /** 1-based place on the agenda. */
  position: number
  topicId: string
  title: string
  category: TopicCategory
  /** 常委向常委会报告分管工作: the member presenting it (null for any other item). */
  reportingMemberId: string | null
  /** The day of 书记审定, or null when never approved. */
  approvedOn: string | null
  /** The local days the topic's materials came in. */
  materialDays: string[]
  outcome: TopicOutcome | null
  votesFor: number | null
  /** The recorder's order (null: the proposed one) and the reason for the change. */
  savedOrder: string[] | null
  orderReason: string | null
  /** Members who spoke, in the order of their speeches. */
  speakerIds: string[]
  absentIds: string[]
  recusals: { personId: string; reason: string }[]
  voterIds: string[]
}

export interface MeetingRecord {
  id: string
  /** 2026年第12次常委会会议 */
  label: string
  date: string
  status: MeetingStatus
  chairId: string | null
  members: MemberRecord[]
  items: ItemRecord[]
}

export interface TaskRecord {
  id: string
  meetingId: string
  title: string
  leadLeaderId: string | null
  deadline: string | null
  state: TaskState
  /** The day of the latest progress report (进展报告), or null without one. */
  lastReportDate: string | null
}

export interface MatterRecord {
  id: string
  cadreId: string
  /** 张三 拟任…: shown to holders of the grant only. */
  label: string
  actionType: ActionType
  decisionResult: DecisionResult | null
  stages: StageDates
}

export interface PeriodRecords {
  period: Period
  /** The day the check runs (逾期 and complete months are judged against it). */
  today: string
  body: { id: string; name: string; kind: BodyKind; quorumRequired: boolean }
  settings: SelfCheckSettings
  calendar: WorkingCalendar
  /** The body's meetings held (进行中 or later) in the period, by date. */
  meetings: MeetingRecord[]
  /** Follow-up tasks of the decisions taken at those meetings. */
  tasks: TaskRecord[]
  /** Personnel matters decided at the body in the period; null when the book is not open (no grant). */
  matters: MatterRecord[] | null
  /** Names of the people the records refer to (lead leaders, members). */
  names: Record<string, string>
}
