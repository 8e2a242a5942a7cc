import officialData from 'chinese-days/dist/chinese-days.json'

// The State Council's holiday arrangements as carried by the `chinese-days` package.
// We read its static table rather than calling its isWorkday(): the package builds its
// lookup at load time with local-time getters on UTC dates, so west of UTC every day
// shifts by one. The table is keyed by plain 'YYYY-MM-DD' strings and has no such trap.

export type OfficialDayKind = 'holiday' | 'adjusted-workday'

export interface OfficialDay {
  kind: OfficialDayKind
  /** The festival in Chinese, e.g. 国庆节. */
  name: string
}

const holidays: Record<string, string> = officialData.holidays
const workdays: Record<string, string> = officialData.workdays

const coveredYears = new Set(Object.keys(holidays).map((date) => Number(date.slice(0, 4))))
const sortedYears = [...coveredYears].sort((a, b) => a - b)

/** The years whose official arrangement is known (2004 through the package's last year). */
export const officialYears = { first: sortedYears[0] ?? 0, last: sortedYears.at(-1) ?? 0 }

export function isOfficialYear(year: number): boolean {
  return coveredYears.has(year)
}

// Entries look like "National Day,国庆节,3": English, Chinese, length.
function chineseName(entry: string): string {
  return entry.split(',')[1] ?? entry
}

/** The official holiday or 调休 working day on `date`, or null for an ordinary day. */
export function officialDay(date: string): OfficialDay | null {
  const holiday = holidays[date]
  if (holiday !== undefined) return { kind: 'holiday', name: chineseName(holiday) }
  const workday = workdays[date]
  if (workday !== undefined) return { kind: 'adjusted-workday', name: chineseName(workday) }
  return null
}
