import { settingsSchema, type Settings } from '../../../shared/settings/settings'
import type { Actor } from '../audit/audit-log'
import type { MainDb } from '../db/migrate'
import { readSettingValue, writeSettingValue } from './setting-row'
import { AppError } from '../../../shared/errors'

const generalKey = 'general'

export function readSettings(db: MainDb): Settings {
  const parsed = settingsSchema.safeParse(readSettingValue(db, generalKey))
  if (!parsed.success) throw new AppError('VAULT_DAMAGED', '设置数据已损坏，无法读取。')
  return parsed.data
}

export function writeSettings(db: MainDb, value: Settings, actor: Actor, now: Date): void {
  writeSettingValue(db, generalKey, value, actor, now)
}
