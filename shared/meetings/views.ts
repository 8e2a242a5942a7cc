import type { SealCheck } from '../seals/check-code'
import type { QuorumReading, MeetingNumbering, BodyKind, MeetingStatus, TopicCategory, TopicState, TopicOutcome, Attendance, LeaveReason, ItemAbsenceKind, Stance, VoteMethod, BallotChoice, AmendmentTarget } from './vocabulary'
import type { QuorumStatus } from './quorum'
import type { LastSpeakerRule } from './speaking-order'
import type { VoteCounts } from './voting'

// What core returns for meetings and topics: the shapes the screens read. Everything the
// rules need is here, so the UI computes the same live state that core enforces.

export interface MeetingRules {
  quorumReading: QuorumReading
  /** Materials are due this many working days before the meeting (default 2). */
  materialDeadlineWorkingDays: number
}

export interface BodyView {
  id: string
  name: string
  kind: BodyKind
  numbering: MeetingNumbering
  quorumRequired: boolean
  sortOrder: number
  archived: boolean
}

export interface MeetingSummary {
  id: string
  bodyId: string
  bodyName: string
  bodyKind: BodyKind
  /** 2026年第15次常委会会议 */
  label: string
  sequence: number
  date: string
  startTime: string
  place: string
  status: MeetingStatus
  chairName: string | null
  itemCount: number
  decidedCount: number
}

export interface GuestView {
  id: string
  name: string
  post: string | null
}

export interface MeetingMemberView {
  personId: string
  name: string
  rank: number
  post: string
  attendance: Attendance
  leaveReason: LeaveReason | null
  leaveNote: string | null
  writtenView: string | null
}

/** Whether a material's text was read for search: null until read; no_text = 无文字层 (a scan). */
export type MaterialTextState = 'text' | 'no_text' | 'unsupported' | 'failed'

export const materialTextStates: readonly MaterialTextState[] = ['text', 'no_text', 'unsupported', 'failed']

export interface MaterialView {
  id: string
  fileName: string
  mediaType: string
  size: number
  sha256: string
  receivedAt: string
  textState: MaterialTextState | null
}

/**
 * A material as the app shows it, read-only, from its decrypted bytes in memory (nothing is
 * written to disk): a PDF's bytes for pdf.js, a .docx as HTML (mammoth), an image, plain text.
 */
export type MaterialContent = { fileName: string; size: number } & (
  | { kind: 'pdf'; base64: string }
  | { kind: 'html'; html: string }
  | { kind: 'image'; dataUrl: string }
  | { kind: 'text'; text: string }
  | { kind: 'unsupported' }
)

/** When materials were due for this item's meeting, and whether they came in time. */
export interface MaterialDeadline {
  due: string
  workingDays: number
  /** 'missing': no material yet; 'late': the last one arrived after the due day. */
  state: 'ok' | 'late' | 'missing'
  /** Years between the due day and the meeting without a holiday arrangement (counted by weekends). */
  uncoveredYears: number[]
}

export interface ConsultationRef {
  itemId: string
  meetingId: string
  meetingLabel: string
  date: string
  /** Whether that meeting has been held (进行中 or later) */
  held: boolean
}

export interface TopicHistoryEntry {
  itemId: string
  meetingId: string
  meetingLabel: string
  date: string
  outcome: TopicOutcome | null
}

export interface TopicSummary {
  id: string
  bodyId: string
  bodyName: string
  title: string
  category: TopicCategory
  proposingUnit: string
  presenter: string
  leaderInChargeId: string | null
  leaderInChargeName: string | null
  /** 常委向常委会报告分管工作: the member who reports; null for any other topic. */
  reportingMemberId: string | null
  leaderSignedOffOn: string | null
  summary: string | null
  approvedAt: string | null
  approvedByName: string | null
  withdrawnAt: string | null
  withdrawnReason: string | null
  state: TopicState
  consultation: ConsultationRef | null
  guests: GuestView[]
  materials: MaterialView[]
  history: TopicHistoryEntry[]
}

export interface AbsenceView {
  personId: string
  kind: ItemAbsenceKind
  note: string | null
}

export interface RecusalView {
  personId: string
  /** '' for the whole item, else the candidate's name (or opaque id for the personnel book). */
  candidate: string
  reason: string
}

export interface SpeechView {
  personId: string
  notes: string
  stance: Stance | null
  updatedAt: string
}

/** 无记名投票的计票: the ballots and who counted them (the counts are the vote's). */
export interface BallotTallyRecord {
  issued: number
  returned: number
  valid: number
  invalid: number
  /** 监票人 and 计票人 */
  scrutineerIds: string[]
  tellerIds: string[]
}

