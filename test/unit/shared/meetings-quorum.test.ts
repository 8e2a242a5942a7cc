import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeQuorum, itemQuorum, participantsOf, quorumStatus, quorumThreshold } from '../../../shared/meetings/quorum'

// 会议规则: 半数以上到会方能开会, 三分之二以上到会方能讨论决定干部任免. 以上 includes the number.

describe('quorum thresholds', () => {
  it('11 members: the meeting needs 6, personnel needs 8', () => {
    expect(quorumThreshold(11, 'meeting')).toBe(6)
    expect(quorumThreshold(11, 'personnel')).toBe(8)
  })

  it('10 members: the meeting needs 5, personnel needs 7', () => {
    expect(quorumThreshold(10, 'meeting')).toBe(5)
    expect(quorumThreshold(10, 'personnel')).toBe(7)
  })

  it('the strict reading (more than half) needs 6 of 10 and still 6 of 11; two thirds does not change', () => {
    expect(quorumThreshold(10, 'meeting', 'more-than-half')).toBe(6)
    expect(quorumThreshold(11, 'meeting', 'more-than-half')).toBe(6)
    expect(quorumThreshold(10, 'personnel', 'more-than-half')).toBe(7)
    expect(quorumThreshold(11, 'personnel', 'more-than-half')).toBe(8)
  })

  // The plain-language definition, checked by counting rather than by formula:
  // the least number p with p ≥ n/2 (或 p > n/2), p ≥ 2n/3.
  const least = (n: number, ok: (p: number) => boolean) => {
    for (let p = 0; p <= n; p += 1) if (ok(p)) return p
    return Number.NaN
  }
  const table = Array.from({ length: 25 }, (_, index) => index + 1)

  it.each(table)('%i members: thresholds match 半数以上, 超过半数 and 三分之二以上 counted head by head', (n) => {
    expect(quorumThreshold(n, 'meeting', 'half-or-more')).toBe(least(n, (p) => 2 * p >= n))
    expect(quorumThreshold(n, 'meeting', 'more-than-half')).toBe(least(n, (p) => 2 * p > n))
    expect(quorumThreshold(n, 'personnel')).toBe(least(n, (p) => 3 * p >= 2 * n))
  })

  it('exact fractions are included: 9 members need 6 for personnel, 12 need 8, 6 members need 3', () => {
    expect(quorumThreshold(9, 'personnel')).toBe(6)
    expect(quorumThreshold(12, 'personnel')).toBe(8)
    expect(quorumThreshold(6, 'meeting')).toBe(3)
    expect(quorumThreshold(6, 'meeting', 'more-than-half')).toBe(4)
  })

  it('no members: no meeting can be quorate; nonsense counts are refused', () => {
    expect(quorumStatus(0, 0, 'meeting')).toMatchObject({ required: 1, met: false, missing: 1 })
    expect(() => quorumThreshold(-1, 'meeting')).toThrow(RangeError)
    expect(() => quorumThreshold(2.5, 'meeting')).toThrow(RangeError)
    expect(() => quorumThreshold(Number.NaN, 'personnel')).toThrow(RangeError)
  })

  it('thresholds never fall as the committee grows, and never exceed it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.constantFrom('meeting' as const, 'personnel' as const), fc.constantFrom('half-or-more' as const, 'more-than-half' as const), (n, kind, reading) => {
        const here = quorumThreshold(n, kind, reading)
        expect(quorumThreshold(n + 1, kind, reading)).toBeGreaterThanOrEqual(here)
        expect(here).toBeLessThanOrEqual(n)
        expect(quorumThreshold(n, 'personnel')).toBeGreaterThanOrEqual(quorumThreshold(n, 'meeting', reading))
      }),
    )
  })
})

