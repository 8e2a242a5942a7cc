import type { MaterialDeadline } from '../meetings/views'
import { uncoveredYears } from './coverage'
import { officialDay, type OfficialDay } from './official-days'

// Working days for deadlines (材料截止, 任前公示 ≥ 5 working days): the office's own
// overrides first, then the official arrangement (holidays and 调休 working weekends) for
// the years `chinese-days` covers, else plain Monday to Friday. Dates are calendar days
// 'YYYY-MM-DD' with no time zone; arithmetic is done on UTC day numbers so the machine's
// zone can never shift a day.

/** The office's corrections, kept in Settings; later years are added here by hand. */
export interface WorkingCalendar {
  /** Days off that are not in the official data (e.g. a local holiday). */
  extraHolidays: string[]
  /** Days worked that the data would call days off. */
  extraWorkdays: string[]
  /**
   * Years beyond the bundled data whose official arrangement the office has entered (by
   * hand, or imported from an .ics): their computations carry no 「尚未录入」 note.
   */
  arrangedYears: number[]
}

// Frozen through and through: a caller pushing into it would change every empty calendar.
export const emptyCalendar: WorkingCalendar = Object.freeze({ extraHolidays: Object.freeze([]), extraWorkdays: Object.freeze([]), arrangedYears: Object.freeze([]) }) as unknown as WorkingCalendar

const dayMs = 86_400_000
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/u

/** The UTC day number of a 'YYYY-MM-DD' date; throws on anything that is not a real date. */
function dayNumber(date: string): number {
  const match = datePattern.exec(date)
  if (!match) throw new RangeError(`不是 年-月-日 格式的日期：${date}`)
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const time = Date.UTC(year, month - 1, day)
  const check = new Date(time)
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`不存在的日期：${date}`)
  }
  return time / dayMs
}

function dateOf(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10)
}

/** The day `days` calendar days after `date` (negative: before). */
export function addCalendarDays(date: string, days: number): string {
  return dateOf(dayNumber(date) + days)
}

export type DayKind = 'office-holiday' | 'office-workday' | OfficialDay['kind'] | 'weekend' | 'weekday'

export interface DayDescription {
  date: string
  working: boolean
  kind: DayKind
  /** The festival for official days (国庆节), else null. */
  name: string | null
}

/** Whether `date` is worked, and why: for the calendar screen and for explaining a deadline. */
export function describeDay(date: string, calendar: WorkingCalendar): DayDescription {
  const weekday = new Date(dayNumber(date) * dayMs).getUTCDay()
  if (calendar.extraHolidays.includes(date)) return { date, working: false, kind: 'office-holiday', name: null }
  if (calendar.extraWorkdays.includes(date)) return { date, working: true, kind: 'office-workday', name: null }
  const official = officialDay(date)
  if (official) return { date, working: official.kind === 'adjusted-workday', kind: official.kind, name: official.name }
  const weekend = weekday === 0 || weekday === 6
  return { date, working: !weekend, kind: weekend ? 'weekend' : 'weekday', name: null }
}

export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  return describeDay(date, calendar).working
}

/**
 * The day `n` working days after `date` (n < 0: before). n = 0 is `date` itself, worked or
 * not. Counting starts from the next (previous) day, so `date` itself never counts.
 */
export function addWorkingDays(date: string, n: number, calendar: WorkingCalendar): string {
  if (!Number.isInteger(n)) throw new RangeError('工作日数必须是整数')
  const step = Math.sign(n)
  let day = dayNumber(date)
  let remaining = Math.abs(n)
  while (remaining > 0) {
    day += step
    if (isWorkingDay(dateOf(day), calendar)) remaining -= 1
  }
  return dateOf(day)
}

/** The day `n` working days before `date`: a meeting on Monday with n = 2 gives the Thursday before. */
export function workingDaysBefore(date: string, n: number, calendar: WorkingCalendar): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('工作日数必须是不小于 0 的整数')
  return addWorkingDays(date, -n, calendar)
}

/** Working days from `start` to `end`, both included; 0 when `end` is before `start`. */
export function countWorkingDays(start: string, end: string, calendar: WorkingCalendar): number {
  const last = dayNumber(end)
  let count = 0
  for (let day = dayNumber(start); day <= last; day += 1) {
    if (isWorkingDay(dateOf(day), calendar)) count += 1
  }
  return count
}

/**
 * When an item's materials were due (`workingDays` working days before the meeting) and
 * whether they came in time. `receivedDates` are local calendar days (see localDay); the
 * last one decides, because a late replacement makes the set late.
 */
export function materialDeadline(meetingDate: string, receivedDates: readonly string[], workingDays: number, calendar: WorkingCalendar): MaterialDeadline {
  const due = workingDaysBefore(meetingDate, workingDays, calendar)
  const uncovered = uncoveredYears(due, meetingDate, calendar)
  if (receivedDates.length === 0) return { due, workingDays, state: 'missing', uncoveredYears: uncovered }
  for (const received of receivedDates) dayNumber(received)
  const last = [...receivedDates].sort().at(-1) as string
  return { due, workingDays, state: last > due ? 'late' : 'ok', uncoveredYears: uncovered }
}
