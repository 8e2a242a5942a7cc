import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { icsLimits, readIcsArrangement } from '../../../shared/calendar/ics-arrangement'
import { applyIcsImport, icsImportSummary, planIcsImport } from '../../../shared/calendar/ics-import'
import { officialDay } from '../../../shared/calendar/official-days'
import { emptyCalendar, type WorkingCalendar } from '../../../shared/calendar/working-days'

// .ics files in the form chinese-days ships, read with ical.js: the shipped ones agree with
// the bundled table, the 2027 fixture gives its days, and a bad file is refused whole.

const shipped = (name: string) => readFileSync(join(__dirname, '../../../node_modules/chinese-days/dist', name), 'utf8')
const fixture = readFileSync(join(__dirname, '../../fixtures/ics/2027.ics'), 'utf8')

function read(text: string) {
  const reading = readIcsArrangement(text)
  if (!reading.ok) throw new Error(reading.problem)
  return reading.years
}

function refusal(text: string): string {
  const reading = readIcsArrangement(text)
  if (reading.ok) throw new Error('expected a refusal')
  return reading.problem
}

/** The fixture with its first event's body replaced. */
const event = (lines: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//CN\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20261115T090000\r\n${lines}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`

describe('reading the shipped .ics files', () => {
  it('years/2026.ics gives exactly the bundled 2026 holidays and 调休 working days', () => {
    const [year2026, ...others] = read(shipped('years/2026.ics'))
    expect(others).toEqual([])
    expect(year2026!.year).toBe(2026)
    expect(year2026!.holidays.every((date) => officialDay(date)?.kind === 'holiday')).toBe(true)
    expect(year2026!.workdays.every((date) => officialDay(date)?.kind === 'adjusted-workday')).toBe(true)
    expect(year2026!.holidays).toContain('2026-02-23')
    expect(year2026!.workdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'])
  })

  it('holidays.ics (several years in one file) is read by year', () => {
    expect(read(shipped('holidays.ics')).map((year) => year.year)).toEqual([2024, 2025, 2026])
  })
})

describe('the 2027 fixture', () => {
  it('gives 29 days off and 6 working days', () => {
    const [year2027] = read(fixture)
    expect(year2027!.holidays).toHaveLength(29)
    expect(year2027!.holidays.slice(0, 3)).toEqual(['2027-01-01', '2027-01-02', '2027-01-03'])
    expect(year2027!.holidays).toContain('2027-02-13')
    expect(year2027!.holidays).not.toContain('2027-02-14')
    expect(year2027!.workdays).toEqual(['2027-01-31', '2027-02-20', '2027-04-25', '2027-05-08', '2027-09-26', '2027-10-09'])
  })

  it('plans the import: days to add by year, none for a bundled year, and what the office had the other way round', () => {
    const office: WorkingCalendar = { extraHolidays: ['2027-01-31', '2027-03-01'], extraWorkdays: ['2027-02-08'], arrangedYears: [] }
    const years = [...read(shipped('years/2026.ics')), ...read(fixture)]
    const [plan2026, plan2027] = planIcsImport(years, office)
    expect(plan2026).toMatchObject({ year: 2026, bundled: true, addHolidays: [], addWorkdays: [] })
    expect(plan2027).toMatchObject({ year: 2027, bundled: false, turned: ['2027-01-31', '2027-02-08'], alreadyEntered: 0, wasArranged: false })
    expect(plan2027!.addHolidays).toHaveLength(29)
    expect(plan2027!.addWorkdays).toHaveLength(6)
    const after = applyIcsImport(office, [plan2026!, plan2027!])
    expect(after.arrangedYears).toEqual([2027])
    // The office's own 1 March stays; its two entries that contradict the file follow the file.
    expect(after.extraHolidays).toContain('2027-03-01')
    expect(after.extraHolidays).toContain('2027-02-08')
    expect(after.extraHolidays).not.toContain('2027-01-31')
    expect(after.extraWorkdays).toContain('2027-01-31')
    expect(after.extraHolidays.filter((date) => after.extraWorkdays.includes(date))).toEqual([])
    expect(icsImportSummary('2027.ics', [plan2026!, plan2027!])).toBe('从“2027.ics”导入国家放假安排：2027年（休息日 29 天，调休上班 6 天，改变本单位原有 2 天）')
  })

  it('importing the same file again adds nothing', () => {
    const once = applyIcsImport(emptyCalendar, planIcsImport(read(fixture), emptyCalendar))
    const [again] = planIcsImport(read(fixture), once)
    expect(again).toMatchObject({ addHolidays: [], addWorkdays: [], turned: [], alreadyEntered: 35, wasArranged: true })
    expect(applyIcsImport(once, [again!])).toEqual(once)
  })
})

describe('a malformed or hostile file is refused with a Chinese message', () => {
  const cases: [string, string, RegExp][] = [
    ['empty', '', /不是 iCalendar/u],
    ['not a calendar', '<?xml version="1.0"?><Person/>', /不是 iCalendar/u],
    ['cut off in the middle', fixture.slice(0, fixture.length / 2), /损坏/u],
    ['no events', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', /没有任何放假或调休安排/u],
    ['a timed event', event('DTSTART:20270205T090000\r\nDTEND:20270205T100000\r\nSUMMARY:春节(休)'), /不是全天日程/u],
    ['a recurring event', event('DTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270102\r\nRRULE:FREQ=DAILY;COUNT=100000\r\nSUMMARY:元旦(休)'), /重复日程/u],
    ['neither 休 nor 班', event('DTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270102\r\nSUMMARY:元旦'), /没有注明“休”或“班”/u],
    ['休 in the summary, working day in the Apple field', event('DTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270102\r\nSUMMARY:元旦(休)\r\nX-APPLE-SPECIAL-DAY:ALTERNATE-WORKDAY'), /没有注明/u],
    ['a run of years', event('DTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20370101\r\nSUMMARY:元旦(休)'), /不像是一次放假安排/u],
    ['an end before its start', event('DTSTART;VALUE=DATE:20270105\r\nDTEND;VALUE=DATE:20270101\r\nSUMMARY:元旦(休)'), /结束日期早于开始日期/u],
    ['a year out of range', event('DTSTART;VALUE=DATE:99990101\r\nDTEND;VALUE=DATE:99990102\r\nSUMMARY:元旦(休)'), /年份范围/u],
  ]

  it.each(cases)('%s', (_name, text, expected) => {
    const problem = refusal(text)
    expect(problem).toMatch(expected)
    expect(problem).toMatch(/^无法导入该日历文件：.*工作日历未作任何修改。$/u)
  })

  it('a day both off and worked', () => {
    const both = fixture.replace('DTSTART;VALUE=DATE:20270131\r\nDTEND;VALUE=DATE:20270201', 'DTSTART;VALUE=DATE:20270205\r\nDTEND;VALUE=DATE:20270206')
    expect(refusal(both)).toContain('2027-02-05 在文件中既是休息日又是上班日')
  })

  it('a huge file, before it is parsed', () => {
    expect(refusal(`BEGIN:VCALENDAR\r\n${'X-PAD:'.padEnd(icsLimits.bytes, 'a')}`)).toContain('文件过大')
  })
})