describe('quorum status', () => {
  it('met exactly at the threshold, one short below it', () => {
    expect(quorumStatus(11, 6, 'meeting')).toEqual({ kind: 'meeting', members: 11, present: 6, required: 6, met: true, missing: 0 })
    expect(quorumStatus(11, 5, 'meeting')).toEqual({ kind: 'meeting', members: 11, present: 5, required: 6, met: false, missing: 1 })
    expect(quorumStatus(11, 8, 'personnel')).toMatchObject({ met: true, missing: 0 })
    expect(quorumStatus(11, 7, 'personnel')).toMatchObject({ met: false, missing: 1 })
    expect(quorumStatus(10, 5, 'meeting', 'more-than-half')).toMatchObject({ required: 6, met: false, missing: 1 })
  })

  it('describes the rule and what is missing in Chinese', () => {
    expect(describeQuorum(quorumStatus(11, 7, 'personnel'))).toBe('讨论决定干部任免事项须三分之二以上成员到会：应到 11 人，实到 7 人，至少需 8 人，还差 1 人')
    expect(describeQuorum(quorumStatus(11, 5, 'meeting'))).toBe('须半数以上成员到会：应到 11 人，实到 5 人，至少需 6 人，还差 1 人')
    expect(describeQuorum(quorumStatus(11, 9, 'personnel'))).toBe('应到 11 人，实到 9 人，至少需 8 人，符合规定')
  })
})

const members = Array.from({ length: 11 }, (_, index) => `m${index + 1}`)

describe('participants of an item', () => {
  it('are the present members minus those out of the room and those recused', () => {
    const input = { memberIds: members, presentIds: members.slice(0, 10), absentForItemIds: ['m2'], recusedIds: ['m3'] }
    expect(participantsOf(input)).toEqual(['m1', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10'])
    expect(itemQuorum(input, true)).toMatchObject({ members: 11, present: 8, required: 8, met: true })
  })

  it('a recusal can break the personnel quorum that attendance alone met', () => {
    const input = { memberIds: members, presentIds: members.slice(0, 8), absentForItemIds: [], recusedIds: [] }
    expect(itemQuorum(input, true)).toMatchObject({ present: 8, met: true })
    expect(itemQuorum({ ...input, recusedIds: ['m5'] }, true)).toMatchObject({ present: 7, required: 8, met: false, missing: 1 })
    // The same item as an ordinary topic still has its (half) quorum.
    expect(itemQuorum({ ...input, recusedIds: ['m5'] }, false)).toMatchObject({ present: 7, required: 6, met: true })
  })

  it('a member both recused and out of the room is taken away once', () => {
    const input = { memberIds: members, presentIds: members.slice(0, 9), absentForItemIds: ['m4'], recusedIds: ['m4'] }
    expect(participantsOf(input)).toHaveLength(8)
    expect(itemQuorum(input, true)).toMatchObject({ present: 8, met: true })
  })

  it('ignores ids that are not members (列席, stale ids) and repeated ids', () => {
    const input = { memberIds: [...members, 'm1'], presentIds: ['m1', 'm1', 'm2', 'guest', 'former'], absentForItemIds: ['guest'], recusedIds: ['nobody'] }
    expect(participantsOf(input)).toEqual(['m1', 'm2'])
    expect(itemQuorum(input, false)).toMatchObject({ members: 11, present: 2 })
  })

  it('the strict reading applies to items too', () => {
    const ten = members.slice(0, 10)
    const input = { memberIds: ten, presentIds: ten.slice(0, 5), absentForItemIds: [], recusedIds: [] }
    expect(itemQuorum(input, false).met).toBe(true)
    expect(itemQuorum(input, false, 'more-than-half').met).toBe(false)
  })

  it('participants are always present members, never more than present', () => {
    const id = fc.constantFrom(...members, 'guest', 'x')
    fc.assert(
      fc.property(fc.array(id), fc.array(id), fc.array(id), (presentIds, absentForItemIds, recusedIds) => {
        const result = participantsOf({ memberIds: members, presentIds, absentForItemIds, recusedIds })
        const present = new Set(presentIds)
        expect(result.every((who) => present.has(who) && members.includes(who) && !absentForItemIds.includes(who) && !recusedIds.includes(who))).toBe(true)
        expect(new Set(result).size).toBe(result.length)
        expect(itemQuorum({ memberIds: members, presentIds, absentForItemIds, recusedIds }, true).present).toBe(result.length)
      }),
    )
  })
})
