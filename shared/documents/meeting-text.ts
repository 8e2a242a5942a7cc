import { officeTimeZone } from '../calendar/local-day'
import { meetingNumberLabel } from '../meetings/status'
import type { GuestView, MeetingDetail } from '../meetings/views'
import { chineseDate, weekdayOf } from '../roster/dates'
import { bodyFullName } from './minutes/draft'

// Wording shared by the 会议通知 and the 会议记录: the meeting's full name, dates with the
// weekday, times as written in 公文 (上午9:00), and lists of people.

/** 2026-11-20 → 2026年11月20日（星期五） */
export function chineseDateWithWeekday(date: string): string {
  return `${chineseDate(date)}（${weekdayOf(date)}）`
}

/** 09:00 → 上午9:00, 12:10 → 中午12:10, 14:30 → 下午2:30, 19:00 → 晚上7:00, 01:30 → 凌晨1:30 */
export function chineseTime(time: string): string {
  const [hour, minute] = time.split(':').map(Number) as [number, number]
  const part = hour < 6 ? '凌晨' : hour < 12 ? '上午' : hour < 13 ? '中午' : hour < 18 ? '下午' : '晚上'
  const shown = hour > 12 ? hour - 12 : hour
  return `${part}${shown}:${String(minute).padStart(2, '0')}`
}

const clock = new Intl.DateTimeFormat('en-GB', { timeZone: officeTimeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** An instant (ISO) as the office's clock shows it: 09:40. */
export const officeClockTime = (at: string): string => clock.format(new Date(at))

/** When the meeting ended (散会): the recorded end time, else the time it was marked ended, in the office's zone. */
export function endTimeOf(detail: Pick<MeetingDetail, 'endTime' | 'endedAt'>): string | null {
  if (detail.endTime) return detail.endTime
  return detail.endedAt ? officeClockTime(detail.endedAt) : null
}

/** 上午9:00至11:30 (the part of day said once when it is the same), or the start alone. */
export function chineseTimeSpan(start: string, end: string | null): string {
  if (!end) return chineseTime(start)
  const from = chineseTime(start)
  const to = chineseTime(end)
  return from.slice(0, 2) === to.slice(0, 2) ? `${from}至${to.slice(2)}` : `${from}至${to}`
}

/** 2026年第15次区委常委会会议 */
export function meetingFullName(detail: Pick<MeetingDetail, 'body' | 'year' | 'termName' | 'sequence'>, issuerShortName: string): string {
  return meetingNumberLabel({ numbering: detail.body.numbering, year: detail.year, termName: detail.termName, sequence: detail.sequence, bodyName: bodyFullName(issuerShortName, detail.body.name) })
}

/** 张三、李四 */
export const nameList = (names: readonly string[]): string => names.join('、')

/** 李明（区发展改革委主任）、区财政局 */
export const guestList = (guests: readonly GuestView[]): string => guests.map((guest) => (guest.post ? `${guest.name}（${guest.post}）` : guest.name)).join('、')

/** 一 … 二十: the numbers of 一、 and （一） headings. */
export function chineseNumber(value: number): string {
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九']
  if (value < 10) return digits[value] ?? String(value)
  if (value < 20) return `十${digits[value - 10] ?? ''}`
  if (value < 100) return `${digits[Math.floor(value / 10)] ?? ''}十${digits[value % 10] ?? ''}`
  return String(value)
}
