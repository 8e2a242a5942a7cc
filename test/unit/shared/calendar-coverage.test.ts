import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { hasArrangement, mergeUncoveredYears, uncoveredYears, uncoveredYearsNote, withUncoveredNote } from '../../../shared/calendar/coverage'
import { readIcsArrangement } from '../../../shared/calendar/ics-arrangement'
import { applyIcsImport, planIcsImport } from '../../../shared/calendar/ics-import'
import { isOfficialYear, officialYears } from '../../../shared/calendar/official-days'
import { countWorkingDays, emptyCalendar, materialDeadline, type WorkingCalendar } from '../../../shared/calendar/working-days'
import { noticePeriodProblem } from '../../../shared/documents/personnel/public-notice'
import { deadlineUncoveredYears, effectiveDeadline, isOverdue } from '../../../shared/follow-up/task-status'
import { reminderUncoveredYears } from '../../../shared/personnel/reminders'
import { earliestNoticeEnd, noticeUncoveredYears } from '../../../shared/personnel/stage-rules'

// Years past the bundled data (chinese-days 1.5.7 carries 2004–2026) are counted by weekends
// until the office enters the year's arrangement; every computation says which such years it
// touched. Boundaries: the 2027 Spring Festival (初一 Saturday 6 February) and the year end.

const fixture = readFileSync(join(__dirname, '../../fixtures/ics/2027.ics'), 'utf8')

/** The office calendar after importing the fixture's 2027 arrangement. */
function with2027(): WorkingCalendar {
  const reading = readIcsArrangement(fixture)
  if (!reading.ok) throw new Error(reading.problem)
  return applyIcsImport(emptyCalendar, planIcsImport(reading.years, emptyCalendar))
}

afterEach(() => {
  vi.useRealTimers()
})

describe('which years the bundled data covers', () => {
  it('is 2004 through 2026, every year in between', () => {
    expect(officialYears).toEqual({ first: 2004, last: 2026 })
    for (let year = 2004; year <= 2026; year += 1) expect(isOfficialYear(year)).toBe(true)
    expect(isOfficialYear(2003)).toBe(false)
    expect(isOfficialYear(2027)).toBe(false)
  })

  it('a year counts as arranged when bundled or entered by the office', () => {
    expect(hasArrangement(2026, emptyCalendar)).toBe(true)
    expect(hasArrangement(2027, emptyCalendar)).toBe(false)
    expect(hasArrangement(2027, { ...emptyCalendar, arrangedYears: [2027] })).toBe(true)
  })

  it('lists the uncovered years between two dates, in either order, and words the note', () => {
    expect(uncoveredYears('2026-12-28', '2027-01-04', emptyCalendar)).toEqual([2027])
    expect(uncoveredYears('2027-01-04', '2026-12-28', emptyCalendar)).toEqual([2027])
    expect(uncoveredYears('2026-12-21', '2026-12-25', emptyCalendar)).toEqual([])
    expect(uncoveredYears('2026-12-28', '2028-01-03', { ...emptyCalendar, arrangedYears: [2027] })).toEqual([2028])
    expect(mergeUncoveredYears([2028], [2027, 2028], [])).toEqual([2027, 2028])
    expect(uncoveredYearsNote([])).toBeNull()
    expect(uncoveredYearsNote([2027])).toBe('2027年法定节假日安排尚未录入，按周末计算')
    expect(uncoveredYearsNote([2027, 2028])).toBe('2027年、2028年法定节假日安排尚未录入，按周末计算')
    expect(withUncoveredNote('最早可于2027年1月1日结束', [2027])).toBe('最早可于2027年1月1日结束（2027年法定节假日安排尚未录入，按周末计算）')
  })
})

