import { addCalendarDays } from '../calendar/working-days'
import type { Period } from './records'

// Periods of the self-check: a year, a half-year, a quarter or any dates; and the calendar
// months and quarters that lie whole inside one and have ended, which the frequency and
// quarterly-report rules judge (a month still running cannot yet have too few meetings).

export type PeriodChoice =
  | { kind: 'year'; year: number }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'dates'; from: string; to: string }

const pad = (value: number) => String(value).padStart(2, '0')

/** The last day of a month (month 1–12). */
export function monthEnd(year: number, month: number): string {
  return addCalendarDays(month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`, -1)
}

function monthsSpan(year: number, firstMonth: number, months: number): Period {
  return { from: `${year}-${pad(firstMonth)}-01`, to: monthEnd(year, firstMonth + months - 1) }
}

export function periodOf(choice: PeriodChoice): Period {
  switch (choice.kind) {
    case 'year':
      return monthsSpan(choice.year, 1, 12)
    case 'half':
      return monthsSpan(choice.year, choice.half === 1 ? 1 : 7, 6)
    case 'quarter':
      return monthsSpan(choice.year, (choice.quarter - 1) * 3 + 1, 3)
    case 'dates':
      return { from: choice.from, to: choice.to }
  }
}

/** 「2026年」「2026年上半年」「2026年第一季度」「2026年3月1日至2026年5月31日」 */
export function periodLabel(choice: PeriodChoice): string {
  const day = (date: string) => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`
  switch (choice.kind) {
    case 'year':
      return `${choice.year}年`
    case 'half':
      return `${choice.year}年${choice.half === 1 ? '上' : '下'}半年`
    case 'quarter':
      return `${choice.year}年第${'一二三四'[choice.quarter - 1]}季度`
    case 'dates':
      return `${day(choice.from)}至${day(choice.to)}`
  }
}

export interface WholeSpan extends Period {
  /** 「3月」, 「2026年3月」 when the period runs over more than one year; 「第一季度」 … */
  label: string
}

function wholeSpans(period: Period, today: string, monthsEach: 1 | 3): WholeSpan[] {
  const spans: WholeSpan[] = []
  const several = period.from.slice(0, 4) !== period.to.slice(0, 4)
  for (let year = Number(period.from.slice(0, 4)); year <= Number(period.to.slice(0, 4)); year++) {
    for (let month = 1; month <= 12; month += monthsEach) {
      const span = monthsSpan(year, month, monthsEach)
      if (span.from < period.from || span.to > period.to || span.to >= today) continue
      const name = monthsEach === 1 ? `${month}月` : `第${'一二三四'[(month - 1) / 3]}季度`
      spans.push({ ...span, label: several || monthsEach === 3 ? `${year}年${name}` : name })
    }
  }
  return spans
}

/** The calendar months wholly inside the period that ended before today. */
export const wholeMonths = (period: Period, today: string) => wholeSpans(period, today, 1)

/** The quarters wholly inside the period that ended before today. */
export const wholeQuarters = (period: Period, today: string) => wholeSpans(period, today, 3)

export const inPeriod = (date: string, period: Period) => date >= period.from && date <= period.to
