import fc from 'fast-check'
import { isWorkday } from 'chinese-days'
import { describe, expect, it } from 'vitest'
import { workingCalendarSchema } from '../../../shared/calendar/calendar-schema'
import { isOfficialYear, officialDay, officialYears } from '../../../shared/calendar/official-days'
import {
  addCalendarDays,
  addWorkingDays,
  countWorkingDays,
  describeDay,
  emptyCalendar,
  isWorkingDay,
  materialDeadline,
  workingDaysBefore,
  type WorkingCalendar,
} from '../../../shared/calendar/working-days'

// 2026 国庆节: 10月1日（周四）至7日（周三）放假，9月20日（周日）、10月10日（周六）上班.
// 2025 国庆节、中秋节: 10月1日（周三）至8日（周三）放假，9月28日（周日）、10月11日（周六）上班.

const office = (extraHolidays: string[], extraWorkdays: string[] = []): WorkingCalendar => ({ extraHolidays, extraWorkdays, arrangedYears: [] })

describe('the official data', () => {
  it('covers 2004 through 2026 and names the festivals in Chinese', () => {
    expect(officialYears.first).toBe(2004)
    expect(officialYears.last).toBeGreaterThanOrEqual(2026)
    expect(isOfficialYear(2026)).toBe(true)
    expect(isOfficialYear(2003)).toBe(false)
    expect(officialDay('2026-10-01')).toEqual({ kind: 'holiday', name: '国庆节' })
    expect(officialDay('2026-10-10')).toEqual({ kind: 'adjusted-workday', name: '国庆节' })
    expect(officialDay('2026-10-12')).toBeNull()
  })

  // The package's own isWorkday shifts days west of UTC (it builds its table with local
  // getters on UTC dates); we read the table directly. Where its functions are right
  // (UTC and east, as in China) both must agree on every day they cover.
  it.skipIf(new Date().getTimezoneOffset() > 0)('agrees with chinese-days isWorkday on every day 2004–2026', () => {
    let checked = 0
    for (let date = '2004-01-01'; date <= '2026-12-31'; date = addCalendarDays(date, 1)) {
      const [year, month, day] = date.split('-').map(Number) as [number, number, number]
      expect(isWorkingDay(date, emptyCalendar), date).toBe(isWorkday(new Date(year, month - 1, day)))
      checked += 1
    }
    expect(checked).toBe(8401)
  })
})

describe('isWorkingDay', () => {
  it('2026 National Day: the week off is not worked, the 调休 Sunday and Saturday are', () => {
    for (let day = 1; day <= 7; day += 1) expect(isWorkingDay(`2026-10-0${day}`, emptyCalendar)).toBe(false)
    expect(isWorkingDay('2026-09-20', emptyCalendar)).toBe(true)
    expect(isWorkingDay('2026-10-10', emptyCalendar)).toBe(true)
    expect(isWorkingDay('2026-10-11', emptyCalendar)).toBe(false)
    expect(isWorkingDay('2026-10-08', emptyCalendar)).toBe(true)
    // 中秋节 2026 falls on Friday 25 September.
    expect(isWorkingDay('2026-09-25', emptyCalendar)).toBe(false)
  })

  it('2025 National Day and Mid-Autumn: 1–8 October off, 28 September and 11 October worked', () => {
    for (let day = 1; day <= 8; day += 1) expect(isWorkingDay(`2025-10-0${day}`, emptyCalendar)).toBe(false)
    expect(isWorkingDay('2025-09-28', emptyCalendar)).toBe(true)
    expect(isWorkingDay('2025-10-11', emptyCalendar)).toBe(true)
    expect(isWorkingDay('2025-10-09', emptyCalendar)).toBe(true)
  })

  it('an ordinary weekend is off, an ordinary weekday is worked', () => {
    expect(isWorkingDay('2026-11-21', emptyCalendar)).toBe(false)
    expect(isWorkingDay('2026-11-22', emptyCalendar)).toBe(false)
    expect(isWorkingDay('2026-11-23', emptyCalendar)).toBe(true)
  })

  it('the office overrides come first, even against the official data', () => {
    const calendar = office(['2026-11-23', '2026-10-10'], ['2026-11-22', '2026-10-02'])
    expect(isWorkingDay('2026-11-23', calendar)).toBe(false)
    expect(isWorkingDay('2026-10-10', calendar)).toBe(false)
    expect(isWorkingDay('2026-11-22', calendar)).toBe(true)
    expect(isWorkingDay('2026-10-02', calendar)).toBe(true)
  })

  it('beyond the data (2027) only weekends and the office overrides count', () => {
    // 2027-01-01 is a Friday: without an entry from the office it is a working day.
    expect(isWorkingDay('2027-01-01', emptyCalendar)).toBe(true)
    expect(isWorkingDay('2027-01-02', emptyCalendar)).toBe(false)
    const calendar = office(['2027-01-01'], ['2027-02-06'])
    expect(isWorkingDay('2027-01-01', calendar)).toBe(false)
    expect(isWorkingDay('2027-02-06', calendar)).toBe(true)
    expect(isWorkingDay('2027-02-06', emptyCalendar)).toBe(false)
  })

  it('says why a day is or is not worked', () => {
    expect(describeDay('2026-10-01', emptyCalendar)).toEqual({ date: '2026-10-01', working: false, kind: 'holiday', name: '国庆节' })
    expect(describeDay('2026-10-10', emptyCalendar)).toEqual({ date: '2026-10-10', working: true, kind: 'adjusted-workday', name: '国庆节' })
    expect(describeDay('2026-11-21', emptyCalendar)).toMatchObject({ working: false, kind: 'weekend', name: null })
    expect(describeDay('2026-11-23', emptyCalendar)).toMatchObject({ working: true, kind: 'weekday' })
    expect(describeDay('2026-11-23', office(['2026-11-23']))).toMatchObject({ working: false, kind: 'office-holiday' })
    expect(describeDay('2026-11-22', office([], ['2026-11-22']))).toMatchObject({ working: true, kind: 'office-workday' })
  })

  it('the shared empty calendar cannot be changed by accident', () => {
    expect(() => emptyCalendar.extraHolidays.push('2026-11-23')).toThrow(TypeError)
    expect(isWorkingDay('2026-11-23', emptyCalendar)).toBe(true)
  })

  it('refuses dates that are malformed or do not exist', () => {
    expect(() => isWorkingDay('2026-2-3', emptyCalendar)).toThrow(RangeError)
    expect(() => isWorkingDay('2026-02-30', emptyCalendar)).toThrow(/不存在的日期/u)
    expect(() => isWorkingDay('2026-11-23T00:00:00Z', emptyCalendar)).toThrow(RangeError)
  })
})

