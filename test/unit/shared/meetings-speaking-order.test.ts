import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { effectiveSpeakingOrder, isSameOrder, proposedSpeakingOrder, type SpeakerCandidate } from '../../../shared/meetings/speaking-order'

// 按照常委排名倒序发表意见，主要负责同志末位表态.

const speaker = (personId: string, rank: number, name: string): SpeakerCandidate => ({ personId, rank, name })
const committee = [speaker('sj', 1, '书记'), speaker('qz', 2, '区长'), speaker('fsj', 3, '副书记'), speaker('zz', 4, '组织部长'), speaker('jw', 5, '纪委书记')]

describe('proposed speaking order', () => {
  it('reverse rank, rank 1 (the chairing secretary) last', () => {
    expect(proposedSpeakingOrder(committee, 'sj')).toEqual(['jw', 'zz', 'fsj', 'qz', 'sj'])
  })

  it('does not depend on the order the members are given in', () => {
    expect(proposedSpeakingOrder([...committee].reverse(), 'sj')).toEqual(['jw', 'zz', 'fsj', 'qz', 'sj'])
  })

  it('the chair speaks last even when not rank 1', () => {
    expect(proposedSpeakingOrder(committee, 'fsj')).toEqual(['jw', 'zz', 'qz', 'sj', 'fsj'])
  })

  it('with the chair absent (not among the speakers) reverse rank alone applies', () => {
    const withoutSecretary = committee.filter((member) => member.personId !== 'sj')
    expect(proposedSpeakingOrder(withoutSecretary, 'sj')).toEqual(['jw', 'zz', 'fsj', 'qz'])
    expect(proposedSpeakingOrder(committee, null)).toEqual(['jw', 'zz', 'fsj', 'qz', 'sj'])
  })

  it('equal ranks keep a stable order by name (pinyin), then by id', () => {
    const tied = [speaker('x', 6, '张三'), speaker('y', 6, '李四'), speaker('z', 6, '王五'), speaker('w', 6, '李四')]
    // 李 (li) < 王 (wang) < 张 (zhang); the two 李四 by id.
    expect(proposedSpeakingOrder([...tied, ...committee], 'sj')).toEqual(['w', 'y', 'z', 'x', 'jw', 'zz', 'fsj', 'qz', 'sj'])
    expect(proposedSpeakingOrder([...tied].reverse(), null)).toEqual(['w', 'y', 'z', 'x'])
  })

  it('follows changed ranks (the ranks in force on the meeting date)', () => {
    const march = committee
    const june = committee.map((member) => (member.personId === 'jw' ? { ...member, rank: 3 } : member.personId === 'fsj' ? { ...member, rank: 5 } : member))
    expect(proposedSpeakingOrder(march, 'sj')).toEqual(['jw', 'zz', 'fsj', 'qz', 'sj'])
    expect(proposedSpeakingOrder(june, 'sj')).toEqual(['fsj', 'zz', 'jw', 'qz', 'sj'])
  })

  it('is always a permutation of the speakers, with the chair last when present', () => {
    const candidates = fc.uniqueArray(fc.record({ personId: fc.string({ minLength: 1, maxLength: 4 }), rank: fc.integer({ min: 1, max: 15 }), name: fc.string({ maxLength: 3 }) }), { selector: (candidate) => candidate.personId, maxLength: 15 })
    fc.assert(
      fc.property(candidates, fc.nat(), (list, pick) => {
        const chair = list.length > 0 ? list[pick % list.length]!.personId : null
        const order = proposedSpeakingOrder(list, chair)
        expect([...order].sort()).toEqual(list.map((candidate) => candidate.personId).sort())
        if (chair) expect(order.at(-1)).toBe(chair)
        const rankOf = new Map(list.map((candidate) => [candidate.personId, candidate.rank]))
        const others = order.filter((id) => id !== chair).map((id) => rankOf.get(id)!)
        expect(others).toEqual([...others].sort((a, b) => b - a))
      }),
    )
  })
})

describe('effective speaking order', () => {
  const proposed = ['jw', 'zz', 'fsj', 'qz', 'sj']

  it('is the proposed order when the recorder saved none', () => {
    expect(effectiveSpeakingOrder(proposed, null)).toEqual(proposed)
  })

  it('keeps the recorder’s saved order', () => {
    expect(effectiveSpeakingOrder(proposed, ['zz', 'jw', 'fsj', 'qz', 'sj'])).toEqual(['zz', 'jw', 'fsj', 'qz', 'sj'])
  })

  it('drops people no longer taking part (left, recused) and repeated ids', () => {
    expect(effectiveSpeakingOrder(proposed, ['zz', 'jw', 'zz', 'fsj', 'qz', 'sj'])).toEqual(['zz', 'jw', 'fsj', 'qz', 'sj'])
    expect(effectiveSpeakingOrder(['jw', 'fsj', 'qz', 'sj'], ['zz', 'jw', 'fsj', 'qz', 'sj'])).toEqual(['jw', 'fsj', 'qz', 'sj'])
  })

  it('appends newcomers in proposed order, still before the principal leader who speaks last', () => {
    expect(effectiveSpeakingOrder(proposed, ['fsj', 'qz', 'sj'])).toEqual(['fsj', 'qz', 'jw', 'zz', 'sj'])
  })

  it('appends newcomers at the end when the recorder did not put the principal leader last', () => {
    expect(effectiveSpeakingOrder(proposed, ['sj', 'fsj', 'qz'])).toEqual(['sj', 'fsj', 'qz', 'jw', 'zz'])
  })

  it('a chair who arrives late goes last', () => {
    expect(effectiveSpeakingOrder(proposed, ['zz', 'jw', 'fsj', 'qz'])).toEqual(['zz', 'jw', 'fsj', 'qz', 'sj'])
  })

  it('always shows exactly the people taking part, once each', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f']
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...ids)), fc.option(fc.array(fc.constantFrom(...ids, 'gone'))), (taking, saved) => {
        const order = effectiveSpeakingOrder(taking, saved)
        expect([...order].sort()).toEqual([...taking].sort())
      }),
    )
  })

  it('compares orders element by element', () => {
    expect(isSameOrder(['a', 'b'], ['a', 'b'])).toBe(true)
    expect(isSameOrder(['a', 'b'], ['b', 'a'])).toBe(false)
    expect(isSameOrder(['a'], ['a', 'b'])).toBe(false)
  })
})
