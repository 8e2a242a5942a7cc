import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { people, terms } from './roster'
import { stamps } from './stamps'

// Meetings, their topics (议题) and everything recorded in them. Codes are English
// (see shared/meetings/vocabulary.ts for the Chinese labels). Dates 'YYYY-MM-DD', times 'HH:MM'.
// Rows of a signed (已签发) meeting are sealed: triggers in the custom migration refuse
// UPDATE and DELETE; a correction is an `amendments` row.


/** A body that meets: 常委会会议, 书记专题会议 … (editable list). */
export const bodies = sqliteTable('bodies', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  /** BodyKind: standing | plenary | secretary | joint | coordination | other */
  kind: text('kind').notNull(),
  /** MeetingNumbering: 'year' (2026年第15次) or 'term' (第十三届第15次). */
  numbering: text('numbering').notNull().default('year'),
  /** Whether the quorum rules (半数/三分之二) are enforced for its meetings. */
  quorumRequired: integer('quorum_required', { mode: 'boolean' }).notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
  ...stamps,
})

export const meetings = sqliteTable(
  'meetings',
  {
    id: text('id').primaryKey(),
    bodyId: text('body_id')
      .notNull()
      .references(() => bodies.id),
    termId: text('term_id').references(() => terms.id),
    /** '2026' for per-year numbering, the term's id for per-term numbering. */
    numberingScope: text('numbering_scope').notNull(),
    sequence: integer('sequence').notNull(),
    date: text('date').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time'),
    place: text('place').notNull(),
    chairId: text('chair_id').references(() => people.id),
    /** The named recorder (专人记录); a user's display name or another person's name. */
    recorderName: text('recorder_name').notNull(),
    /** MeetingStatus: preparing | notified | in_progress | ended | signed */
    status: text('status').notNull(),
    notifiedAt: text('notified_at'),
    startedAt: text('started_at'),
    endedAt: text('ended_at'),
    signedAt: text('signed_at'),
    signedBy: text('signed_by'),
    signedByName: text('signed_by_name'),
    /** SHA-256 of the canonical record at signing (shared/meetings/seal.ts). */
    sealHash: text('seal_hash'),
    /** Ed25519 signature of the seal by the signer's signing key (records/seal-signature.ts). */
    sealSignature: text('seal_signature'),
    ...stamps,
  },
  (table) => [uniqueIndex('meetings_number').on(table.bodyId, table.numberingScope, table.sequence), index('meetings_date').on(table.date)],
)

/**
 * The members who should attend (应到), snapshotted with post and rank as of the meeting
 * date; re-synced from the roster until the meeting starts, fixed after.
 */
export const meetingMembers = sqliteTable(
  'meeting_members',
  {
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    rank: integer('rank').notNull(),
    post: text('post').notNull(),
    /** Attendance: pending | present | leave */
    attendance: text('attendance').notNull().default('pending'),
    /** LeaveReason when on leave: business (公出) | sick | personal | other */
    leaveReason: text('leave_reason'),
    leaveNote: text('leave_note'),
    /** 书面意见 of an absent member: recorded, never counted as a vote. */
    writtenView: text('written_view'),
    updatedAt: text('updated_at').notNull(),
    updatedBy: text('updated_by'),
  },
  (table) => [primaryKey({ columns: [table.meetingId, table.personId] })],
)

/** 列席 for the whole meeting. */
export const meetingGuests = sqliteTable(
  'meeting_guests',
  {
    id: text('id').primaryKey(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id),
    name: text('name').notNull(),
    post: text('post'),
    position: integer('position').notNull(),
    ...stamps,
  },
  (table) => [index('meeting_guests_meeting').on(table.meetingId)],
)

