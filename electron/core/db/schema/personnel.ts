import { blob, index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core'
import type { LrmxPerson } from '../../../../shared/personnel/lrmx-types'

// The personnel store (干部任免专用记录本): a separate database with its own data key. It
// refers to the main store only by opaque ids (meetings, agenda items, topics, members).

export const personnelStoreInfo = sqliteTable('personnel_store_info', {
  id: integer('id').primaryKey(),
  vaultId: text('vault_id').notNull(),
  createdAt: text('created_at').notNull(),
})

/** The form as read from .lrmx (or typed), without the photo, which has its own column. */
export type StoredForm = Omit<LrmxPerson, 'photo'>

/**
 * A cadre's profile (干部任免审批表). The searchable fields are columns; `form` keeps every
 * field of the approval form (résumé lines, family members, unknown elements) so an
 * export gives back exactly what was imported.
 */
export const cadres = sqliteTable(
  'cadres',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    sex: text('sex').notNull(),
    birth: text('birth').notNull(),
    ethnicity: text('ethnicity').notNull(),
    nativePlace: text('native_place').notNull(),
    currentPost: text('current_post').notNull(),
    reportingUnit: text('reporting_unit').notNull(),
    /** Upper-case 18 characters; null when the form had none. Unique when given. */
    idNumber: text('id_number'),
    form: text('form', { mode: 'json' }).$type<StoredForm>().notNull(),
    photo: blob('photo', { mode: 'buffer' }),
    photoType: text('photo_type'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [uniqueIndex('cadres_id_number').on(table.idNumber), index('cadres_name').on(table.name)],
)

/**
 * One personnel matter for one cadre (a candidate): the action, the posts and the stages
 * of the selection procedure with their dates. Decisions come from book entries.
 */
export const matters = sqliteTable(
  'matters',
  {
    id: text('id').primaryKey(),
    cadreId: text('cadre_id')
      .notNull()
      .references(() => cadres.id),
    /** The main store's personnel topic (议题) this candidate belongs to; opaque. */
    topicId: text('topic_id'),
    actionType: text('action_type').notNull(),
    proposedPost: text('proposed_post').notNull().default(''),
    postToRemove: text('post_to_remove').notNull().default(''),
    unit: text('unit').notNull().default(''),
    reasons: text('reasons').notNull().default(''),
    probation: integer('probation', { mode: 'boolean' }).notNull().default(false),
    proposedOn: text('proposed_on'),
    recommendedOn: text('recommended_on'),
    inspectedOn: text('inspected_on'),
    integrityOpinion: text('integrity_opinion'),
    consultedOn: text('consulted_on'),
    consultationMeetingId: text('consultation_meeting_id'),
    consultationItemId: text('consultation_item_id'),
    decidedOn: text('decided_on'),
    decisionMeetingId: text('decision_meeting_id'),
    decisionItemId: text('decision_item_id'),
    /** passed | rejected | deferred, from the latest book entry that decided it. */
    decisionResult: text('decision_result'),
    decisionEntryId: text('decision_entry_id'),
    noticeStart: text('notice_start'),
    noticeEnd: text('notice_end'),
    appointmentDocNo: text('appointment_doc_no'),
    appointedOn: text('appointed_on'),
    talkOn: text('talk_on'),
    probationEnd: text('probation_end'),
    confirmedOn: text('confirmed_on'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('matters_cadre').on(table.cadreId), index('matters_topic').on(table.topicId)],
)

/** A physical book: numbered per year (2026年第1册). */
export const books = sqliteTable(
  'books',
  {
    id: text('id').primaryKey(),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    openedAt: text('opened_at').notNull(),
  },
  (table) => [uniqueIndex('books_year_number').on(table.year, table.number)],
)

/**
 * One entry: the decision record of one personnel topic at one meeting. Sealed when the
 * meeting is signed; triggers refuse any change to a sealed entry and its rows.
 */
export const bookEntries = sqliteTable(
  'book_entries',
  {
    id: text('id').primaryKey(),
    bookId: text('book_id')
      .notNull()
      .references(() => books.id),
    number: integer('number').notNull(),
    meetingId: text('meeting_id').notNull(),
    agendaItemId: text('agenda_item_id').notNull(),
    meetingLabel: text('meeting_label').notNull(),
    meetingDate: text('meeting_date').notNull(),
    bodyKind: text('body_kind').notNull(),
    topicTitle: text('topic_title').notNull(),
    correctsEntryId: text('corrects_entry_id').references((): AnySQLiteColumn => bookEntries.id),
    correctionReason: text('correction_reason'),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    sealedAt: text('sealed_at'),
    sealHash: text('seal_hash'),
    chairName: text('chair_name'),
    recorderName: text('recorder_name'),
    /** `<public key>.<signature>` of the seal by the user who sealed it (seals/signed-seal.ts); null for seals from before signatures. */
    sealSignature: text('seal_signature'),
    /** The user (id) whose signing key signed the seal. */
    sealedBy: text('sealed_by'),
  },
  (table) => [uniqueIndex('book_entries_number').on(table.bookId, table.number), index('book_entries_meeting').on(table.meetingId)],
)

export interface CandidateSnapshot {
  name: string
  sex: string
  birth: string
  ethnicity: string
  nativePlace: string
  partyJoined: string
  education: string
  currentPost: string
  actionType: string
  proposedPost: string
  postToRemove: string
  reasons: string
}

/** One candidate decided in an entry, one by one (逐一表决). */
export const entryDecisions = sqliteTable(
  'entry_decisions',
  {
    id: text('id').primaryKey(),
    entryId: text('entry_id')
      .notNull()
      .references(() => bookEntries.id),
    matterId: text('matter_id')
      .notNull()
      .references(() => matters.id),
    position: integer('position').notNull(),
    /** The candidate as decided (name, posts, action…), kept so a later profile update never changes the record. */
    candidate: text('candidate', { mode: 'json' }).$type<CandidateSnapshot>().notNull(),
    voteMethod: text('vote_method').notNull(),
    members: integer('members').notNull(),
    participants: integer('participants').notNull(),
    votesFor: integer('votes_for').notNull(),
    votesAgainst: integer('votes_against').notNull(),
    votesAbstain: integer('votes_abstain').notNull(),
    result: text('result').notNull(),
    /** Members agreeing to reconsider (复议), when this decision reconsiders an earlier one. */
    reconsiderationAgreed: integer('reconsideration_agreed'),
    decidedAt: text('decided_at').notNull(),
  },
  (table) => [uniqueIndex('entry_decisions_matter').on(table.entryId, table.matterId)],
)

/** Each member of the body for one candidate: present with a view, absent, or recused (回避). */
export const entryMemberViews = sqliteTable(
  'entry_member_views',
  {
    decisionId: text('decision_id')
      .notNull()
      .references(() => entryDecisions.id),
    memberId: text('member_id').notNull(),
    memberName: text('member_name').notNull(),
    rank: integer('rank').notNull(),
    presence: text('presence').notNull(),
    view: text('view'),
    recusalReason: text('recusal_reason'),
  },
  (table) => [uniqueIndex('entry_member_views_pk').on(table.decisionId, table.memberId)],
)

/** One row once the main store's audit chain records from when on entries are signed (seals/entry-signing-start.ts). */
export const entrySigningStartRow = sqliteTable('entry_signing_start', {
  id: integer('id').primaryKey(),
  at: text('at').notNull(),
})

/** The tally of a secret ballot (无记名投票) for an entry: the ballots and who counted them; the candidates' counts are on entry_decisions. */
export const entryBallotTallies = sqliteTable('entry_ballot_tallies', {
  entryId: text('entry_id')
    .primaryKey()
    .references(() => bookEntries.id),
  /** 应到 and 实到 when counted. */
  members: integer('members').notNull(),
  present: integer('present').notNull(),
  issued: integer('issued').notNull(),
  returned: integer('returned').notNull(),
  valid: integer('valid').notNull(),
  invalid: integer('invalid').notNull(),
  /** 监票人 and 计票人, names in rank order. */
  scrutineers: text('scrutineers', { mode: 'json' }).$type<string[]>().notNull(),
  tellers: text('tellers', { mode: 'json' }).$type<string[]>().notNull(),
  recordedAt: text('recorded_at').notNull(),
})
