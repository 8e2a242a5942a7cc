import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ballotsProblem, countBallots, countsProblem, majorityRequired, voteOutcome } from '../../../shared/meetings/voting'

// 应到会成员超过半数同意: the base is the members as of the date, not those present.

describe('majority of the members who should attend', () => {
  it('6 of 11 passes and 5 fails, even with only 7 present', () => {
    expect(majorityRequired(11)).toBe(6)
    expect(voteOutcome(11, 6)).toEqual({ members: 11, required: 6, votesFor: 6, passed: true })
    // 7 present, 5 for, 2 against: a majority of those present, not of the members.
    expect(voteOutcome(11, 5)).toEqual({ members: 11, required: 6, votesFor: 5, passed: false })
  })

  it('10 members need 6: exactly half is not more than half', () => {
    expect(majorityRequired(10)).toBe(6)
    expect(voteOutcome(10, 5).passed).toBe(false)
    expect(voteOutcome(10, 6).passed).toBe(true)
  })

  it.each(Array.from({ length: 25 }, (_, index) => index + 1))('%i members: the least count strictly above half', (n) => {
    const required = majorityRequired(n)
    expect(2 * required).toBeGreaterThan(n)
    expect(2 * (required - 1)).toBeLessThanOrEqual(n)
  })

  it('refuses a committee of no one or of fractions', () => {
    expect(() => majorityRequired(0)).toThrow(RangeError)
    expect(() => majorityRequired(3.5)).toThrow(RangeError)
  })

  it('the requirement never falls as the committee grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), (n) => {
        expect(majorityRequired(n + 1)).toBeGreaterThanOrEqual(majorityRequired(n))
      }),
    )
  })
})

describe('vote counts', () => {
  it('accept a total up to the participants', () => {
    expect(countsProblem({ for: 5, against: 1, abstain: 1 }, 7)).toBeNull()
    expect(countsProblem({ for: 0, against: 0, abstain: 0 }, 0)).toBeNull()
  })

  it('refuse more votes than members taking part, saying how many of each', () => {
    expect(countsProblem({ for: 6, against: 1, abstain: 1 }, 7)).toBe('表决票数合计 8 票，多于参加该议题表决的成员 7 人（已扣除请假、离席和回避的成员）')
  })

  it('refuse negative and fractional counts', () => {
    expect(countsProblem({ for: -1, against: 0, abstain: 0 }, 7)).toBe('票数必须是不小于 0 的整数')
    expect(countsProblem({ for: 1, against: 0.5, abstain: 0 }, 7)).toBe('票数必须是不小于 0 的整数')
    expect(countsProblem({ for: 1, against: 0, abstain: Number.NaN }, 7)).toBe('票数必须是不小于 0 的整数')
  })

  it('are derived from ballots', () => {
    expect(countBallots([{ choice: 'for' }, { choice: 'for' }, { choice: 'against' }, { choice: 'abstain' }])).toEqual({ for: 2, against: 1, abstain: 1 })
    expect(countBallots([])).toEqual({ for: 0, against: 0, abstain: 0 })
  })
})

describe('per-member ballots', () => {
  const names: Record<string, string> = { a: '张明', b: '李华', c: '王强', d: '赵敏' }
  const reasons: Record<string, string> = { c: '已请假', d: '已回避' }
  const nameOf = (id: string) => names[id] ?? id
  const reasonOf = (id: string) => reasons[id] ?? '未参加该议题'
  const participants = new Set(['a', 'b'])

  it('accept one ballot from each participant', () => {
    expect(ballotsProblem([{ personId: 'a', choice: 'for' }, { personId: 'b', choice: 'against' }], participants, nameOf, reasonOf)).toBeNull()
  })

  it('refuse an absent voter with the name and the reason', () => {
    expect(ballotsProblem([{ personId: 'a', choice: 'for' }, { personId: 'c', choice: 'for' }], participants, nameOf, reasonOf)).toBe('王强已请假，不能参加该议题的表决')
  })

  it('refuse a recused voter with the name and the reason', () => {
    expect(ballotsProblem([{ personId: 'd', choice: 'against' }], participants, nameOf, reasonOf)).toBe('赵敏已回避，不能参加该议题的表决')
  })

  it('refuse a voter entered twice', () => {
    expect(ballotsProblem([{ personId: 'a', choice: 'for' }, { personId: 'a', choice: 'against' }], participants, nameOf, reasonOf)).toBe('张明的表决重复录入')
  })
})
