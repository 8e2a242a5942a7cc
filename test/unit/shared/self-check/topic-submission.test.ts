import { describe, expect, it } from 'vitest'
import { materialDeadlineRule, noAdHocMotionRule } from '../../../../shared/self-check/rules/topic-submission'
import { item, meeting, records } from './records-fixture'

// 2026-03-16 is a Monday: two working days before is Thursday 12 March.
describe('materials due two working days before (会前2个工作日)', () => {
  const at = (materialDays: string[], category: 'general' | 'personnel' = 'general') => records({ meetings: [meeting('2026-03-16', { items: [item({ materialDays, category, title: '关于城区供水的汇报' })] })] })

  it('passes materials received on the due day', () => {
    expect(materialDeadlineRule.check(at(['2026-03-12']))).toEqual({ applicable: true, findings: [] })
  })

  it('finds materials one working day late, with the item to open', () => {
    const input = at(['2026-03-13'])
    const { findings } = materialDeadlineRule.check(input)
    expect(findings).toHaveLength(1)
    expect(findings[0]!.text).toMatch(/议题一《关于城区供水的汇报》材料逾期1个工作日提交/u)
    expect(findings[0]!.refs[0]).toMatchObject({ kind: 'item', id: input.meetings[0]!.items[0]!.id, meetingId: input.meetings[0]!.id })
  })

  it('counts working days late across the weekend and a late replacement', () => {
    expect(materialDeadlineRule.check(at(['2026-03-10', '2026-03-16'])).findings[0]!.text).toMatch(/逾期2个工作日/u)
  })

  it('finds missing materials but leaves personnel items alone', () => {
    expect(materialDeadlineRule.check(at([])).findings[0]!.text).toMatch(/未报送汇报材料/u)
    expect(materialDeadlineRule.check(at([], 'personnel'))).toEqual({ applicable: false, findings: [] })
  })
})

describe('no ad-hoc motion (不搞临时动议)', () => {
  const at = (approvedOn: string | null) => records({ meetings: [meeting('2026-03-16', { items: [item({ approvedOn })] })] })
  it('passes a topic approved on the meeting day', () => {
    expect(noAdHocMotionRule.check(at('2026-03-16')).findings).toEqual([])
  })
  it('finds a topic approved the day after, or never', () => {
    expect(noAdHocMotionRule.check(at('2026-03-17')).findings[0]!.text).toMatch(/会后（2026年3月17日）才经书记审定/u)
    expect(noAdHocMotionRule.check(at(null)).findings[0]!.text).toMatch(/未经书记审定即上会（临时动议）/u)
  })
})
