import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkBallotTally, secretBallotText, type BallotTallyInput } from '../../../shared/meetings/ballot-tally'

const present = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9']
const names: Record<string, string> = { m1: '王书记', m2: '李副书记', m3: '张部长', m10: '赵常委' }
const nameOf = (id: string) => names[id] ?? id

function tally(change: Partial<BallotTallyInput> = {}): BallotTallyInput {
  return {
    issued: 9, returned: 9, valid: 9, invalid: 0,
    candidates: [{ name: '刘某某', counts: { for: 8, against: 1, abstain: 0 } }, { name: '陈某某', counts: { for: 5, against: 2, abstain: 2 } }],
    scrutineerIds: ['m2'], tellerIds: ['m3'], presentIds: present, memberCount: 11,
    ...change,
  }
}

const problemOf = (input: BallotTallyInput) => {
  const check = checkBallotTally(input, nameOf)
  return check.ok ? null : check.problem
}

describe('the secret ballot tally (无记名投票计票)', () => {
  it('accepts a tally that adds up and gives the outcome on the 应到 majority', () => {
    const check = checkBallotTally(tally(), nameOf)
    expect(check).toEqual({ ok: true, outcomes: [
      { members: 11, required: 6, votesFor: 8, passed: true },
      { members: 11, required: 6, votesFor: 5, passed: false },
    ] })
  })

  it('refuses more ballots returned than issued, at the boundary', () => {
    expect(problemOf(tally({ returned: 9, valid: 9 }))).toBeNull()
    expect(problemOf(tally({ returned: 10, valid: 10 }))).toBe('收回表决票 10 张，多于发出的 9 张')
  })

  it('refuses valid and void ballots that do not add up to those returned', () => {
    expect(problemOf(tally({ returned: 9, valid: 8, invalid: 1, candidates: [{ name: '刘某某', counts: { for: 8, against: 0, abstain: 0 } }] }))).toBeNull()
    expect(problemOf(tally({ valid: 8, invalid: 0 }))).toBe('有效票 8 张加无效票 0 张共 8 张，应等于收回的 9 张')
    expect(problemOf(tally({ valid: 9, invalid: 1 }))).toBe('有效票 9 张加无效票 1 张共 10 张，应等于收回的 9 张')
  })

  it('refuses a candidate whose three counts exceed the valid ballots, allows fewer (a ballot void for that candidate)', () => {
    expect(problemOf(tally({ candidates: [{ name: '刘某某', counts: { for: 7, against: 1, abstain: 0 } }] }))).toBeNull()
    expect(problemOf(tally({ candidates: [{ name: '刘某某', counts: { for: 8, against: 1, abstain: 1 } }] }))).toBe('刘某某的同意、不同意、弃权票合计 10 票，多于有效票 9 张')
  })

  it('refuses negative or fractional numbers, no ballots issued, and no candidate', () => {
    expect(problemOf(tally({ returned: -1 }))).toBe('收回、有效和无效票数必须是不小于 0 的整数')
    expect(problemOf(tally({ valid: 8.5, invalid: 0.5 }))).toBe('收回、有效和无效票数必须是不小于 0 的整数')
    expect(problemOf(tally({ candidates: [{ name: '刘某某', counts: { for: -1, against: 0, abstain: 0 } }] }))).toBe('刘某某的票数必须是不小于 0 的整数')
    expect(problemOf(tally({ issued: 0, returned: 0, valid: 0 }))).toBe('参加该议题表决的成员为 0 人，没有发出表决票，不能计票')
    expect(problemOf(tally({ candidates: [] }))).toBe('表决票上没有人选，不能计票')
  })

  it('needs a 监票人 and a 计票人 among the present members, each in one role', () => {
    expect(problemOf(tally({ scrutineerIds: [] }))).toBe('请从出席会议的成员中选定监票人')
    expect(problemOf(tally({ tellerIds: [] }))).toBe('请从出席会议的成员中选定计票人')
    expect(problemOf(tally({ tellerIds: ['m10'] }))).toBe('赵常委未出席会议，不能担任计票人')
    expect(problemOf(tally({ scrutineerIds: ['m1'], tellerIds: ['m1'] }))).toBe('王书记不能重复担任监票人或计票人')
  })

  it('holds the three rules for any numbers (property)', () => {
    const counts = fc.record({ for: fc.nat(15), against: fc.nat(15), abstain: fc.nat(15) })
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 15 }), fc.nat(16), fc.nat(16), fc.nat(16), fc.array(counts, { minLength: 1, maxLength: 4 }), (issued, returned, valid, invalid, candidateCounts) => {
        const input = tally({ issued, returned, valid, invalid, candidates: candidateCounts.map((c, i) => ({ name: `人选${i}`, counts: c })) })
        const lawful = returned <= issued && valid + invalid === returned && candidateCounts.every((c) => c.for + c.against + c.abstain <= valid)
        const check = checkBallotTally(input, nameOf)
        expect(check.ok).toBe(lawful)
        if (check.ok) expect(check.outcomes.map((o) => o.passed)).toEqual(candidateCounts.map((c) => c.for >= 6))
      }),
    )
  })

  it('writes the result in the usual form', () => {
    const figures = { members: 11, present: 9, issued: 9, returned: 9, valid: 9, invalid: 0, counts: { for: 8, against: 1, abstain: 0 } }
    expect(secretBallotText(figures)).toBe('应到11人，实到9人，发出表决票9张，收回9张，有效票9张；同意8票，不同意1票，弃权0票')
    expect(secretBallotText({ ...figures, valid: 8, invalid: 1, counts: { for: 7, against: 1, abstain: 0 } })).toBe('应到11人，实到9人，发出表决票9张，收回9张，有效票8张，无效票1张；同意7票，不同意1票，弃权0票')
  })
})
