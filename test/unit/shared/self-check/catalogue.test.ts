import { describe, expect, it } from 'vitest'
import { runCatalogue, selfCheckCatalogue } from '../../../../shared/self-check/catalogue'
import { periodLabel, periodOf, wholeMonths, wholeQuarters } from '../../../../shared/self-check/period'
import { item, matter, meeting, members, records, twiceMonthly } from './records-fixture'

describe('the self-check catalogue', () => {
  it('has unique ids and Chinese texts', () => {
    expect(new Set(selfCheckCatalogue.map((rule) => rule.id)).size).toBe(selfCheckCatalogue.length)
    for (const rule of selfCheckCatalogue) expect(rule.text).toMatch(/\p{Script=Han}/u)
  })

  it('rates each rule 符合 / 不符合 / 不适用', () => {
    const results = runCatalogue(records({ meetings: twiceMonthly().slice(1), matters: null }), true)
    const status = Object.fromEntries(results.map((result) => [result.id, result.statusLabel]))
    expect(status['meeting-frequency']).toBe('不符合')
    expect(status.quorum).toBe('符合')
    expect(status['personnel-stages']).toBe('不适用')
  })

  it('without the grant personnel findings are only counted and the book rule is withheld', () => {
    const input = records({
      meetings: [meeting('2026-03-16', { members: members(3), items: [item({ category: 'personnel', approvedOn: null })] })],
      matters: [matter({ decidedOn: '2026-03-16' })],
    })
    const holder = runCatalogue(input, true)
    const other = runCatalogue(input, false)
    const adHoc = (results: typeof holder) => results.find((result) => result.id === 'no-ad-hoc-motion')!
    expect(adHoc(holder).findings).toHaveLength(1)
    expect(adHoc(other)).toMatchObject({ findings: [], hiddenFindings: 1, status: 'fail' })
    expect(other.find((result) => result.id === 'personnel-stages')).toMatchObject({ withheld: true, status: 'not-applicable', findings: [] })
    expect(holder.find((result) => result.id === 'personnel-stages')).toMatchObject({ withheld: false, status: 'fail' })
  })
})

describe('periods', () => {
  it('maps year, half, quarter and dates', () => {
    expect(periodOf({ kind: 'year', year: 2026 })).toEqual({ from: '2026-01-01', to: '2026-12-31' })
    expect(periodOf({ kind: 'half', year: 2026, half: 2 })).toEqual({ from: '2026-07-01', to: '2026-12-31' })
    expect(periodOf({ kind: 'quarter', year: 2028, quarter: 1 })).toEqual({ from: '2028-01-01', to: '2028-03-31' })
    expect(periodLabel({ kind: 'quarter', year: 2026, quarter: 3 })).toBe('2026年第三季度')
  })

  it('takes whole months and quarters that have ended', () => {
    const year = periodOf({ kind: 'year', year: 2026 })
    expect(wholeMonths(year, '2026-11-23').map((month) => month.label)).toEqual(['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月'])
    expect(wholeQuarters(year, '2026-11-23').map((quarter) => quarter.label)).toEqual(['2026年第一季度', '2026年第二季度', '2026年第三季度'])
    expect(wholeMonths({ from: '2026-01-15', to: '2026-03-31' }, '2027-01-01').map((month) => month.label)).toEqual(['2月', '3月'])
  })
})
