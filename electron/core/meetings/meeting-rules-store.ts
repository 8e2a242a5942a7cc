import { AppError } from '../../../shared/errors'
import { meetingRulesSchema } from '../../../shared/ipc/channels/meetings'
import type { MeetingRules } from '../../../shared/meetings/views'
import type { Actor } from '../audit/audit-log'
import type { MainDb } from '../db/migrate'
import { readSettingValue, writeSettingValue } from '../settings/setting-row'

// 议事规则 live in the encrypted settings table under their own key, beside the office settings.
const settingsKey = 'meetingRules'

export const defaultMeetingRules: MeetingRules = { quorumReading: 'half-or-more', materialDeadlineWorkingDays: 2 }

/** The office's meeting rules; a vault that never saved them gets the defaults. */
export function readMeetingRules(db: MainDb): MeetingRules {
  const stored = readSettingValue(db, settingsKey)
  if (stored === undefined) return { ...defaultMeetingRules }
  const parsed = meetingRulesSchema.safeParse(stored)
  if (!parsed.success) throw new AppError('VAULT_DAMAGED', '议事规则设置数据已损坏，无法读取。')
  return parsed.data
}

export function writeMeetingRules(db: MainDb, value: MeetingRules, actor: Actor, now: Date): void {
  writeSettingValue(db, settingsKey, value, actor, now)
}
