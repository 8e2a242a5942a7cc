import { describe, expect, it } from 'vitest'
import { majorityRule, quorumRule } from '../../../../shared/self-check/rules/quorum-and-majority'
import { item, meeting, members, records } from './records-fixture'

describe('quorum (半数以上 / 干部任免三分之二以上)', () => {
  it('passes 3 of 5 present and finds 2 of 5', () => {
    expect(quorumRule.check(records({ meetings: [meeting('2026-03-16', { members: members(3) })] }))).toEqual({ applicable: true, findings: [] })
    const { findings } = quorumRule.check(records({ meetings: [meeting('2026-03-16', { members: members(2) })] }))
    expect(findings.map((finding) => finding.text)).toEqual([expect.stringMatching(/应到5人，实到2人，不足半数（至少需3人）/u)])
  })

  it('personnel items need two thirds: 4 of 5 pass, 3 of 5 (one recused) fail', () => {
    const decided = (recused: string[]) =>
      records({ meetings: [meeting('2026-03-16', { items: [item({ category: 'personnel', recusals: recused.map((personId) => ({ personId, reason: '亲属' })) })] })] })
    expect(quorumRule.check(decided(['p5'])).findings).toEqual([])
    const { findings } = quorumRule.check(decided(['p4', 'p5']))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ personnel: true, refs: [{ kind: 'item' }] })
    expect(findings[0]!.text).toMatch(/实到3人，不足应到5人的三分之二（至少需4人）/u)
  })

  it('does not apply to a body without the quorum rule', () => {
    expect(quorumRule.check(records({ body: { id: 'b', name: '书记专题会议', kind: 'secretary', quorumRequired: false }, meetings: [meeting('2026-03-16', { members: members(1) })] })).applicable).toBe(false)
  })
})

describe('majority of 应到 (超过应到会成员半数同意)', () => {
  const voted = (votesFor: number) => records({ meetings: [meeting('2026-03-16', { members: members(4), items: [item({ votesFor })] })] })
  it('passes 3 of 5 for and finds 2 of 5 for recorded as passed', () => {
    expect(majorityRule.check(voted(3))).toEqual({ applicable: true, findings: [] })
    expect(majorityRule.check(voted(2)).findings[0]!.text).toMatch(/同意2票，未超过应到5人的半数（至少需3票）/u)
  })
  it('does not apply without recorded votes', () => {
    expect(majorityRule.check(records({ meetings: [meeting('2026-03-16', { items: [item()] })] })).applicable).toBe(false)
  })
})