describe('material deadline (2 working days before the meeting) in 2027', () => {
  // Monday 15 February 2027, the first working day after the Spring Festival in the fixture.
  it('without the 2027 arrangement: by weekends, with the note', () => {
    expect(materialDeadline('2027-02-15', [], 2, emptyCalendar)).toEqual({ due: '2027-02-11', workingDays: 2, state: 'missing', uncoveredYears: [2027] })
  })

  it('with the arrangement imported: before the holiday, no note', () => {
    // 5–13 February off; the 14th is a Sunday: Thursday the 4th is one, Wednesday the 3rd two.
    expect(materialDeadline('2027-02-15', ['2027-02-03'], 2, with2027())).toEqual({ due: '2027-02-03', workingDays: 2, state: 'ok', uncoveredYears: [] })
    expect(materialDeadline('2027-02-15', ['2027-02-04'], 2, with2027()).state).toBe('late')
  })

  it('a year the office entered by hand gives no note', () => {
    const byHand: WorkingCalendar = { extraHolidays: ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'], extraWorkdays: [], arrangedYears: [2027] }
    expect(materialDeadline('2027-02-15', [], 2, byHand)).toEqual({ due: '2027-02-03', workingDays: 2, state: 'missing', uncoveredYears: [] })
  })

  it('a meeting early in January reaches back into December 2026, which is covered', () => {
    // Tuesday 5 January 2027: by weekends the 4th is one and Friday 1 January two.
    expect(materialDeadline('2027-01-05', [], 2, emptyCalendar)).toMatchObject({ due: '2027-01-01', uncoveredYears: [2027] })
    // With 1–3 January off: the 4th, then Thursday 31 December 2026.
    expect(materialDeadline('2027-01-05', [], 2, with2027())).toMatchObject({ due: '2026-12-31', uncoveredYears: [] })
    // Within 2026 alone nothing is noted.
    expect(materialDeadline('2026-12-21', [], 2, emptyCalendar)).toMatchObject({ due: '2026-12-17', uncoveredYears: [] })
  })
})

describe('任前公示 (≥ 5 working days) across the year end', () => {
  it('from Monday 28 December 2026: by weekends it may end on 1 January 2027, and says so', () => {
    expect(earliestNoticeEnd('2026-12-28', emptyCalendar)).toBe('2027-01-01')
    expect(noticeUncoveredYears('2026-12-28', emptyCalendar)).toEqual([2027])
    expect(noticePeriodProblem({ start: '2026-12-28', end: '2026-12-31' }, emptyCalendar)).toBe(
      '任前公示期不少于 5 个工作日：2026年12月28日至2026年12月31日只有 4 个工作日，最早可于2027年1月1日结束（2027年法定节假日安排尚未录入，按周末计算）',
    )
  })

  it('with 2027 entered: 元旦 does not count, the notice ends Monday 4 January, no note', () => {
    expect(earliestNoticeEnd('2026-12-28', with2027())).toBe('2027-01-04')
    expect(noticeUncoveredYears('2026-12-28', with2027())).toEqual([])
    expect(countWorkingDays('2026-12-28', '2027-01-04', with2027())).toBe(5)
    expect(noticePeriodProblem({ start: '2026-12-28', end: '2027-01-01' }, with2027())).toBe('任前公示期不少于 5 个工作日：2026年12月28日至2027年1月1日只有 4 个工作日，最早可于2027年1月4日结束')
  })

  it('a notice that ends inside 2026 carries no note', () => {
    expect(earliestNoticeEnd('2026-12-21', emptyCalendar)).toBe('2026-12-25')
    expect(noticeUncoveredYears('2026-12-21', emptyCalendar)).toEqual([])
  })

  it('across the 2027 Spring Festival', () => {
    // From Wednesday 3 February: by weekends 3, 4, 5, 8, 9; with the holiday 3, 4, 15, 16, 17.
    expect(earliestNoticeEnd('2027-02-03', emptyCalendar)).toBe('2027-02-09')
    expect(earliestNoticeEnd('2027-02-03', with2027())).toBe('2027-02-17')
  })
})

describe('personnel reminders', () => {
  it('note the years only when the reminder stands on the earliest end, not on an entered one', () => {
    const running = { stages: { noticeEnd: null }, noticeUncoveredYears: noticeUncoveredYears('2026-12-28', emptyCalendar) }
    expect(reminderUncoveredYears(running)).toEqual([2027])
    expect(reminderUncoveredYears({ ...running, stages: { noticeEnd: '2027-01-05' } })).toEqual([])
  })
})

describe('督办 overdue in 2027', () => {
  it('a deadline on Saturday 6 February 2027 moves to the next working day, with the note when 2027 is not entered', () => {
    expect(effectiveDeadline('2027-02-06', emptyCalendar)).toBe('2027-02-08')
    expect(deadlineUncoveredYears('2027-02-06', emptyCalendar)).toEqual([2027])
    const open = { state: 'in_progress' as const, deadline: '2027-02-06' }
    expect(isOverdue(open, '2027-02-09', emptyCalendar)).toBe(true)
    // With the arrangement the holiday runs to the 13th and the 14th is a Sunday: due the 15th.
    expect(effectiveDeadline('2027-02-06', with2027())).toBe('2027-02-15')
    expect(deadlineUncoveredYears('2027-02-06', with2027())).toEqual([])
    expect(isOverdue(open, '2027-02-09', with2027())).toBe(false)
    expect(isOverdue(open, '2027-02-16', with2027())).toBe(true)
  })

  it('a deadline on Thursday 31 December 2026 stays there, no note; one on Saturday 26 December moves to the 28th', () => {
    expect(deadlineUncoveredYears('2026-12-31', emptyCalendar)).toEqual([])
    expect(effectiveDeadline('2026-12-26', emptyCalendar)).toBe('2026-12-28')
    expect(deadlineUncoveredYears('2026-12-26', emptyCalendar)).toEqual([])
  })
})

describe('independent of the machine’s date', () => {
  it('gives the same answers whatever day the clock says', () => {
    const answers = () => [
      materialDeadline('2027-02-15', [], 2, emptyCalendar),
      materialDeadline('2027-02-15', [], 2, with2027()),
      earliestNoticeEnd('2026-12-28', emptyCalendar),
      earliestNoticeEnd('2026-12-28', with2027()),
      effectiveDeadline('2027-02-06', with2027()),
      noticeUncoveredYears('2026-12-28', emptyCalendar),
    ]
    const results = ['2020-06-01T00:00:00Z', '2026-12-31T23:59:59+08:00', '2027-02-06T12:00:00Z', '2031-01-01T00:00:00Z'].map((instant) => {
      vi.useFakeTimers({ now: new Date(instant) })
      const result = answers()
      vi.useRealTimers()
      return result
    })
    for (const result of results) expect(result).toEqual(results[0])
  })
})