describe('adding and counting working days', () => {
  it('steps over the National Day week and lands on the 调休 Saturday', () => {
    expect(addWorkingDays('2026-09-30', 1, emptyCalendar)).toBe('2026-10-08')
    expect(addWorkingDays('2026-09-30', 3, emptyCalendar)).toBe('2026-10-10')
    expect(addWorkingDays('2026-10-12', -1, emptyCalendar)).toBe('2026-10-10')
    expect(addWorkingDays('2026-10-08', -1, emptyCalendar)).toBe('2026-09-30')
  })

  it('n = 0 is the day itself, worked or not', () => {
    expect(addWorkingDays('2026-10-03', 0, emptyCalendar)).toBe('2026-10-03')
    expect(workingDaysBefore('2026-11-22', 0, emptyCalendar)).toBe('2026-11-22')
    expect(() => addWorkingDays('2026-10-03', 1.5, emptyCalendar)).toThrow(RangeError)
    expect(() => workingDaysBefore('2026-10-03', -1, emptyCalendar)).toThrow(RangeError)
  })

  it('the material deadline before a Monday meeting is the Thursday before, unless a weekend is worked', () => {
    expect(workingDaysBefore('2026-11-23', 2, emptyCalendar)).toBe('2026-11-19')
    expect(workingDaysBefore('2026-11-24', 2, emptyCalendar)).toBe('2026-11-20')
    // After National Day: Monday 12 October, 10 October is worked.
    expect(workingDaysBefore('2026-10-12', 2, emptyCalendar)).toBe('2026-10-09')
    expect(workingDaysBefore('2026-10-09', 2, emptyCalendar)).toBe('2026-09-30')
    expect(workingDaysBefore('2026-09-21', 2, emptyCalendar)).toBe('2026-09-18')
    expect(workingDaysBefore('2026-09-21', 1, emptyCalendar)).toBe('2026-09-20')
  })

  it('office overrides move the deadline', () => {
    expect(workingDaysBefore('2026-11-24', 2, office(['2026-11-20']))).toBe('2026-11-19')
    expect(workingDaysBefore('2026-11-24', 2, office([], ['2026-11-22']))).toBe('2026-11-22')
  })

  it('beyond the data: weekends only, plus overrides, across the year boundary', () => {
    expect(workingDaysBefore('2027-01-04', 2, emptyCalendar)).toBe('2026-12-31')
    expect(workingDaysBefore('2027-01-04', 2, office(['2027-01-01']))).toBe('2026-12-30')
    expect(addWorkingDays('2027-02-05', 1, emptyCalendar)).toBe('2027-02-08')
    expect(addWorkingDays('2027-02-05', 1, office([], ['2027-02-06']))).toBe('2027-02-06')
  })

  it('counts inclusively; an end before the start counts nothing', () => {
    expect(countWorkingDays('2026-09-28', '2026-10-11', emptyCalendar)).toBe(6)
    expect(countWorkingDays('2026-11-23', '2026-11-23', emptyCalendar)).toBe(1)
    expect(countWorkingDays('2026-11-22', '2026-11-22', emptyCalendar)).toBe(0)
    expect(countWorkingDays('2026-11-23', '2026-11-27', emptyCalendar)).toBe(5)
    expect(countWorkingDays('2026-11-27', '2026-11-23', emptyCalendar)).toBe(0)
    expect(countWorkingDays('2026-11-23', '2026-11-29', office(['2026-11-25'], ['2026-11-28']))).toBe(5)
  })

  const anyDate = fc.integer({ min: 0, max: 365 * 6 }).map((offset) => addCalendarDays('2024-01-01', offset))

  it('adding n working days lands on a working day exactly n working days away', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 40 }), (date, n) => {
        const later = addWorkingDays(date, n, emptyCalendar)
        expect(isWorkingDay(later, emptyCalendar)).toBe(true)
        expect(countWorkingDays(addCalendarDays(date, 1), later, emptyCalendar)).toBe(n)
        const earlier = workingDaysBefore(date, n, emptyCalendar)
        expect(earlier < date).toBe(true)
        expect(countWorkingDays(earlier, addCalendarDays(date, -1), emptyCalendar)).toBe(n)
      }),
    )
  })

  it('going forward then back by the same count returns to a working day', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 30 }), (date, n) => {
        fc.pre(isWorkingDay(date, emptyCalendar))
        expect(addWorkingDays(addWorkingDays(date, n, emptyCalendar), -n, emptyCalendar)).toBe(date)
      }),
    )
  })
})

