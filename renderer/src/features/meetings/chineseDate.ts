import { chineseDate as recordDate, localDate } from '../../../../shared/roster/dates'

const weekdays = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']

/** '2026-11-23' → '2026年11月23日', with ' 星期一' when asked; anything else as it is. */
export function chineseDate(date: string, withWeekday = false): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(date)) return date
  const text = recordDate(date)
  if (!withWeekday) return text
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  // A calendar day has no time zone: its weekday is computed in UTC.
  return `${text} ${weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]}`
}

/** Today as 'YYYY-MM-DD' on this machine's calendar (what the date inputs show). */
export const todayIso = () => localDate(new Date())
