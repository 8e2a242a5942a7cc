import { describe, expect, it } from 'vitest'
import { principalSpeaksLastRule, recusalRule } from '../../../../shared/self-check/rules/speaking-order'
import { item, meeting, records } from './records-fixture'

const spoken = ['p5', 'p4', 'p3', 'p2', 'p1']

describe('principal speaks last (书记末位表态)', () => {
  const at = (savedOrder: string[] | null, orderReason: string | null = null) => records({ meetings: [meeting('2026-03-16', { items: [item({ speakerIds: spoken, savedOrder, orderReason })] })] })

  it('passes the proposed order (reverse rank, 书记 last)', () => {
    expect(principalSpeaksLastRule.check(at(null))).toEqual({ applicable: true, findings: [] })
  })

  it('records a reordering with its reason as a note, not a breach', () => {
    const { findings } = principalSpeaksLastRule.check(at(['p4', 'p5', 'p3', 'p2', 'p1'], '成员5需提前离会'))
    expect(findings).toEqual([expect.objectContaining({ severity: 'note', text: expect.stringMatching(/主持人调整发言顺序，原因：成员5需提前离会$/u) })])
  })

  it('finds the 书记 not speaking last, and a reordering without a reason', () => {
    const { findings } = principalSpeaksLastRule.check(at(['p5', 'p4', 'p3', 'p1', 'p2']))
    expect(findings.map((finding) => [finding.severity, finding.text.split('：').at(-1)])).toEqual([
      ['breach', '书记未末位表态'],
      ['breach', '调整了发言顺序但未记录原因'],
    ])
  })
})

describe('recusal recorded (回避)', () => {
  const at = (reason: string, voterIds: string[] = []) => records({ meetings: [meeting('2026-03-16', { items: [item({ recusals: [{ personId: 'p3', reason }], voterIds })] })] })

  it('lists a recusal with its reason as a note', () => {
    expect(recusalRule.check(at('与拟任人选系亲属关系')).findings).toEqual([expect.objectContaining({ severity: 'note', text: expect.stringMatching(/成员3同志回避，原因：与拟任人选系亲属关系$/u) })])
  })

  it('finds a recused member who voted, and a recusal without a reason', () => {
    expect(recusalRule.check(at('亲属', ['p3'])).findings[0]).toMatchObject({ severity: 'breach', text: expect.stringMatching(/回避后仍参加表决/u) })
    expect(recusalRule.check(at(' ')).findings[0]).toMatchObject({ severity: 'breach', text: expect.stringMatching(/未记录原因/u) })
  })

  it('does not apply without recusals', () => {
    expect(recusalRule.check(records({ meetings: [meeting('2026-03-16', { items: [item()] })] })).applicable).toBe(false)
  })
})
