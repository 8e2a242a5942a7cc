import { isOfficialYear } from './official-days'

// A working-day count is only as good as the year's holiday arrangement. The bundled data
// stops at its last year; the State Council publishes the next one in Oct–Dec, and until the
// office enters it (by hand or from an .ics) such a year is counted by weekends alone. Every
// computation says which such years it touched, so the screen showing its result can say so.

/** The part of the office's calendar (WorkingCalendar) that says which years it entered. */
export interface ArrangedYears {
  arrangedYears: readonly number[]
}

/** Whether `year`'s official arrangement is known: bundled, or entered by the office. */
export function hasArrangement(year: number, calendar: ArrangedYears): boolean {
  return isOfficialYear(year) || calendar.arrangedYears.includes(year)
}

/** The years from `from` to `to` (dates 'YYYY-MM-DD', either order) without a known arrangement. */
export function uncoveredYears(from: string, to: string, calendar: ArrangedYears): number[] {
  const [first, last] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))].sort((a, b) => a - b) as [number, number]
  const years: number[] = []
  for (let year = first; year <= last; year += 1) if (!hasArrangement(year, calendar)) years.push(year)
  return years
}

/** Union of several computations' uncovered years, sorted. */
export function mergeUncoveredYears(...lists: readonly (readonly number[])[]): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b)
}

/** 「2027年法定节假日安排尚未录入，按周末计算」, or null when every year was covered. */
export function uncoveredYearsNote(years: readonly number[]): string | null {
  if (years.length === 0) return null
  return `${years.map((year) => `${year}年`).join('、')}法定节假日安排尚未录入，按周末计算`
}

/** A message about a working-day count, followed by the note when it touched uncovered years. */
export function withUncoveredNote(message: string, years: readonly number[]): string {
  const note = uncoveredYearsNote(years)
  return note === null ? message : `${message}（${note}）`
}
