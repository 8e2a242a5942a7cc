import { describe, expect, it } from 'vitest'
import { meetingFrequencyRule } from '../../../../shared/self-check/rules/meeting-frequency'
import { meeting, records, twiceMonthly } from './records-fixture'

describe('meeting frequency (每月至少2次 / 每两周)', () => {
  it('passes a year with two meetings every month', () => {
    expect(meetingFrequencyRule.check(records({ meetings: twiceMonthly() }))).toEqual({ applicable: true, findings: [] })
  })

  it('finds a month with one meeting, naming it and linking the meeting', () => {
    const meetings = twiceMonthly().filter((entry) => entry.date !== '2026-03-24')
    const { findings } = meetingFrequencyRule.check(records({ meetings }))
    expect(findings.map((finding) => finding.text)).toEqual(['3月只召开1次常委会会议（要求每月至少2次）'])
    expect(findings[0]!.refs).toEqual([{ kind: 'meeting', id: meetings.find((entry) => entry.date === '2026-03-10')!.id, label: meetings.find((entry) => entry.date === '2026-03-10')!.label }])
  })

  it('follows the setting and names a month without any meeting', () => {
    const three = records({ meetings: twiceMonthly(), settings: { ...records().settings, meetingsPerMonth: 3 } })
    expect(meetingFrequencyRule.check(three).findings).toHaveLength(12)
    const none = records({ meetings: twiceMonthly().filter((entry) => !entry.date.startsWith('2026-05')) })
    expect(meetingFrequencyRule.check(none).findings.map((finding) => finding.text)).toEqual(['5月未召开常委会会议（要求每月至少2次）'])
  })

  it('judges only months that have ended and lie wholly in the period', () => {
    const inNovember = records({ meetings: [meeting('2026-11-05')], period: { from: '2026-11-01', to: '2026-11-30' }, today: '2026-11-23' })
    expect(meetingFrequencyRule.check(inNovember)).toEqual({ applicable: false, findings: [] })
  })

  it('does not apply to other bodies', () => {
    expect(meetingFrequencyRule.check(records({ body: { id: 'b2', name: '书记专题会议', kind: 'secretary', quorumRequired: false } })).applicable).toBe(false)
  })

  it('every two weeks: a gap of 14 days passes, 15 days fails', () => {
    const settings = { ...records().settings, cadence: 'biweekly' as const }
    const period = { from: '2026-03-01', to: '2026-03-31' }
    const ok = records({ settings, period, meetings: [meeting('2026-03-01'), meeting('2026-03-15'), meeting('2026-03-29')] })
    expect(meetingFrequencyRule.check(ok).findings).toEqual([])
    const late = records({ settings, period, meetings: [meeting('2026-03-01'), meeting('2026-03-16'), meeting('2026-03-30')] })
    expect(meetingFrequencyRule.check(late).findings.map((finding) => finding.text)).toEqual(['2026年3月1日至2026年3月16日间隔15天未召开常委会会议（要求每两周召开一次）'])
  })
})
