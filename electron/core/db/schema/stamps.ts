import { text } from 'drizzle-orm/sqlite-core'

/** Who created and last changed a row, and when (ISO-8601 UTC); spread into a table's columns. */
export const stamps = {
  createdAt: text('created_at').notNull(),
  createdBy: text('created_by'),
  updatedAt: text('updated_at').notNull(),
  updatedBy: text('updated_by'),
}
