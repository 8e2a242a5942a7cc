import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { bodies, meetings } from './meetings'
import { stamps } from './stamps'

// 会议纪要: one per meeting, drafted from the record and edited by the secretary, then
// 起草 → 审核 → 签发. Once issued its row never changes (trigger in the migration).

export const minutes = sqliteTable(
  'minutes',
  {
    id: text('id').primaryKey(),
    meetingId: text('meeting_id')
      .notNull()
      .unique()
      .references(() => meetings.id),
    bodyId: text('body_id')
      .notNull()
      .references(() => bodies.id),
    /** 第×期 is counted per body per year. */
    year: integer('year').notNull(),
    issueNumber: integer('issue_number').notNull(),
    /** MinutesStatus: draft | reviewed | issued */
    status: text('status').notNull(),
    /** The edited text and options as JSON (shared/documents/minutes). */
    content: text('content', { mode: 'json' }).notNull(),
    draftedAt: text('drafted_at').notNull(),
    draftedBy: text('drafted_by'),
    draftedByName: text('drafted_by_name').notNull(),
    reviewedAt: text('reviewed_at'),
    reviewedBy: text('reviewed_by'),
    reviewedByName: text('reviewed_by_name'),
    issuedAt: text('issued_at'),
    issuedBy: text('issued_by'),
    issuedByName: text('issued_by_name'),
    /** 签发人: the member who signed (usually the 书记), apart from the operator who entered it (issuedBy). */
    signerId: text('signer_id'),
    signerName: text('signer_name'),
    /** The day the 签发人 signed (YYYY-MM-DD): the 纪要's date (成文日期). */
    signedOn: text('signed_on'),
    ...stamps,
  },
  (table) => [uniqueIndex('minutes_number').on(table.bodyId, table.year, table.issueNumber), index('minutes_status').on(table.status), index('minutes_signer').on(table.signerId)],
)
