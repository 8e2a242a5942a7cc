import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { stamps } from './stamps'

// The standing committee over time (常委会组成). History is never rewritten: a change of
// post or rank closes one period and opens the next, so any date's roster can be read back.
// Dates are 'YYYY-MM-DD' (local calendar days); times of change are ISO-8601 UTC.


/** Anyone the records name: members, chairs, presenters, leaders in charge. */
export const people = sqliteTable('people', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** '男' | '女' | null */
  sex: text('sex'),
  /** Where the person works when not a member (e.g. 区发展改革委), for 列席 and presenters. */
  unit: text('unit'),
  note: text('note'),
  ...stamps,
})

/** 届次, e.g. 第十三届, with its dates. */
export const terms = sqliteTable('terms', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  startDate: text('start_date').notNull(),
  /** Last day of the term (inclusive); null while it runs. */
  endDate: text('end_date'),
  ...stamps,
})

/**
 * One period of standing committee membership with one post (职务) and rank (排名, 1 = first).
 * `endDate` is the last day (inclusive); null while the period runs.
 */
export const memberships = sqliteTable(
  'memberships',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    post: text('post').notNull(),
    rank: integer('rank').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    /** Why the period ended (换届, 调离, 职务调整 …); shown in the history. */
    endReason: text('end_reason'),
    ...stamps,
  },
  (table) => [index('memberships_person').on(table.personId), index('memberships_dates').on(table.startDate, table.endDate)],
)

/** A field of work to be divided among members (分工), e.g. 组织工作, 政法工作. */
export const workAreas = sqliteTable('work_areas', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  /** The units in this field (e.g. 区委组织部、区委编办), as free text. */
  units: text('units'),
  sortOrder: integer('sort_order').notNull().default(0),
  archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
  ...stamps,
})

/** A member in charge of a field for a period: 'lead' (主管/分管) or 'assist' (协管). */
export const workAssignments = sqliteTable(
  'work_assignments',
  {
    id: text('id').primaryKey(),
    areaId: text('area_id')
      .notNull()
      .references(() => workAreas.id),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    role: text('role').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    ...stamps,
  },
  (table) => [index('work_assignments_area').on(table.areaId)],
)

/** 缺位互补: `substituteId` covers for `personId` when absent, for a period. */
export const substitutions = sqliteTable('substitutions', {
  id: text('id').primaryKey(),
  personId: text('person_id')
    .notNull()
    .references(() => people.id),
  substituteId: text('substitute_id')
    .notNull()
    .references(() => people.id),
  startDate: text('start_date').notNull(),
  endDate: text('end_date'),
  ...stamps,
})

/** 常委职责清单: one line of a member's duty list, in order. */
export const memberDuties = sqliteTable(
  'member_duties',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    ...stamps,
  },
  (table) => [uniqueIndex('member_duties_order').on(table.personId, table.position)],
)
