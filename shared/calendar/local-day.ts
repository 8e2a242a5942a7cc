// Timestamps are stored as ISO UTC instants; deadlines are calendar days in the office's
// zone. 2026-11-19T17:30:00Z is already 20 November in Beijing, and that is the day that
// counts. Intl does the conversion, so this works the same in Node and in the renderer.

export const officeTimeZone = 'Asia/Shanghai'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'gregory', numberingSystem: 'latn' })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The calendar day 'YYYY-MM-DD' of an instant in `timeZone` (default: the office's, Asia/Shanghai). */
export function localDay(instant: string | Date, timeZone: string = officeTimeZone): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant
  if (Number.isNaN(date.getTime())) throw new RangeError(`不是有效的时间：${String(instant)}`)
  const parts = formatterFor(timeZone).formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? ''
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`
}
