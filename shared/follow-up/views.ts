import type { TopicCategory } from '../meetings/vocabulary'
import type { ReviewResult } from './transitions'
import type { TaskState, TaskStatus } from './task-status'

// What the 督办 channels answer with.

/** One task in the list: the decision it follows and where it stands today. */
export interface FollowUpRow {
  id: string
  agendaItemId: string
  meetingId: string
  /** 2026年第15次常委会会议 */
  meetingLabel: string
  meetingDate: string
  topicTitle: string
  category: TopicCategory
  decisionText: string
  leadLeaderId: string | null
  leadLeaderName: string | null
  responsibleUnits: string | null
  deadline: string | null
  /** The day it must be done by: the deadline, moved past rest days. */
  effectiveDeadline: string | null
  /** Years between the deadline and that day without a holiday arrangement (counted by weekends). */
  uncoveredYears: number[]
  state: TaskState
  /** The state, or 逾期 when an open task is past its deadline (computed for today). */
  status: TaskStatus
  dueSoon: boolean
  lastReportDate: string | null
  reportCount: number
  completedAt: string | null
  closedAt: string | null
}

export interface TaskAttachmentView {
  id: string
  fileName: string
  mediaType: string
  size: number
  sha256: string
}

export interface TaskReportView {
  id: string
  date: string
  text: string
  authorName: string
  /** 报办结's report, the one that moved the task to 已办结. */
  final: boolean
  createdAt: string
  attachments: TaskAttachmentView[]
}

export interface TaskReviewView {
  id: string
  date: string
  result: ReviewResult
  reason: string
  reviewerName: string
  createdAt: string
}

export interface FollowUpDetail extends FollowUpRow {
  reports: TaskReportView[]
  reviews: TaskReviewView[]
  /** Today as core counts it, so the page shows the same status and default dates. */
  today: string
}

/** A person who can lead a task (the committee as of today), for the filter and 调整. */
export interface LeaderOption {
  id: string
  name: string
}
