import type { MeetingStatus } from '../../meetings/vocabulary'
import type { MinutesContent, MinutesStatus } from './content'

/** Who did a step of 起草 → 审核 → 签发, and when (ISO time). */
export interface MinutesStep {
  at: string
  byName: string
}

export interface MinutesView {
  id: string
  meetingId: string
  /** 2026年第15次常委会会议 */
  meetingLabel: string
  meetingStatus: MeetingStatus
  year: number
  issueNumber: number
  status: MinutesStatus
  content: MinutesContent
  drafted: MinutesStep
  reviewed: MinutesStep | null
  issued: MinutesStep | null
  updatedAt: string
  /** Why it was last sent back from 审核 to 起草, if it was. */
  returnReason: string | null
}

/** What the 会议纪要 screen loads: the minutes (null before drafting) and what this user may do. */
export interface MinutesState {
  meetingId: string
  meetingLabel: string
  meetingStatus: MeetingStatus
  minutes: MinutesView | null
  /** Whether this user holds the 干部任免 grant, so may print candidates from the book. */
  mayIncludePersonnel: boolean
}
