import { eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { defaultDocumentSettings, documentSettingsSchema, type DocumentSettings } from '../../../shared/documents/settings'
import type { Actor } from '../audit/audit-log'
import type { MainDb } from '../db/migrate'
import { settings } from '../db/schema/main'
import { readSettings } from '../settings/settings-store'

// 设置 → 公文, one JSON value under its own key; an office that never saved them gets the
// defaults worded from its committee's name.

const documentsKey = 'documents'

export function readDocumentSettings(db: MainDb): DocumentSettings {
  const row = db.select().from(settings).where(eq(settings.key, documentsKey)).get()
  if (!row) return defaultDocumentSettings(readSettings(db).committeeName)
  const parsed = documentSettingsSchema.safeParse(row.value)
  if (!parsed.success) throw new AppError('VAULT_DAMAGED', '公文设置数据已损坏，无法读取。')
  return parsed.data
}

export function writeDocumentSettings(db: MainDb, value: DocumentSettings, actor: Actor, now: Date): void {
  const at = now.toISOString()
  db.insert(settings)
    .values({ key: documentsKey, value, updatedAt: at, updatedBy: actor.userId })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at, updatedBy: actor.userId } })
    .run()
}
