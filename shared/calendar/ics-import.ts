import { isOfficialYear } from './official-days'
import type { YearArrangement } from './ics-arrangement'
import type { WorkingCalendar } from './working-days'

// What importing an arrangement does to the office calendar, worked out before anything is
// saved so the secretary sees it first. Years the bundled data covers are left alone (the
// bundled data is the State Council's own); for the others the file's days are added, a
// day the office had marked the other way follows the file, and the year counts as entered.

export interface YearImportPlan {
  year: number
  /** The bundled data already has this year: nothing is taken from the file for it. */
  bundled: boolean
  /** Days off the import adds (those not yet in the office's list). */
  addHolidays: string[]
  /** 调休 working days the import adds. */
  addWorkdays: string[]
  /** Days the office had entered the other way round, which the import turns over. */
  turned: string[]
  /** Days of the file the office's lists already have as the file says. */
  alreadyEntered: number
  /** The year was already ticked as entered. */
  wasArranged: boolean
}

export function planIcsImport(years: readonly YearArrangement[], calendar: WorkingCalendar): YearImportPlan[] {
  const holidays = new Set(calendar.extraHolidays)
  const workdays = new Set(calendar.extraWorkdays)
  return years.map((arrangement) => {
    const bundled = isOfficialYear(arrangement.year)
    const pick = (dates: readonly string[], own: Set<string>) => (bundled ? [] : dates.filter((date) => !own.has(date)))
    const addHolidays = pick(arrangement.holidays, holidays)
    const addWorkdays = pick(arrangement.workdays, workdays)
    const turned = [...addHolidays.filter((date) => workdays.has(date)), ...addWorkdays.filter((date) => holidays.has(date))].sort()
    const fileDays = arrangement.holidays.length + arrangement.workdays.length
    return {
      year: arrangement.year,
      bundled,
      addHolidays,
      addWorkdays,
      turned,
      alreadyEntered: bundled ? 0 : fileDays - addHolidays.length - addWorkdays.length,
      wasArranged: calendar.arrangedYears.includes(arrangement.year),
    }
  })
}

/** The office calendar after the import (the caller validates and saves it). */
export function applyIcsImport(calendar: WorkingCalendar, plan: readonly YearImportPlan[]): WorkingCalendar {
  const taken = plan.filter((year) => !year.bundled)
  const newHolidays = new Set(taken.flatMap((year) => year.addHolidays))
  const newWorkdays = new Set(taken.flatMap((year) => year.addWorkdays))
  return {
    extraHolidays: [...calendar.extraHolidays.filter((date) => !newWorkdays.has(date)), ...newHolidays].sort(),
    extraWorkdays: [...calendar.extraWorkdays.filter((date) => !newHolidays.has(date)), ...newWorkdays].sort(),
    arrangedYears: [...new Set([...calendar.arrangedYears, ...taken.map((year) => year.year)])].sort((a, b) => a - b),
  }
}

/** 「导入2027年放假安排：休息日 17 天，调休上班 6 天」 for the audit log. */
export function icsImportSummary(fileName: string, plan: readonly YearImportPlan[]): string {
  const taken = plan.filter((year) => !year.bundled)
  const parts = taken.map((year) => `${year.year}年（休息日 ${year.addHolidays.length} 天，调休上班 ${year.addWorkdays.length} 天${year.turned.length > 0 ? `，改变本单位原有 ${year.turned.length} 天` : ''}）`)
  return `从“${fileName}”导入国家放假安排：${parts.length > 0 ? parts.join('；') : '无新增'}`
}
