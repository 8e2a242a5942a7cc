import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { agendaItems, meetings } from './meetings'
import { people } from './roster'
import { stamps } from './stamps'

// The papers of a meeting day (migration 0012): the 签到表's ticks and the numbered copies of
// classified materials (涉密材料分发回收登记).

/** A member the secretary ticked as signed on the printed 签到表 (no row: not signed). */
export const meetingSignIns = sqliteTable(
  'meeting_sign_ins',
  {
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by'),
  },
  (table) => [primaryKey({ columns: [table.meetingId, table.personId] })],
)

/** A classified material handed out at the meeting, for one item or the whole meeting. */
export const secretMaterials = sqliteTable(
  'secret_materials',
  {
    id: text('id').primaryKey(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id),
    agendaItemId: text('agenda_item_id').references(() => agendaItems.id),
    title: text('title').notNull(),
    /** ClassificationLevel other than none */
    classificationLevel: text('classification_level').notNull(),
    classificationYears: integer('classification_years'),
    ...stamps,
  },
  (table) => [index('secret_materials_meeting').on(table.meetingId)],
)

/** One numbered copy (份号) of a classified material and its recipient, as printed. */
export const secretCopies = sqliteTable(
  'secret_copies',
  {
    id: text('id').primaryKey(),
    materialId: text('material_id')
      .notNull()
      .references(() => secretMaterials.id),
    copyNumber: integer('copy_number').notNull(),
    /** CopyRecipientGroup: member | guest */
    recipientGroup: text('recipient_group').notNull(),
    recipientName: text('recipient_name').notNull(),
    recipientPost: text('recipient_post'),
    /** CopyState: out | returned | settled */
    state: text('state').notNull(),
    /** Why a copy not returned is closed: 会后补交, 已按规定销毁 … */
    note: text('note'),
    returnedAt: text('returned_at'),
    ...stamps,
  },
  (table) => [uniqueIndex('secret_copies_number').on(table.materialId, table.copyNumber)],
)
