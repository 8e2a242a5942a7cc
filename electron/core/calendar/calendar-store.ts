import { workingCalendarSchema } from '../../../shared/calendar/calendar-schema'
import type { WorkingCalendar } from '../../../shared/calendar/working-days'
import { AppError } from '../../../shared/errors'
import type { Actor } from '../audit/audit-log'
import type { MainDb } from '../db/migrate'
import { readSettingValue, writeSettingValue } from '../settings/setting-row'

// The office's working-day overrides, one JSON value in the settings table. Absent means
// the office has added nothing: official data and weekends alone decide.

const calendarKey = 'workingCalendar'

export function readWorkingCalendar(db: MainDb): WorkingCalendar {
  const stored = readSettingValue(db, calendarKey)
  if (stored === undefined) return { extraHolidays: [], extraWorkdays: [], arrangedYears: [] }
  const parsed = workingCalendarSchema.safeParse(stored)
  if (!parsed.success) {
    const first = parsed.error.issues[0]?.message ?? '格式不正确'
    throw new AppError('VAULT_DAMAGED', `设置中的工作日历（休息日、调休工作日）已损坏，无法读取：${first}。请在“设置”中重新保存工作日历，或从备份恢复。`)
  }
  return parsed.data
}

/** Validates, sorts and stores the calendar; the caller wraps it in its transaction with the audit entry. */
export function writeWorkingCalendar(db: MainDb, calendar: WorkingCalendar, actor: Actor, now: Date): WorkingCalendar {
  const parsed = workingCalendarSchema.safeParse(calendar)
  if (!parsed.success) {
    throw new AppError('INVALID_INPUT', `工作日历不符合要求：${parsed.error.issues[0]?.message ?? '格式不正确'}`)
  }
  writeSettingValue(db, calendarKey, parsed.data, actor, now)
  return parsed.data
}
