// What a secretary types into a date or time field, read the way the office writes it,
// whatever the machine's locale: 2026年12月5日 / 2026-12-05 / 20261205, 上午9:00 / 09:00.
// Pure functions, so the fields and their tests agree.

const pad = (value: number) => String(value).padStart(2, '0')

function realDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null
  const time = new Date(Date.UTC(year, month - 1, day))
  if (time.getUTCMonth() !== month - 1 || time.getUTCDate() !== day) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

// Full-width digits and punctuation as an IME may give them.
function halfWidth(text: string): string {
  return text.replace(/[０-９：－／．]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/\s+/gu, '')
}

/**
 * A typed date as 'YYYY-MM-DD', or null when it is not a real date. Accepts 2026-12-05,
 * 2026-12-5, 2026/12/5, 2026.12.5, 20261205 and 2026年12月5日 (the 日 optional).
 */
export function parseDateInput(text: string): string | null {
  const value = halfWidth(text)
  const digits = /^(\d{4})(\d{2})(\d{2})$/u.exec(value)
  if (digits) return realDate(Number(digits[1]), Number(digits[2]), Number(digits[3]))
  const parts = /^(\d{4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?$/u.exec(value)
  if (!parts) return null
  // One style of separator: 2026年12-5 is a slip of the keyboard, not a date.
  const separators = value.replace(/[\d日]/gu, '')
  if (separators !== '年月' && (separators.length !== 2 || separators[0] !== separators[1])) return null
  return realDate(Number(parts[1]), Number(parts[2]), Number(parts[3]))
}

/** 'YYYY-MM-DD' → 2026年12月5日; anything else as it is. */
export function formatDateInput(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso)
  if (!match) return iso
  return `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`
}

// Words before a time; after 下午 and 晚上 an hour under 12 is in the afternoon or evening.
const periods = ['凌晨', '早上', '上午', '中午', '下午', '晚上'] as const

/**
 * A typed time as 'HH:MM' (24-hour), or null. Accepts 09:00, 9:00, 0900, 900, 9, 9点, 9点30,
 * 9点半, and the same after 上午 / 中午 / 下午 / 晚上 (下午3:30 is 15:30; 下午15:30 too).
 */
export function parseTimeInput(text: string): string | null {
  let value = halfWidth(text)
  const period = periods.find((word) => value.startsWith(word))
  if (period) value = value.slice(period.length)
  const match = /^(\d{1,2})(?::(\d{2})|点(\d{1,2})分?|点(半)|点)?$/u.exec(value) ?? /^(\d{1,2})(\d{2})$/u.exec(value)
  if (!match) return null
  let hour = Number(match[1])
  const minute = match[4] ? 30 : Number(match[2] ?? match[3] ?? 0)
  if (minute > 59 || hour > 23) return null
  if ((period === '下午' || period === '晚上') && hour < 12) hour += 12
  // 中午1点 is 13:00; 中午11点半 stays in the morning.
  if (period === '中午' && hour < 3) hour += 12
  return `${pad(hour)}:${pad(minute)}`
}

/** 'HH:MM' → 上午9:00 / 中午12:30 / 下午3:30 / 晚上7:00; anything else as it is. */
export function formatTimeInput(time: string): string {
  const match = /^(\d{2}):(\d{2})$/u.exec(time)
  if (!match) return time
  const hour = Number(match[1])
  const minute = match[2]!
  if (hour < 12) return `上午${hour}:${minute}`
  if (hour < 13) return `中午${hour}:${minute}`
  if (hour < 18) return `下午${hour - 12}:${minute}`
  return `晚上${hour - 12}:${minute}`
}