describe('materialDeadline', () => {
  it('is missing while nothing has been received', () => {
    expect(materialDeadline('2026-10-12', [], 2, emptyCalendar)).toEqual({ due: '2026-10-09', workingDays: 2, state: 'missing', uncoveredYears: [] })
  })

  it('is on time when the last material arrives on the due day', () => {
    expect(materialDeadline('2026-10-12', ['2026-09-30', '2026-10-09'], 2, emptyCalendar)).toEqual({ due: '2026-10-09', workingDays: 2, state: 'ok', uncoveredYears: [] })
  })

  it('is late when the last material arrives after the due day, whatever the order given', () => {
    expect(materialDeadline('2026-10-12', ['2026-10-10', '2026-09-28'], 2, emptyCalendar).state).toBe('late')
    expect(materialDeadline('2026-10-12', ['2026-10-12'], 2, emptyCalendar).state).toBe('late')
  })

  it('follows the configured number of working days and the office calendar', () => {
    expect(materialDeadline('2026-10-12', ['2026-10-10'], 1, emptyCalendar)).toEqual({ due: '2026-10-10', workingDays: 1, state: 'ok', uncoveredYears: [] })
    expect(materialDeadline('2026-10-12', ['2026-10-09'], 2, office(['2026-10-09']))).toEqual({ due: '2026-10-08', workingDays: 2, state: 'late', uncoveredYears: [] })
    expect(materialDeadline('2026-10-12', ['2026-10-12'], 0, emptyCalendar).state).toBe('ok')
  })

  it('refuses a received date that is not a calendar day', () => {
    expect(() => materialDeadline('2026-10-12', ['2026-10-09T08:00:00Z'], 2, emptyCalendar)).toThrow(RangeError)
  })
})

describe('the stored calendar schema', () => {
  it('sorts and removes repeats', () => {
    expect(workingCalendarSchema.parse({ extraHolidays: ['2027-02-10', '2027-01-01', '2027-02-10'], extraWorkdays: [], arrangedYears: [] })).toEqual({ extraHolidays: ['2027-01-01', '2027-02-10'], extraWorkdays: [], arrangedYears: [] })
  })

  it('refuses a day that is both a holiday and a workday, naming it', () => {
    const result = workingCalendarSchema.safeParse({ extraHolidays: ['2027-01-01'], extraWorkdays: ['2027-01-01'], arrangedYears: [] })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('2027-01-01 不能既是休息日又是工作日')
  })

  it('refuses dates that do not exist, wrong shapes and unknown keys', () => {
    expect(workingCalendarSchema.safeParse({ extraHolidays: ['2027-02-30'], extraWorkdays: [], arrangedYears: [] }).error?.issues[0]?.message).toBe('增加的休息日不是有效的日期')
    expect(workingCalendarSchema.safeParse({ extraHolidays: ['2027/01/01'], extraWorkdays: [], arrangedYears: [] }).success).toBe(false)
    expect(workingCalendarSchema.safeParse({ extraHolidays: [] }).success).toBe(false)
    expect(workingCalendarSchema.safeParse({ extraHolidays: [], extraWorkdays: [], note: 'x' }).success).toBe(false)
  })
})
