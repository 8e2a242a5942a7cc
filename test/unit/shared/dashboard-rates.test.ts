import { describe, expect, it } from 'vitest'
import { formatPercentage, percentage, sumOf } from '../../../shared/dashboard/rates'
import { emptyCalendar } from '../../../shared/calendar/working-days'
import { tallyStatuses, tallyTasks } from '../../../shared/dashboard/task-tally'

describe('percentage', () => {
  it('rounds half up to one decimal', () => {
    expect(percentage(2, 3)).toBe(66.7)
    expect(percentage(1, 3)).toBe(33.3)
    expect(percentage(1, 8)).toBe(12.5)
    expect(percentage(3, 16)).toBe(18.8)
    expect(percentage(21, 22)).toBe(95.5)
    expect(percentage(1, 2000)).toBe(0.1)
    expect(percentage(1, 2001)).toBe(0)
  })

  it('gives whole and empty shares exactly, and null when there is nothing to rate', () => {
    expect(percentage(0, 7)).toBe(0)
    expect(percentage(7, 7)).toBe(100)
    expect(percentage(0, 0)).toBeNull()
  })

  it('refuses negative or non-finite counts', () => {
    expect(() => percentage(-1, 3)).toThrow(RangeError)
    expect(() => percentage(1, Number.NaN)).toThrow(RangeError)
  })

  it('writes the figure the way a report does', () => {
    expect(formatPercentage(95.5)).toBe('95.5%')
    expect(formatPercentage(100)).toBe('100%')
    expect(formatPercentage(0)).toBe('0%')
    expect(formatPercentage(null)).toBe('—')
  })

  it('sums a field', () => {
    expect(sumOf([{ n: 2 }, { n: 5 }], (row) => row.n)).toBe(7)
    expect(sumOf([], (row: { n: number }) => row.n)).toBe(0)
  })
})

describe('tallyTasks', () => {
  // 2026-11-21 is a Saturday: due on Monday the 23rd, overdue from the 24th.
  const groups = [
    { state: 'not_started' as const, deadline: '2026-11-21', count: 3 },
    { state: 'in_progress' as const, deadline: '2026-11-20', count: 2 },
    { state: 'in_progress' as const, deadline: null, count: 1 },
    { state: 'completed' as const, deadline: '2026-10-01', count: 4 },
    { state: 'closed' as const, deadline: '2026-09-01', count: 2 },
  ]

  it('counts overdue by the task-status rule: a weekend deadline moves to Monday, due today is not overdue', () => {
    const monday = tallyTasks(groups, '2026-11-23', emptyCalendar)
    expect(monday.byStatus).toEqual({ not_started: 3, in_progress: 1, completed: 4, closed: 2, overdue: 2 })
    const tuesday = tallyTasks(groups, '2026-11-24', emptyCalendar)
    expect(tuesday.byStatus).toEqual({ not_started: 0, in_progress: 1, completed: 4, closed: 2, overdue: 5 })
    expect(tuesday).toMatchObject({ total: 12, done: 6, completionRate: 50, overdueRate: 41.7 })
  })

  it('follows the office calendar: an extra holiday on Monday moves the deadline to Tuesday', () => {
    const tally = tallyTasks(groups, '2026-11-24', { extraHolidays: ['2026-11-23'], extraWorkdays: [], arrangedYears: [] })
    expect(tally.byStatus.overdue).toBe(2)
    expect(tally.byStatus.not_started).toBe(3)
  })

  it('has no rates without tasks', () => {
    const tally = tallyTasks([], '2026-11-24', emptyCalendar)
    expect(tally).toEqual({ total: 0, byStatus: Object.fromEntries(tallyStatuses.map((status) => [status, 0])), done: 0, completionRate: null, overdueRate: null })
  })
})
