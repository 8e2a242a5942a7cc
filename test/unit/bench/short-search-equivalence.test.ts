import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { YishiCore } from '../../../electron/core'
import { likePattern, searchTerms } from '../../../electron/core/search/search-terms'
import { benchCall } from '../../../scripts/bench/bench-core'
import { buildSyntheticVault } from '../../../scripts/bench/build-vault'
import type { SearchHit } from '../../../shared/meetings/views'
import { removeDir, tempDir, testKdfCost } from '../../support/vault'

// Short terms (one or two characters) are found through the grams index of migration 0009.
// On a year of the benchmark's realistic records, it must find exactly the entries the scan
// with LIKE found before (every term in the title or the text), whatever the order.

describe('short-term search finds the same entries as the LIKE scan it replaced', () => {
  let dir: string
  let core: YishiCore

  beforeAll(async () => {
    dir = tempDir('yishi-short-search-')
    core = (await buildSyntheticVault({ dataDir: join(dir, 'data'), years: 1, today: '2026-11-23', kdfCost: testKdfCost, materialBytes: [256, 512] })).core
  }, 300_000)
  afterAll(async () => {
    await core.lock('quit')
    removeDir(dir)
  })

  /** What the scan of search_index_content returned (the SQL of the previous version, unlimited). */
  function scanned(query: string): string[] {
    const terms = searchTerms(query)
    const one = `(c3 LIKE ? ESCAPE '\\' OR c4 LIKE ? ESCAPE '\\')`
    const key = `CASE c0 WHEN 'speech' THEN 'speech/' || substr(c1, 1, instr(c1, ':') - 1) || '/' || c3 WHEN 'amendment' THEN 'amendment/' || c2 ELSE c0 || '/' || c1 END`
    const sql = `SELECT ${key} FROM search_index_content WHERE ${terms.map(() => one).join(' AND ')}`
    const rows = core.context.session!.vault.mainSqlite.prepare(sql).pluck().all(...terms.map(likePattern).flatMap((pattern) => [pattern, pattern])) as string[]
    return rows.sort()
  }

  // A speech by its item and speaker, an amendment by its meeting (what a hit shows of them).
  function keyOf(hit: SearchHit): string {
    if (hit.kind === 'topic') return `topic/${hit.topicId}`
    if (hit.kind === 'speech') return `speech/${hit.itemId}/${hit.title.split(' · ')[0]}`
    if (hit.kind === 'amendment') return `amendment/${hit.meetingId}`
    return `${hit.kind}/${hit.itemId}`
  }

  /** Every page of the search, entries only (meetings and people are matched in memory). */
  async function searched(query: string): Promise<SearchHit[]> {
    const hits: SearchHit[] = []
    for (let offset = 0; ; offset += 200) {
      const page = await benchCall(core, 'search.query', { query, limit: 200, offset })
      hits.push(...page.hits)
      if (!page.more) break
    }
    return hits.filter((hit) => hit.kind !== 'meeting' && hit.kind !== 'person')
  }

  const queries = ['王', '财政', '廉政', '李', '张', '会', '同意', '资金', '乡村', '局', '区委', '。', '，', '（', '2', '20', '第', '经费 审议', '财政 乡村振兴', '王 局', '廉政 风险防控', 'A', 'x', '%']

  it.each(queries)('「%s」', async (query) => {
    const expected = scanned(query)
    const hits = await searched(query)
    expect(hits.map(keyOf).sort()).toEqual(expected)
  })

  it('finds many rows for the common terms, so the comparison means something', () => {
    expect(scanned('财政').length).toBeGreaterThan(200)
    expect(scanned('廉政').length).toBeGreaterThan(10)
    expect(scanned('。').length).toBeGreaterThan(3000)
    expect(scanned('王').length).toBeGreaterThan(0)
  })
})
