import ICAL from 'ical.js'

// A year's 放假安排 from an .ics file in the form `chinese-days` ships (holidays.ics,
// years/2026.ics): one all-day VEVENT per run of days, SUMMARY 「春节(休)」 for days off and
// 「春节(班)」 for 调休 working days (also said by X-APPLE-SPECIAL-DAY WORK-HOLIDAY /
// ALTERNATE-WORKDAY). The file comes from a USB drive: anything else — timed or recurring
// events, runs longer than a month, a day both off and worked, a huge file — is refused
// whole with a Chinese message, so a bad file can never half-change the calendar.

export interface YearArrangement {
  year: number
  /** Days off (法定节假日 and the days moved next to them), sorted. */
  holidays: string[]
  /** 调休 working days (a Saturday or Sunday worked), sorted. */
  workdays: string[]
}

export type IcsReading = { ok: true; years: YearArrangement[] } | { ok: false; problem: string }

export const icsLimits = { bytes: 1_000_000, events: 1000, daysPerEvent: 31, firstYear: 1949, lastYear: 2200 } as const

const dayMs = 86_400_000

type DayKind = 'holiday' | 'workday'

function kindOf(summary: string, special: string | null): DayKind | null {
  const marked = /[(（]\s*(休|班)\s*[)）]\s*$/u.exec(summary)?.[1]
  const fromSummary: DayKind | null = marked === '休' ? 'holiday' : marked === '班' ? 'workday' : null
  const fromSpecial: DayKind | null = special === 'WORK-HOLIDAY' ? 'holiday' : special === 'ALTERNATE-WORKDAY' ? 'workday' : null
  if (fromSummary && fromSpecial && fromSummary !== fromSpecial) return null
  return fromSummary ?? fromSpecial
}

function dayNumber(time: ICAL.Time): number {
  return Date.UTC(time.year, time.month - 1, time.day) / dayMs
}

function refuse(problem: string): IcsReading {
  return { ok: false, problem: `无法导入该日历文件：${problem}。工作日历未作任何修改。` }
}

function propertyText(event: ICAL.Component, name: string): string | null {
  const value: unknown = event.getFirstPropertyValue(name)
  return typeof value === 'string' ? value : null
}

/** Reads the arrangement in `text`, or says why it cannot be used. */
export function readIcsArrangement(text: string): IcsReading {
  if (text.length > icsLimits.bytes) return refuse(`文件过大（超过 ${icsLimits.bytes / 1_000_000} MB），不像是节假日安排`)
  if (!/^\uFEFF?BEGIN:VCALENDAR\r?\n/u.test(text)) return refuse('不是 iCalendar（.ics）格式的文件')
  let root: ICAL.Component
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown[])
  } catch {
    return refuse('文件格式已损坏，无法读取')
  }
  if (root.name !== 'vcalendar') return refuse('不是 iCalendar（.ics）格式的文件')
  const events = root.getAllSubcomponents('vevent')
  if (events.length === 0) return refuse('文件中没有任何放假或调休安排')
  if (events.length > icsLimits.events) return refuse(`文件中的日程超过 ${icsLimits.events} 条，不像是节假日安排`)
  const days = new Map<string, DayKind>()
  for (const [index, event] of events.entries()) {
    const summary = propertyText(event, 'summary') ?? ''
    const where = `第 ${index + 1} 条日程${summary ? `“${summary.slice(0, 40)}”` : ''}`
    if (event.hasProperty('rrule') || event.hasProperty('rdate')) return refuse(`${where}是重复日程，节假日安排应逐日列出`)
    const kind = kindOf(summary, propertyText(event, 'x-apple-special-day'))
    if (kind === null) return refuse(`${where}没有注明“休”或“班”`)
    const start: unknown = event.getFirstPropertyValue('dtstart')
    if (!(start instanceof ICAL.Time) || !start.isDate) return refuse(`${where}不是全天日程`)
    const endValue: unknown = event.getFirstPropertyValue('dtend')
    if (endValue !== null && (!(endValue instanceof ICAL.Time) || !endValue.isDate)) return refuse(`${where}的结束日期不是全天日期`)
    // DTEND of an all-day event is the day after the last one; without it the event is one day.
    const first = dayNumber(start)
    const end = endValue instanceof ICAL.Time ? dayNumber(endValue) : first + 1
    if (!Number.isFinite(first) || !Number.isFinite(end) || end <= first) return refuse(`${where}的结束日期早于开始日期`)
    if (end - first > icsLimits.daysPerEvent) return refuse(`${where}长达 ${end - first} 天，不像是一次放假安排`)
    for (let day = first; day < end; day += 1) {
      const date = new Date(day * dayMs).toISOString().slice(0, 10)
      const year = Number(date.slice(0, 4))
      if (year < icsLimits.firstYear || year > icsLimits.lastYear) return refuse(`${where}的日期（${date}）不在合理的年份范围内`)
      const known = days.get(date)
      if (known !== undefined && known !== kind) return refuse(`${date} 在文件中既是休息日又是上班日`)
      days.set(date, kind)
    }
  }
  const byYear = new Map<number, YearArrangement>()
  for (const date of [...days.keys()].sort()) {
    const year = Number(date.slice(0, 4))
    const arrangement = byYear.get(year) ?? { year, holidays: [], workdays: [] }
    arrangement[days.get(date) === 'holiday' ? 'holidays' : 'workdays'].push(date)
    byYear.set(year, arrangement)
  }
  return { ok: true, years: [...byYear.values()] }
}