/** A proposed topic (议题申报); it reaches meetings through agenda items. */
export const topics = sqliteTable(
  'topics',
  {
    id: text('id').primaryKey(),
    bodyId: text('body_id')
      .notNull()
      .references(() => bodies.id),
    title: text('title').notNull(),
    /** TopicCategory: general | major_decision | personnel | major_project | large_fund */
    category: text('category').notNull(),
    proposingUnit: text('proposing_unit').notNull(),
    /** 汇报人 with post, e.g. 李明（区发展改革委主任） */
    presenter: text('presenter').notNull(),
    /** 分管领导 who signed the proposal off. */
    leaderInChargeId: text('leader_in_charge_id').references(() => people.id),
    leaderSignedOffOn: text('leader_signed_off_on'),
    summary: text('summary'),
    /** For a personnel topic at a 常委会: the agenda item of the 书记专题会议 that consulted it (酝酿). */
    consultationItemId: text('consultation_item_id'),
    /** 书记审定 */
    approvedAt: text('approved_at'),
    approvedBy: text('approved_by'),
    approvedByName: text('approved_by_name'),
    withdrawnAt: text('withdrawn_at'),
    withdrawnReason: text('withdrawn_reason'),
    /** 常委向常委会报告分管工作: the member presenting it (migration 0013); null for any other topic. */
    reportingMemberId: text('reporting_member_id').references(() => people.id),
    ...stamps,
  },
  (table) => [index('topics_body').on(table.bodyId), index('topics_withdrawn').on(table.withdrawnAt), index('topics_reporting_member').on(table.reportingMemberId)],
)

/** 列席 for one topic (units or people who attend for it). */
export const topicGuests = sqliteTable(
  'topic_guests',
  {
    id: text('id').primaryKey(),
    topicId: text('topic_id')
      .notNull()
      .references(() => topics.id),
    name: text('name').notNull(),
    post: text('post'),
    position: integer('position').notNull(),
    ...stamps,
  },
  (table) => [index('topic_guests_topic').on(table.topicId)],
)

/**
 * 汇报材料: metadata here, the content in its own encrypted file in `vault/files/` (vault-files/);
 * only an export the user chooses writes it out in clear. `content` is an empty blob once the
 * file is out (rows of older vaults keep theirs until the move at unlock).
 */
export const topicMaterials = sqliteTable(
  'topic_materials',
  {
    id: text('id').primaryKey(),
    topicId: text('topic_id')
      .notNull()
      .references(() => topics.id),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: blob('content', { mode: 'buffer' }).notNull(),
    /** When it was received: checked against the material deadline. */
    receivedAt: text('received_at').notNull(),
    receivedBy: text('received_by'),
    /** The encrypted file's random id (null: still in `content`, before the move). */
    fileId: text('file_id'),
    /** The file's own key, wrapped under the store's data key (file-keys.ts). */
    fileKey: text('file_key'),
  },
  (table) => [index('topic_materials_topic').on(table.topicId), index('topic_materials_file').on(table.fileId)],
)

/**
 * Whether a material's text has been read for search (migration 0010; the text is a search
 * entry of kind 'material'). state: text | no_text (无文字层) | unsupported | failed.
 */
export const materialTexts = sqliteTable('material_texts', {
  materialId: text('material_id').primaryKey(),
  state: text('state').notNull(),
  chars: integer('chars').notNull(),
  readAt: text('read_at').notNull(),
})

