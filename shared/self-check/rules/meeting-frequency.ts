import { addCalendarDays } from '../../calendar/working-days'
import { formatChineseDate } from '../../personnel/dates'
import { meetingRef, type Finding, type SelfCheckRule } from '../finding'
import { inPeriod, wholeMonths } from '../period'
import type { PeriodRecords } from '../records'

// 常委会会议一般每月召开两次 (a setting: N a month, or every two weeks).

export const biweeklyMaxGapDays = 14

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000
const daysBetween = (from: string, to: string) => dayNumber(to) - dayNumber(from)

function monthlyFindings(records: PeriodRecords): Finding[] | null {
  const months = wholeMonths(records.period, records.today)
  if (months.length === 0) return null
  const required = records.settings.meetingsPerMonth
  return months.flatMap((month) => {
    const held = records.meetings.filter((meeting) => inPeriod(meeting.date, month))
    if (held.length >= required) return []
    const what = held.length === 0 ? `未召开${records.body.name}` : `只召开${held.length}次${records.body.name}`
    return [{ ruleId: meetingFrequencyRule.id, severity: 'breach', personnel: false, text: `${month.label}${what}（要求每月至少${required}次）`, refs: held.map(meetingRef) }]
  })
}

/** Every gap of more than two weeks without a meeting, from the period's start to its end (or today). */
function biweeklyFindings(records: PeriodRecords): Finding[] | null {
  const end = records.period.to < records.today ? records.period.to : addCalendarDays(records.today, -1)
  if (daysBetween(records.period.from, end) < biweeklyMaxGapDays) return null
  const findings: Finding[] = []
  let previous: { date: string; meeting: PeriodRecords['meetings'][number] | null } = { date: addCalendarDays(records.period.from, -1), meeting: null }
  const stops = [...records.meetings.map((meeting) => ({ date: meeting.date, meeting })), { date: addCalendarDays(end, 1), meeting: null }]
  for (const stop of stops) {
    const gap = daysBetween(previous.date, stop.date)
    if (gap > biweeklyMaxGapDays) {
      // The period's ends stand for meetings just outside it; the text names the days themselves.
      const from = previous.meeting ? previous.date : records.period.from
      const to = stop.meeting ? stop.date : end
      const refs = [previous.meeting, stop.meeting].flatMap((meeting) => (meeting ? [meetingRef(meeting)] : []))
      const text = `${formatChineseDate(from)}至${formatChineseDate(to)}间隔${daysBetween(from, to)}天未召开${records.body.name}（要求每两周召开一次）`
      findings.push({ ruleId: meetingFrequencyRule.id, severity: 'breach', personnel: false, text, refs })
    }
    previous = stop
  }
  return findings
}

export const meetingFrequencyRule: SelfCheckRule = {
  id: 'meeting-frequency',
  text: '常委会会议一般每月召开两次，遇有重要情况可随时召开',
  setting: '每月至少召开次数（默认2次），或每两周召开一次',
  personnel: false,
  check(records) {
    if (records.body.kind !== 'standing') return { applicable: false, findings: [] }
    const findings = records.settings.cadence === 'biweekly' ? biweeklyFindings(records) : monthlyFindings(records)
    return findings === null ? { applicable: false, findings: [] } : { applicable: true, findings }
  },
}
