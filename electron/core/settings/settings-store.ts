import { eq } from 'drizzle-orm'
import { settingsSchema, type Settings } from '../../../shared/settings/settings'
import type { Actor } from '../audit/audit-log'
import type { MainDb } from '../db/migrate'
import { settings } from '../db/schema/main'
import { AppError } from '../../../shared/errors'

const generalKey = 'general'

export function readSettings(db: MainDb): Settings {
  const row = db.select().from(settings).where(eq(settings.key, generalKey)).get()
  const parsed = settingsSchema.safeParse(row?.value)
  if (!parsed.success) throw new AppError('VAULT_DAMAGED', '设置数据已损坏，无法读取。')
  return parsed.data
}

export function writeSettings(db: MainDb, value: Settings, actor: Actor, now: Date): void {
  const at = now.toISOString()
  db.insert(settings)
    .values({ key: generalKey, value, updatedAt: at, updatedBy: actor.userId })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at, updatedBy: actor.userId } })
    .run()
}
