import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

// The personnel store (干部任免专用记录本): a separate database with its own data key.
// It holds only its identity until the personnel book is built on it.

export const personnelStoreInfo = sqliteTable('personnel_store_info', {
  id: integer('id').primaryKey(),
  vaultId: text('vault_id').notNull(),
  createdAt: text('created_at').notNull(),
})
