import { formatDateTime } from '../../../../shared/format/date-time'
import { chineseDate } from '../../../../shared/roster/dates'

/** '2026-11-23' → '2026年11月23日'; an empty date as a dash, so a table cell is never blank. */
export function dayText(date: string | null | undefined): string {
  if (!date) return '—'
  return /^\d{4}-\d{2}-\d{2}$/u.test(date) ? chineseDate(date) : date
}

/** An ISO instant as the office writes it: 2026年11月24日 09:35. */
export function instantText(iso: string): string {
  const [day, time] = formatDateTime(iso).split(' ')
  return day && time ? `${chineseDate(day)} ${time.slice(0, 5)}` : iso
}

/** The form's 'yyyy.MM' as 1982年5月; anything else as written. */
export function yearMonthText(value: string): string {
  const match = /^(\d{4})\.(\d{2})$/u.exec(value)
  return match ? `${match[1]}年${Number(match[2])}月` : value
}
