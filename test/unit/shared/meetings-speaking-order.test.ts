import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { effectiveSpeakingOrder, isSameOrder, lastSpeakerLabels, principalOf, proposeSpeakingOrder, type SpeakerCandidate, type SpeakingRoles } from '../../../shared/meetings/speaking-order'

// 按照常委排名倒序发表意见; 主要负责人应当最后表态 — the 书记, not whoever chairs.

const speaker = (personId: string, rank: number, name: string): SpeakerCandidate => ({ personId, rank, name })
const committee = [speaker('sj', 1, '书记'), speaker('qz', 2, '区长'), speaker('fsj', 3, '副书记'), speaker('zz', 4, '组织部长'), speaker('jw', 5, '纪委书记')]
const chaired = (chairId: string | null, principalAttendance: SpeakingRoles['principalAttendance'] = 'present'): SpeakingRoles => ({ chairId, principalId: 'sj', principalAttendance })
// The order alone, with the 书记 (sj) attending: the shape most cases below check.
const proposedSpeakingOrder = (speakers: readonly SpeakerCandidate[], chairId: string | null) => proposeSpeakingOrder(speakers, chaired(chairId)).order
const without = (...ids: string[]) => committee.filter((member) => !ids.includes(member.personId))

describe('proposed speaking order', () => {
  it('reverse rank, rank 1 (the chairing secretary) last', () => {
    expect(proposedSpeakingOrder(committee, 'sj')).toEqual(['jw', 'zz', 'fsj', 'qz', 'sj'])
  })

  it('does not depend on the order the members are given in', () => {
    expect(proposedSpeakingOrder([...committee].reverse(), 'sj')).toEqual(['jw', 'zz', 'fsj', 'qz', 'sj'])
  })

  it('the 书记 chairing speaks last', () => {
    expect(proposeSpeakingOrder(committee, chaired('sj'))).toEqual({ order: ['jw', 'zz', 'fsj', 'qz', 'sj'], last: 'principal' })
  })

  it('the 书记 attending while another member chairs still speaks last; the chair keeps his reverse-rank place', () => {
    expect(proposeSpeakingOrder(committee, chaired('fsj'))).toEqual({ order: ['jw', 'zz', 'fsj', 'qz', 'sj'], last: 'principal' })
    expect(proposeSpeakingOrder(committee, chaired('qz'))).toEqual({ order: ['jw', 'zz', 'fsj', 'qz', 'sj'], last: 'principal' })
    expect(proposeSpeakingOrder(committee, chaired('jw'))).toEqual({ order: ['jw', 'zz', 'fsj', 'qz', 'sj'], last: 'principal' })
  })

  it('the 书记 on leave: the chair speaks last', () => {
    expect(proposeSpeakingOrder(without('sj'), chaired('qz', 'leave'))).toEqual({ order: ['jw', 'zz', 'fsj', 'qz'], last: 'chair-principal-absent' })
    expect(proposeSpeakingOrder(without('sj'), chaired('fsj', 'leave'))).toEqual({ order: ['jw', 'zz', 'qz', 'fsj'], last: 'chair-principal-absent' })
  })

  it('the 书记 attending but out of the room or recused for the item: the chair speaks last, and says why', () => {
    expect(proposeSpeakingOrder(without('sj'), chaired('fsj', 'present'))).toEqual({ order: ['jw', 'zz', 'qz', 'fsj'], last: 'chair-principal-out' })
    expect(proposeSpeakingOrder(without('sj'), chaired('fsj', 'pending'))).toEqual({ order: ['jw', 'zz', 'qz', 'fsj'], last: 'chair-principal-pending' })
  })

  it('the chair recused too (or no chair): reverse rank alone', () => {
    expect(proposeSpeakingOrder(without('sj', 'zz'), chaired('zz', 'leave'))).toEqual({ order: ['jw', 'fsj', 'qz'], last: 'rank' })
    expect(proposeSpeakingOrder(without('sj'), chaired(null, 'leave'))).toEqual({ order: ['jw', 'zz', 'fsj', 'qz'], last: 'rank' })
    expect(proposeSpeakingOrder([], chaired('sj'))).toEqual({ order: [], last: 'rank' })
  })

  it('the chair recused while the 书记 attends changes nothing for the 书记', () => {
    expect(proposeSpeakingOrder(without('fsj'), chaired('fsj'))).toEqual({ order: ['jw', 'zz', 'qz', 'sj'], last: 'principal' })
  })

  it('a body without the 书记 among its members: the chair last', () => {
    const roles: SpeakingRoles = { chairId: 'qz', principalId: null, principalAttendance: 'pending' }
    expect(proposeSpeakingOrder(without('sj'), roles)).toEqual({ order: ['jw', 'zz', 'fsj', 'qz'], last: 'chair' })
  })

  it('says why the last speaker is last', () => {
    expect(lastSpeakerLabels.principal).toBe('按常委排名倒序，书记末位表态')
    expect(lastSpeakerLabels['chair-principal-absent']).toBe('按常委排名倒序，书记缺席，主持人末位表态')
    expect(lastSpeakerLabels['chair-principal-out']).toContain('主持人末位表态')
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

  it('is always a permutation of the speakers, with the 书记 last when taking part, else the chair', () => {
    const candidates = fc.uniqueArray(fc.record({ personId: fc.string({ minLength: 1, maxLength: 4 }), rank: fc.integer({ min: 1, max: 15 }), name: fc.string({ maxLength: 3 }) }), { selector: (candidate) => candidate.personId, maxLength: 15 })
    fc.assert(
      fc.property(candidates, fc.nat(), fc.nat(), fc.boolean(), (list, pickChair, pickPrincipal, principalSpeaks) => {
        const chair = list.length > 0 ? list[pickChair % list.length]!.personId : null
        const principal = list.length > 0 && principalSpeaks ? list[pickPrincipal % list.length]!.personId : 'not-speaking'
        const { order, last } = proposeSpeakingOrder(list, { chairId: chair, principalId: principal, principalAttendance: 'leave' })
        expect([...order].sort()).toEqual(list.map((candidate) => candidate.personId).sort())
        const expectedLast = principal !== 'not-speaking' ? principal : chair
        if (expectedLast) expect(order.at(-1)).toBe(expectedLast)
        expect(last).toBe(principal !== 'not-speaking' ? 'principal' : chair ? 'chair-principal-absent' : 'rank')
        const rankOf = new Map(list.map((candidate) => [candidate.personId, candidate.rank]))
        const others = order.filter((id) => id !== expectedLast).map((id) => rankOf.get(id)!)
        expect(others).toEqual([...others].sort((a, b) => b - a))
      }),
    )
  })
})

describe('the 书记 of a meeting', () => {
  it('is the member ranked 1 as of the meeting date', () => {
    expect(principalOf(committee)).toBe('sj')
    expect(principalOf([...committee].reverse())).toBe('sj')
  })

  it('is nobody when no member is ranked 1 (a body without him, a vacancy) or two are', () => {
    expect(principalOf(without('sj'))).toBeNull()
    expect(principalOf([...committee, speaker('x', 1, '另一人')])).toBeNull()
    expect(principalOf([])).toBeNull()
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
