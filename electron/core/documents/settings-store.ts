import { AppError } from '../../../shared/errors'
import { defaultDocumentSettings, documentSettingsSchema, withLaterSettings, type DocumentSettings } from '../../../shared/documents/settings'
import type { Actor } from '../audit/audit-log'
import type { MainDb } from '../db/migrate'
import { readSettingValue, writeSettingValue } from '../settings/setting-row'
import { readSettings } from '../settings/settings-store'

// 设置 → 公文, one JSON value under its own key; an office that never saved them gets the
// defaults worded from its committee's name.

const documentsKey = 'documents'

export function readDocumentSettings(db: MainDb): DocumentSettings {
  const stored = readSettingValue(db, documentsKey)
  if (stored === undefined) return defaultDocumentSettings(readSettings(db).committeeName)
  const parsed = documentSettingsSchema.safeParse(withLaterSettings(stored))
  if (!parsed.success) throw new AppError('VAULT_DAMAGED', '公文设置数据已损坏，无法读取。')
  return parsed.data
}

export function writeDocumentSettings(db: MainDb, value: DocumentSettings, actor: Actor, now: Date): void {
  writeSettingValue(db, documentsKey, value, actor, now)
}
