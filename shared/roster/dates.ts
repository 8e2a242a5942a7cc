// Calendar days as 'YYYY-MM-DD' strings. The arithmetic runs in UTC so a day is always
// 24 hours (no daylight-saving surprises) and strings compare in calendar order.

function toUtc(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day))
}

function fromUtc(value: Date): string {
  return value.toISOString().slice(0, 10)
}

/** The day `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  const value = toUtc(date)
  value.setUTCDate(value.getUTCDate() + days)
  return fromUtc(value)
}

/** The day before: the last day of a period that a change on `date` ends. */
export const dayBefore = (date: string) => addDays(date, -1)

/** Today (or the day of `now`) on the local calendar of this machine. */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** 2026-11-23 → 2026年11月23日 (the form used in the records). */
export function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return `${year}年${month}月${day}日`
}

const weekdays = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']

/** '2026-11-23' → '星期一' (a calendar day has no zone: computed in UTC). */
export function weekdayOf(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? ''
}

/** 2026年1月1日至2026年6月30日, or 2026年7月1日起 for a running period. */
export function chinesePeriod(period: DatedPeriod): string {
  return period.endDate === null ? `${chineseDate(period.startDate)}起` : `${chineseDate(period.startDate)}至${chineseDate(period.endDate)}`
}

/** A dated period: `endDate` is its last day (inclusive), null while it runs. */
export interface DatedPeriod {
  startDate: string
  endDate: string | null
}

/** Whether the period includes `date` (its first and last days included). */
export function periodCovers(period: DatedPeriod, date: string): boolean {
  return period.startDate <= date && (period.endDate === null || period.endDate >= date)
}

/** Whether two periods share at least one day. */
export function periodsOverlap(a: DatedPeriod, b: DatedPeriod): boolean {
  return (a.endDate === null || a.endDate >= b.startDate) && (b.endDate === null || b.endDate >= a.startDate)
}

/** The first day two overlapping periods share (the later start). */
export function firstSharedDay(a: DatedPeriod, b: DatedPeriod): string {
  return a.startDate > b.startDate ? a.startDate : b.startDate
}
