import type { SealCheck } from '../seals/check-code'
import type { QuorumStatus } from '../meetings/quorum'
import type { VoteCounts } from '../meetings/voting'
import type { VoteMethod } from '../meetings/vocabulary'
import type { FieldDifference } from './profile-diff'
import type { LrmxPerson } from './lrmx-types'
import type { ActionType, DecisionResult, MemberPresence, MemberView, StageDates } from './vocabulary'

// What the personnel channels return: everything a screen needs, labels included.

export interface CadreSummary {
  id: string
  name: string
  sex: string
  /** 'yyyy.MM' as on the form, '' when unknown. */
  birth: string
  ethnicity: string
  currentPost: string
  reportingUnit: string
  /** As on the form; null when none. */
  idNumber: string | null
  /** The check character is right: only such a number identifies the profile (de-duplication). */
  idNumberVerified: boolean
  hasPhoto: boolean
  matterCount: number
  updatedAt: string
}

export interface CadreDetail extends CadreSummary {
  /** The full approval form; `photo` is null here, the picture is in photoDataUrl. */
  form: LrmxPerson
  photoDataUrl: string | null
  matters: MatterView[]
  timeline: TimelineEvent[]
}

export interface MatterDecisionRef {
  entryId: string
  /** "2026年第1册第3号" */
  entryLabel: string
  result: DecisionResult
  resultLabel: string
}

export interface MatterView {
  id: string
  cadreId: string
  cadreName: string
  idNumber: string | null
  currentPost: string
  topicId: string | null
  actionType: ActionType
  actionLabel: string
  proposedPost: string
  postToRemove: string
  unit: string
  reasons: string
  probation: boolean
  integrityOpinion: string | null
  consultationMeetingId: string | null
  consultationItemId: string | null
  decisionMeetingId: string | null
  decisionItemId: string | null
  appointmentDocNo: string | null
  stages: StageDates
  decision: MatterDecisionRef | null
  /** Whether this action type has 任前公示 / 试用期 at all (to show or hide the fields). */
  needsNotice: boolean
  probationPossible: boolean
  /** When the notice started: the earliest day it may end (≥ 5 working days). */
  earliestNoticeEnd: string | null
  /** Years the notice's 5 working days run through without a holiday arrangement (counted by weekends). */
  noticeUncoveredYears: number[]
  /** Where the matter stands, in words: 待酝酿, 待讨论决定, 公示中, 已任职, 试用期中 … */
  statusLabel: string
  createdAt: string
  updatedAt: string
}

export interface MemberViewRow {
  memberId: string
  memberName: string
  rank: number
  presence: MemberPresence
  presenceLabel: string
  view: MemberView | null
  viewLabel: string | null
  recusalReason: string | null
}

export interface CandidateDecisionView {
  id: string
  matterId: string
  position: number
  cadreName: string
  actionLabel: string
  proposedPost: string
  postToRemove: string
  voteMethod: VoteMethod
  voteMethodLabel: string
  members: MemberViewRow[]
  counts: VoteCounts
  /** The quorum for this candidate after recusals (two thirds for personnel). */
  quorum: QuorumStatus
  quorumText: string
  /** Votes for that passing needed: more than half of 应到. */
  required: number
  result: DecisionResult
  resultLabel: string
  reconsiderationAgreed: number | null
  decidedAt: string
}

export type { SealCheck }

export interface SealInfo {
  sealedAt: string
  sealHash: string
  chairName: string
  recorderName: string
  /** Whether the entry still matches its hash and its signature: false when it was changed behind the seal triggers' back. */
  intact: boolean
  /** The seal's state and the check code printed on the book's page. */
  check: SealCheck
}

export interface BookEntrySummary {
  id: string
  /** "2026年第1册第3号" */
  label: string
  bookYear: number
  bookNumber: number
  number: number
  meetingId: string
  agendaItemId: string
  meetingLabel: string
  meetingDate: string
  topicTitle: string
  candidateNames: string[]
  correctsEntryId: string | null
  correctsLabel: string | null
  correctedByLabels: string[]
  sealed: SealInfo | null
}

/** The tally of a secret ballot (无记名投票) on the entry's candidates. */
export interface BallotTallyView {
  /** 应到 and 实到 when counted. */
  members: number
  present: number
  issued: number
  returned: number
  valid: number
  invalid: number
  /** 监票人 and 计票人 */
  scrutineers: string[]
  tellers: string[]
  recordedAt: string
}

export interface BookEntryView extends BookEntrySummary {
  correctionReason: string | null
  candidates: CandidateDecisionView[]
  /** Set when the candidates were voted by secret ballot and the ballots counted. */
  ballotTally: BallotTallyView | null
}

export interface TimelineEvent {
  date: string
  matterId: string | null
  entryId: string | null
  /** e.g. "讨论决定（常委会）", "任职通知 区委干〔2026〕12号" */
  title: string
  detail: string
}

export interface RegisterRow extends MatterView {
  /** The date the register files it under: decided, else consulted, else proposed, else created. */
  registerDate: string
  meetingLabels: string[]
}

export interface RegisterCount {
  year: number
  actionType: ActionType
  actionLabel: string
  count: number
}

export interface RegisterReminders {
  probationEnding: MatterView[]
  noticesRunning: MatterView[]
  noticesEndedWithoutAppointment: MatterView[]
  decidedWithoutNotice: MatterView[]
}

export interface LrmxPreviewFile {
  index: number
  fileName: string
  ok: boolean
  /** Why the file was refused: "truncated.lrmx：文件不完整……" */
  refusal: string | null
  warnings: string[]
  /** The form without photo bytes; the picture is in photoDataUrl. */
  person: LrmxPerson | null
  photoDataUrl: string | null
  /** A profile with the same ID number already in the book, and what would change. */
  existing: CadreSummary | null
  differences: FieldDifference[]
}

export interface LrmxPreview {
  /** Pass back to personnel.importLrmx; the files are read again then (never kept). */
  token: string
  files: LrmxPreviewFile[]
}

export interface LrmxImportResult {
  created: CadreSummary[]
  updated: CadreSummary[]
  skipped: { fileName: string; reason: string }[]
}

export interface SavedFile {
  path: string
}
