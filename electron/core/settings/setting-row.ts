import { eq } from 'drizzle-orm'
import type { Actor } from '../audit/audit-log'
import type { MainDb } from '../db/migrate'
import { settings } from '../db/schema/main'

// One JSON value per key in the encrypted settings table: each store (office, 议事规则, 工作日历,
// backups, 公文) validates its own value with its own schema and reads and writes it here.

/** The stored value of `key`, or undefined when it was never saved. */
export function readSettingValue(db: MainDb, key: string): unknown {
  return db.select().from(settings).where(eq(settings.key, key)).get()?.value
}

export function writeSettingValue(db: MainDb, key: string, value: unknown, actor: Actor | null, now: Date): void {
  const at = now.toISOString()
  const updatedBy = actor?.userId ?? null
  db.insert(settings).values({ key, value, updatedAt: at, updatedBy }).onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at, updatedBy } }).run()
}