export interface VoteView {
  method: VoteMethod
  counts: VoteCounts
  /** Per-member ballots when recorded that way (the counts are then derived from them). */
  ballots: { personId: string; choice: BallotChoice }[]
  /** Only for a secret ballot whose ballots were counted on the tally screen. */
  tally?: BallotTallyRecord
}

export interface AgendaItemView {
  id: string
  position: number
  topic: TopicSummary
  /** 议程: when the item is planned to be taken (HH:MM), null when not set. */
  plannedTime: string | null
  /** Whether the topic needs a prior 书记专题会议 consultation at this body. */
  consultationRequired: boolean
  materialDeadline: MaterialDeadline
  reportNotes: string
  /** Members present, in the room and not recused for the whole item, in the order to speak. */
  speakingOrder: string[]
  /** The order the rules propose (reverse rank, the 书记 last, else the chair). */
  proposedSpeakingOrder: string[]
  /** Why the proposed order's last speaker is last (lastSpeakerLabels). */
  lastSpeaker: LastSpeakerRule
  speakingOrderReason: string | null
  absences: AbsenceView[]
  recusals: RecusalView[]
  speeches: SpeechView[]
  vote: VoteView | null
  /** After per-item absences and whole-item recusals; two thirds for personnel topics. */
  quorum: QuorumStatus
  outcome: TopicOutcome | null
  decisionText: string
  leadLeaderId: string | null
  leadLeaderName: string | null
  responsibleUnits: string
  deadline: string | null
  decidedAt: string | null
  /** Earlier meetings of the same topic (a deferred topic carried over). */
  previous: TopicHistoryEntry[]
}

export interface AmendmentView {
  id: string
  target: AmendmentTarget
  targetId: string
  field: string
  /** The field's Chinese name, for display. */
  fieldLabel: string
  before: string | null
  after: string
  reason: string
  at: string
  authorName: string
}

export interface MeetingDetail {
  id: string
  body: BodyView
  label: string
  sequence: number
  year: number
  termId: string | null
  termName: string | null
  date: string
  startTime: string
  endTime: string | null
  place: string
  chairId: string | null
  chairName: string | null
  recorderName: string
  status: MeetingStatus
  notifiedAt: string | null
  startedAt: string | null
  endedAt: string | null
  signedAt: string | null
  signedByName: string | null
  sealHash: string | null
  /** For a signed meeting: whether the record still hashes to its seal, signed by its signer or from before signatures (null before signing). */
  sealIntact: boolean | null
  /** For a signed meeting: the seal's state and the check code printed on the record and the 纪要 (null before signing). */
  sealCheck: SealCheck | null
  /** 应到, by rank as of the meeting date. */
  members: MeetingMemberView[]
  guests: GuestView[]
  items: AgendaItemView[]
  amendments: AmendmentView[]
  rules: MeetingRules
  /** Meeting-level quorum (members present). */
  quorum: QuorumStatus
}

/** What a search finds: 会议, 议题, 决定 (an item's report and decision), 发言, 更正, 材料, 督办附件, 回避, 人员. */
export const searchHitKinds = ['meeting', 'topic', 'item', 'speech', 'amendment', 'material', 'attachment', 'recusal', 'person'] as const
export type SearchHitKind = (typeof searchHitKinds)[number]

export interface SearchHit {
  kind: SearchHitKind
  /** The place to open: a meeting (and item), a topic (and one of its materials), or a 督办 task (an attachment's). */
  meetingId: string | null
  itemId: string | null
  topicId: string | null
  /** 材料: the material whose text matched (its file name is the title). */
  materialId?: string
  /** 督办附件: the task whose progress report carries the attachment whose text matched. */
  taskId?: string
  /** 人员, 发言, 回避: the person (opens the person card). */
  personId?: string
  meetingLabel: string | null
  date: string | null
  title: string
  /** Text around the match, for display. */
  snippet: string
}

/** One page of search hits, and whether the query found more after it. */
export interface SearchResult {
  hits: SearchHit[]
  more: boolean
  /** How many hits of each kind the query finds under the year and body filters (whatever kinds are chosen). */
  facets: Partial<Record<SearchHitKind, number>>
}

/** 人员 card: a person's posts over time, the meetings attended, speeches and recusals. */
export interface PersonCard {
  id: string
  name: string
  unit: string | null
  posts: { post: string; rank: number; startDate: string; endDate: string | null }[]
  meetings: { meetingId: string; label: string; date: string }[]
  speeches: PersonRecordLine[]
  recusals: PersonRecordLine[]
}

export interface PersonRecordLine {
  meetingId: string
  itemId: string
  label: string
  date: string
  topicTitle: string
  text: string
}

export interface SavedAt {
  savedAt: string
}
