import { chineseDate as recordDate, weekdayOf } from '../../../../shared/roster/dates'

/** '2026-11-23' → '2026年11月23日', with ' 星期一' when asked; anything else as it is. */
export function chineseDate(date: string, withWeekday = false): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(date)) return date
  const text = recordDate(date)
  return withWeekday ? `${text} ${weekdayOf(date)}` : text
}
