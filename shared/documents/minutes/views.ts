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
  /** 签发人 and the day he signed, as entered at 签发 (the operator is in `issued`). */
  signer: MinutesSigner | null
  updatedAt: string
  /** Why it was last sent back from 审核 to 起草, if it was. */
  returnReason: string | null
}

export interface MinutesSigner {
  personId: string | null
  name: string
  /** YYYY-MM-DD */
  signedOn: string
}

/** A member of the meeting who may be recorded as 签发人, in rank order. */
export interface SignerChoice {
  personId: string
  name: string
  post: string
}

/** What the 会议纪要 screen loads: the minutes (null before drafting) and what this user may do. */
export interface MinutesState {
  meetingId: string
  meetingLabel: string
  meetingStatus: MeetingStatus
  minutes: MinutesView | null
  /** Whether this user holds the 干部任免 grant, so may print candidates from the book. */
  mayIncludePersonnel: boolean
  /** Who may be recorded as 签发人: the meeting's members by rank; the first (the 书记) is the default. */
  signerChoices: SignerChoice[]
}
