import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SearchHit } from '../../../shared/meetings/views'
import { adminPassword, createdVault, removeDir, type TestCore } from '../../support/vault'
import { writeSearchFixture, type SearchFixture } from './search-fixture'

let core: TestCore
let fixture: SearchFixture
beforeAll(async () => {
  core = await createdVault()
  await core.call('auth.unlock', { username: 'admin', password: adminPassword })
  fixture = writeSearchFixture(core.context.session!.db)
})
afterAll(() => {
  core.context.lock('manual')
  removeDir(core.dataDir)
})

const search = async (query: string, limit?: number) => (await core.call('search.query', { query, limit })).hits
const ofKind = (hits: SearchHit[], kind: SearchHit['kind']) => hits.filter((hit) => hit.kind === kind)
const topicCount = () => core.context.session!.vault.mainSqlite.prepare('SELECT count(*) AS n FROM topics').get() as { n: number }

describe('search across the records', () => {
  it('reads short terms from FTS5’s content table, whose columns c0…c4 are the index’s columns in order', () => {
    const sqlite = core.context.session!.vault.mainSqlite
    const viaIndex = sqlite.prepare('SELECT rowid, kind, ref_id, meeting_id, title, body FROM search_index ORDER BY rowid').raw().all()
    const viaContent = sqlite.prepare('SELECT id, c0, c1, c2, c3, c4 FROM search_index_content ORDER BY id').raw().all()
    expect(viaIndex.length).toBeGreaterThan(10)
    expect(viaContent).toEqual(viaIndex)
  })

  it('finds a member’s speeches by a two-character name, linked to their meeting and item', async () => {
    const hits = await search('张三')
    const speeches = ofKind(hits, 'speech')
    // His three speeches (name in the title) come before 李明's speech that mentions him.
    expect(speeches.map((hit) => hit.title.split(' · ')[0])).toEqual(['张三', '张三', '张三', '李明'])
    const park = speeches.find((hit) => hit.snippet.includes('生态保护红线'))
    expect(park).toEqual({
      kind: 'speech',
      meetingId: fixture.later.meetingId,
      itemId: fixture.later.parkItemId,
      topicId: fixture.topics.park,
      personId: fixture.people.zhangSan,
      meetingLabel: '2026年第15次常委会会议',
      date: '2026-07-24',
      title: '张三 · 关于滨江湿地公园改造提升的方案',
      snippet: '同意方案，注意生态保护红线。',
    })
    const road = speeches.find((hit) => hit.snippet.includes('征地拆迁'))
    expect(road).toMatchObject({ meetingId: fixture.earlier.meetingId, itemId: fixture.earlier.roadItemId, topicId: fixture.topics.road, meetingLabel: '2026年第14次常委会会议' })
  })

  it('works with a single character', async () => {
    const hits = await search('缓')
    expect(ofKind(hits, 'item').map((hit) => hit.itemId)).toEqual([fixture.earlier.budgetItemId])
    expect(ofKind(hits, 'speech')).toHaveLength(1)
    expect(ofKind(hits, 'speech')[0]).toMatchObject({ itemId: fixture.earlier.budgetItemId, snippet: '建议缓议，先把民生支出的口径算清楚。' })
  })

  it('finds a decision by a longer phrase through the trigram index', async () => {
    const hits = await search('征地拆迁工作')
    expect(hits).toEqual([
      {
        kind: 'item',
        meetingId: fixture.earlier.meetingId,
        itemId: fixture.earlier.roadItemId,
        topicId: fixture.topics.road,
        meetingLabel: '2026年第14次常委会会议',
        date: '2026-07-10',
        title: '关于城东快速路建设项目的请示',
        snippet: '钱进汇报了快速路的线位比选。 原则同意城东快速路建设项目，由区交通运输局牵头推进征地拆迁工作。 区交通运输局、区自然资源局',
      },
    ])
    // Case does not matter for Latin letters, as in the index.
    expect((await search('drop table')).map((hit) => hit.topicId)).toEqual([fixture.topics.odd])
  })

  it('requires every word of the query', async () => {
    const hits = await search('张三 生态')
    expect(hits.map((hit) => [hit.kind, hit.itemId])).toEqual([['speech', fixture.later.parkItemId]])
    expect(await search('湿地公园 征地拆迁')).toEqual([])
  })

  it('returns only the text around the match, never a whole speech', async () => {
    const [hit] = await search('三公经费')
    expect(hit).toMatchObject({ kind: 'speech', title: '王芳 · 关于2026年区级财政预算调整方案的汇报' })
    expect(hit!.snippet).toMatch(/^….*三公经费.*…$/u)
    expect([...hit!.snippet].length).toBeLessThanOrEqual(40 + 4 + 40 + 2)
    expect(hit!.snippet.indexOf('三公经费')).toBeGreaterThanOrEqual(38)
  })

  it('finds meetings by their number and place', async () => {
    const byNumber = await search('第15次')
    expect(byNumber[0]).toEqual({
      kind: 'meeting',
      meetingId: fixture.later.meetingId,
      itemId: null,
      topicId: null,
      meetingLabel: '2026年第15次常委会会议',
      date: '2026-07-24',
      title: '2026年第15次常委会会议',
      snippet: '区委第一会议室，已结束',
    })
    expect(ofKind(byNumber, 'meeting')).toHaveLength(1)
    expect(ofKind(await search('常委会议室'), 'meeting').map((hit) => hit.meetingId)).toEqual([fixture.earlier.meetingId])
    // Both meetings, the newest first.
    expect(ofKind(await search('常委会'), 'meeting').map((hit) => hit.meetingId)).toEqual([fixture.later.meetingId, fixture.earlier.meetingId])
  })

  it('finds an amendment and links it to the corrected item', async () => {
    const hits = await search('漏记')
    expect(hits).toEqual([
      {
        kind: 'amendment',
        meetingId: fixture.later.meetingId,
        itemId: fixture.later.parkItemId,
        topicId: fixture.topics.park,
        meetingLabel: '2026年第15次常委会会议',
        date: '2026-07-24',
        title: '关于滨江湿地公园改造提升的方案',
        snippet: '原则同意湿地公园改造提升方案，由区住房城乡建设局负责实施。 记录员漏记决定内容，经主持人确认补正',
      },
    ])
  })

  it('lists topics with their own link, and newer meetings first when relevance is equal', async () => {
    const topicHits = ofKind(await search('区财政局'), 'topic')
    expect(topicHits).toEqual([expect.objectContaining({ kind: 'topic', topicId: fixture.topics.budget, meetingId: null, itemId: null, title: '关于2026年区级财政预算调整方案的汇报' })])
    const dated = (await search('原则同')).map((hit) => hit.date).filter((date) => date !== null)
    expect(dated).toEqual(['2026-07-24', '2026-07-10'])
  })

  it('lists a short term’s hits by entry, the last written first, after those with it in the title', async () => {
    const sqlite = core.context.session!.vault.mainSqlite
    const newestFirst = (sqlite.prepare(`SELECT c0 AS kind FROM search_index_content WHERE c3 NOT LIKE '%同意%' AND c4 LIKE '%同意%' ORDER BY id DESC`).all() as { kind: string }[]).map((row) => row.kind)
    expect(newestFirst.length).toBeGreaterThan(4)
    expect((await search('同意')).map((hit) => hit.kind)).toEqual(newestFirst)
    expect((await search('同意'))[0]).toMatchObject({ kind: 'amendment', snippet: expect.stringContaining('原则同意湿地公园') })
  })

  it('gives a page from an offset and says whether more follow', async () => {
    const all = await core.call('search.query', { query: '同意', limit: 200 })
    expect(all.more).toBe(false)
    const first = await core.call('search.query', { query: '同意', limit: 3 })
    const second = await core.call('search.query', { query: '同意', limit: 3, offset: 3 })
    expect(first.more).toBe(true)
    expect([...first.hits, ...second.hits]).toEqual(all.hits.slice(0, 6))
    const last = await core.call('search.query', { query: '同意', limit: 3, offset: all.hits.length - 2 })
    expect(last).toEqual({ hits: all.hits.slice(-2), more: false, facets: all.facets })
    // The same for meetings before entries, and for the trigram index.
    const meetings = await core.call('search.query', { query: '常委会', limit: 1 })
    expect(meetings.more).toBe(true)
    const long = await core.call('search.query', { query: '区财政局', limit: 200 })
    expect((await core.call('search.query', { query: '区财政局', limit: 1, offset: 1 })).hits).toEqual(long.hits.slice(1, 2))
  })

  it('reads FTS syntax and SQL in the query as plain text', async () => {
    const before = topicCount()
    for (const query of ['"', '""', '"完成率"', '*', 'a*b:c', '(含)', 'NEAR(考核)', 'AND', 'OR', 'NOT', '1=1; DROP TABLE topics; --', "' OR '1'='1", '张三 OR 李明', 'title:张三', '^关于', '{title body}: 公园']) {
      const result = await core.raw('search.query', { query })
      expect(result.ok, query).toBe(true)
      const hits = result.ok ? result.value.hits : []
      // Whatever matches contains the query literally (only the odd topic has these characters).
      for (const hit of hits) expect(hit.topicId, `${query} → ${hit.title}`).toBe(fixture.topics.odd)
    }
    for (const query of ['"完成率"', 'NEAR(考核)', 'a*b:c', 'AND', 'OR', '1=1; DROP TABLE topics; --', '(含)']) {
      expect((await search(query)).map((hit) => hit.topicId), query).toEqual([fixture.topics.odd])
    }
    expect(await search('张三 OR 李明')).toEqual([])
    expect(topicCount()).toEqual(before)
  })

  it('takes LIKE wildcards literally', async () => {
    expect((await search('%')).map((hit) => hit.topicId)).toEqual([fixture.topics.odd])
    expect((await search('_')).map((hit) => hit.topicId)).toEqual([fixture.topics.odd])
    expect((await search('%_')).map((hit) => hit.topicId)).toEqual([fixture.topics.odd])
    expect((await search('100%_目标')).map((hit) => hit.topicId)).toEqual([fixture.topics.odd])
    expect(await search('张%')).toEqual([])
    expect(await search('张_')).toEqual([])
    expect(await search('\\')).toEqual([])
  })

  it('keeps to the limit and logs nothing', async () => {
    const before = await core.call('audit.list', { limit: 500 })
    expect(await search('同意', 2)).toHaveLength(2)
    await search('张三')
    await search('征地拆迁工作')
    expect(await core.call('audit.list', { limit: 500 })).toEqual(before)
  })

  it('refuses an empty query', async () => {
    expect(await core.raw('search.query', { query: '   ' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('请填写搜索内容') } })
  })
})
