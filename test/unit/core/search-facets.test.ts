import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { memberships, people, recusals } from '../../../electron/core/db/schema/main'
import { searchFixtureVaults } from './search-fixture-vaults'
import { standingBodyId } from './search-fixture'

// Search by kind (会议 / 议题 / 发言 / 决定 / 回避 / 人员) with counts, by year and body; 回避
// found by the member's name or the reason; the 人员 card.

const fixtureVault = searchFixtureVaults()
const at = '2026-11-01T08:00:00.000Z'

describe('search facets, filters, recusals and the person card', () => {
  it('counts each kind, narrows to the kinds chosen, and filters by year and body', async () => {
    const { core, fixture } = await fixtureVault()
    const all = await core.call('search.query', { query: '张三' })
    expect(all.facets).toEqual({ person: 1, speech: 4 })
    expect(all.hits.map((hit) => hit.kind)).toEqual(['person', 'speech', 'speech', 'speech', 'speech'])
    expect(all.hits[0]).toMatchObject({ kind: 'person', personId: fixture.people.zhangSan, title: '张三' })

    const speechesOnly = await core.call('search.query', { query: '张三', kinds: ['speech'] })
    expect(speechesOnly.hits.map((hit) => hit.kind)).toEqual(['speech', 'speech', 'speech', 'speech'])
    // The counts stay those of every kind, so the other facets can still be chosen.
    expect(speechesOnly.facets).toEqual(all.facets)

    // 同意 is in decisions and speeches at both meetings (2026-07-10 and 07-24) of 2026.
    const agreed = await core.call('search.query', { query: '同意', limit: 200 })
    expect(agreed.facets.item).toBe(2)
    expect((await core.call('search.query', { query: '同意', year: 2025 })).facets).toEqual({})
    expect((await core.call('search.query', { query: '同意', year: 2026, limit: 200 })).facets).toEqual(agreed.facets)
    expect((await core.call('search.query', { query: '同意', bodyId: randomUUID() })).hits).toEqual([])
    expect((await core.call('search.query', { query: '同意', bodyId: standingBodyId, limit: 200 })).hits).toHaveLength(agreed.hits.length)
    // The trigram path (three characters or more) filters and counts the same way.
    const longer = await core.call('search.query', { query: '区财政局', kinds: ['topic'] })
    expect(longer.hits.map((hit) => [hit.kind, hit.topicId])).toEqual([['topic', fixture.topics.budget]])
    expect(longer.facets.topic).toBe(1)
    expect(longer.facets.item).toBeGreaterThan(0)
    const earlierYear = await core.call('search.query', { query: '区财政局', year: 2027 })
    expect(earlierYear.hits).toEqual([])
  })

  it('finds a recusal by the member’s name and by its reason, kept by triggers, and shows the person card', async () => {
    const { core, fixture } = await fixtureVault()
    const db = core.context.session!.db
    db.insert(recusals).values({ agendaItemId: fixture.later.parkItemId, personId: fixture.people.wangFang, reason: '近亲属在承建单位任职', createdAt: at, updatedAt: at }).run()
    const byName = await core.call('search.query', { query: '王芳', kinds: ['recusal'] })
    expect(byName.hits).toEqual([
      expect.objectContaining({ kind: 'recusal', meetingId: fixture.later.meetingId, itemId: fixture.later.parkItemId, personId: fixture.people.wangFang, title: '王芳 · 关于滨江湿地公园改造提升的方案', snippet: '回避：近亲属在承建单位任职' }),
    ])
    expect(byName.facets.recusal).toBe(1)
    expect((await core.call('search.query', { query: '承建单位' })).hits.map((hit) => hit.kind)).toEqual(['recusal'])
    // A renamed member is found under the new name; a removed recusal is gone.
    db.update(people).set({ name: '王芳芳' }).where(eq(people.id, fixture.people.wangFang)).run()
    expect((await core.call('search.query', { query: '芳芳', kinds: ['recusal'] })).hits).toHaveLength(1)
    db.delete(recusals).run()
    expect((await core.call('search.query', { query: '承建单位' })).hits).toEqual([])

    db.insert(recusals).values({ agendaItemId: fixture.earlier.budgetItemId, personId: fixture.people.zhangSan, reason: '本人配偶在区财政局工作', createdAt: at, updatedAt: at }).run()
    db.insert(memberships).values({ id: randomUUID(), personId: fixture.people.zhangSan, post: '区委常委、常务副区长', rank: 5, startDate: '2026-01-01', createdAt: at, updatedAt: at }).run()
    const card = await core.call('search.person', { personId: fixture.people.zhangSan })
    expect(card).toMatchObject({ id: fixture.people.zhangSan, name: '张三', posts: [{ post: '区委常委、常务副区长', rank: 5, startDate: '2026-01-01', endDate: null }] })
    expect(card.speeches.map((line) => [line.label, line.topicTitle])).toEqual([
      ['2026年第15次常委会会议', '关于滨江湿地公园改造提升的方案'],
      ['2026年第14次常委会会议', '关于2026年区级财政预算调整方案的汇报'],
      ['2026年第14次常委会会议', '关于城东快速路建设项目的请示'],
    ])
    expect(card.recusals).toEqual([{ meetingId: fixture.earlier.meetingId, itemId: fixture.earlier.budgetItemId, label: '2026年第14次常委会会议', date: '2026-07-10', topicTitle: '关于2026年区级财政预算调整方案的汇报', text: '本人配偶在区财政局工作' }])
    const missing = await core.raw('search.person', { personId: randomUUID() })
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND')
  })
})