/** A topic on one meeting's agenda; a deferred topic gets a new item at a later meeting. */
export const agendaItems = sqliteTable(
  'agenda_items',
  {
    id: text('id').primaryKey(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id),
    topicId: text('topic_id')
      .notNull()
      .references(() => topics.id),
    position: integer('position').notNull(),
    /** What the presenter reported (汇报要点). */
    reportNotes: text('report_notes'),
    /** JSON array of person ids when the recorder reordered; null: the proposed order. */
    speakingOrder: text('speaking_order', { mode: 'json' }).$type<string[]>(),
    speakingOrderReason: text('speaking_order_reason'),
    /** 议程: when the item is planned to be taken (HH:MM), or null (migration 0012). */
    plannedTime: text('planned_time'),
    /** VoteMethod: voice | hands | named | secret */
    voteMethod: text('vote_method'),
    votesFor: integer('votes_for'),
    votesAgainst: integer('votes_against'),
    votesAbstain: integer('votes_abstain'),
    /** TopicOutcome: passed | rejected | deferred | withdrawn */
    outcome: text('outcome'),
    decisionText: text('decision_text'),
    leadLeaderId: text('lead_leader_id').references(() => people.id),
    responsibleUnits: text('responsible_units'),
    deadline: text('deadline'),
    decidedAt: text('decided_at'),
    decidedBy: text('decided_by'),
    ...stamps,
  },
  (table) => [uniqueIndex('agenda_items_topic').on(table.meetingId, table.topicId), index('agenda_items_topic_outcome').on(table.topicId, table.outcome)],
)

/** A member who was not in the room for one item (迟到/早退/离席), though present at the meeting. */
export const itemAbsences = sqliteTable(
  'item_absences',
  {
    agendaItemId: text('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    /** ItemAbsenceKind: late | left | out */
    kind: text('kind').notNull(),
    note: text('note'),
    ...stamps,
  },
  (table) => [primaryKey({ columns: [table.agendaItemId, table.personId] })],
)

/** 回避: a member leaves for an item, or for one candidate of it (`candidate` '' = the whole item). */
export const recusals = sqliteTable(
  'recusals',
  {
    agendaItemId: text('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    candidate: text('candidate').notNull().default(''),
    reason: text('reason').notNull(),
    ...stamps,
  },
  (table) => [primaryKey({ columns: [table.agendaItemId, table.personId, table.candidate] })],
)

/** One member's view on one item: notes typed while they speak, and the stance. */
export const speeches = sqliteTable(
  'speeches',
  {
    agendaItemId: text('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    notes: text('notes').notNull().default(''),
    /** Stance: agree | disagree | defer | other */
    stance: text('stance'),
    ...stamps,
  },
  (table) => [primaryKey({ columns: [table.agendaItemId, table.personId] })],
)

/** A per-member vote (记名投票 or a recorded show of hands). */
export const ballots = sqliteTable(
  'ballots',
  {
    agendaItemId: text('agenda_item_id')
      .notNull()
      .references(() => agendaItems.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    /** BallotChoice: for | against | abstain */
    choice: text('choice').notNull(),
    ...stamps,
  },
  (table) => [primaryKey({ columns: [table.agendaItemId, table.personId] })],
)

/** The tally of a secret ballot (无记名投票) on a non-personnel item: ballots and who counted them; the counts are on the item. */
export const ballotTallies = sqliteTable('ballot_tallies', {
  agendaItemId: text('agenda_item_id')
    .primaryKey()
    .references(() => agendaItems.id),
  issued: integer('issued').notNull(),
  returned: integer('returned').notNull(),
  valid: integer('valid').notNull(),
  invalid: integer('invalid').notNull(),
  /** 监票人 and 计票人 (person ids). */
  scrutineerIds: text('scrutineer_ids', { mode: 'json' }).$type<string[]>().notNull(),
  tellerIds: text('teller_ids', { mode: 'json' }).$type<string[]>().notNull(),
  ...stamps,
})

/** A dated correction of a signed meeting, shown beside the original, which stays as it was. */
export const amendments = sqliteTable(
  'amendments',
  {
    id: text('id').primaryKey(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id),
    /** What is corrected: AmendmentTarget (meeting | agenda_item | speech | member) and its key. */
    target: text('target').notNull(),
    targetId: text('target_id').notNull(),
    field: text('field').notNull(),
    before: text('before'),
    after: text('after').notNull(),
    reason: text('reason').notNull(),
    at: text('at').notNull(),
    authorId: text('author_id'),
    authorName: text('author_name').notNull(),
  },
  (table) => [index('amendments_meeting').on(table.meetingId)],
)
