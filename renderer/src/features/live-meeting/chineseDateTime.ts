import { formatDateTime } from '../../../../shared/format/date-time'
import { chineseDate } from '../meetings/chineseDate'

/** An ISO timestamp as the office writes it: 2026年11月24日 09:35. */
export function chineseDateTime(iso: string): string {
  const local = formatDateTime(iso)
  const [day, time] = local.split(' ')
  return day && time ? `${chineseDate(day)} ${time.slice(0, 5)}` : local
}
