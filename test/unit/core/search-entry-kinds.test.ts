import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { kindCounts } from '../../../electron/core/search/entry-kinds'
import { filterParams, searchStatements, type KindCount } from '../../../electron/core/search/search-statements'
import { ftsMatchExpression, shortMatchExpressions } from '../../../electron/core/search/search-terms'
import { applyDataKey, registerSqlFunctions, type SqliteDatabase } from '../../../electron/core/vault/store'
import type { TestCore } from '../../support/vault'
import { searchFixtureVaults } from './search-fixture-vaults'

// The facets of a query without filters are counted from the index's ids and the entries' kinds kept
// in memory (entry-kinds.ts): always the counts the content table gives, through inserts, deletes
// and an id FTS5 hands out again with another kind.

const fixtureVault = searchFixtureVaults()
const queries = ['同意', '财政', '张三', '区', '预算']
const longQueries = ['区财政局', '同意方案', '预算调整']
const noFilters = filterParams({ kinds: null, year: null, bodyId: null })

const sorted = (counts: KindCount[]) => [...counts].sort((a, b) => a.kind.localeCompare(b.kind))

function expectSameCounts(sqlite: SqliteDatabase): void {
  const statements = searchStatements(sqlite)
  for (const query of queries) {
    const expression = shortMatchExpressions([query]).all
    const fromContent = statements.shortCount(0).all(expression, 0, ...noFilters)
    expect(sorted(kindCounts(sqlite, statements, statements.shortIds().all(expression, 0))), query).toEqual(sorted(fromContent))
  }
  for (const query of longQueries) {
    const expression = ftsMatchExpression([query])
    const fromContent = statements.matchCount.all(expression, ...noFilters)
    expect(sorted(kindCounts(sqlite, statements, statements.matchIds.all(expression))), query).toEqual(sorted(fromContent))
  }
}

/** What the search triggers do for an entry: the entry, then its grams under the same id. */
function insertEntry(sqlite: SqliteDatabase, kind: string, title: string, body: string): number {
  sqlite.prepare('INSERT INTO search_index (kind, ref_id, meeting_id, title, body) VALUES (?, ?, NULL, ?, ?)').run(kind, `ref-${title}`, title, body)
  const id = sqlite.prepare('SELECT max(id) FROM search_index_content').pluck().get() as number
  sqlite.prepare('INSERT INTO search_short (rowid, title, body) SELECT id, search_grams(c3), search_grams(c4) FROM search_index_content WHERE id = ?').run(id)
  return id
}

function deleteEntry(sqlite: SqliteDatabase, id: number): void {
  sqlite.prepare('DELETE FROM search_short WHERE rowid = ?').run(id)
  sqlite.prepare('DELETE FROM search_index WHERE rowid = ?').run(id)
}

const topId = (sqlite: SqliteDatabase) => sqlite.prepare('SELECT max(id) FROM search_index_content').pluck().get() as number

async function fixtureStore(): Promise<{ core: TestCore; sqlite: SqliteDatabase }> {
  const { core } = await fixtureVault()
  return { core, sqlite: core.context.session!.vault.mainSqlite }
}

describe('facets from the kinds kept in memory', () => {
  it('count what the content table counts, for every query of the fixture', async () => {
    const { sqlite } = await fixtureStore()
    expectSameCounts(sqlite)
  })

  it('stay exact when the highest ids are deleted and handed out again with other kinds between two searches', async () => {
    const { sqlite } = await fixtureStore()
    expectSameCounts(sqlite)
    const top = topId(sqlite)
    // The three highest entries go; three of other kinds take their ids back.
    for (const id of [top, top - 1, top - 2]) deleteEntry(sqlite, id)
    const reused = [insertEntry(sqlite, 'topic', '区财政局专题', '同意区财政预算调整'), insertEntry(sqlite, 'amendment', '更正', '张三同意'), insertEntry(sqlite, 'material', '预算表', '区财政')]
    expect(reused).toEqual([top - 2, top - 1, top])
    expectSameCounts(sqlite)
    // More entries, and one in the middle deleted.
    insertEntry(sqlite, 'speech', '张三', '同意预算')
    deleteEntry(sqlite, top - 5)
    expectSameCounts(sqlite)
  })

  it('read everything again after a write through another connection', async () => {
    const { core, sqlite } = await fixtureStore()
    expectSameCounts(sqlite)
    const other = new Database(core.context.session!.vault.paths.main)
    try {
      applyDataKey(other, core.context.session!.vault.mainKey)
      registerSqlFunctions(other)
      const top = topId(other)
      deleteEntry(other, top)
      insertEntry(other, 'recusal', '张三', '回避：区财政预算')
    } finally {
      other.close()
    }
    expectSameCounts(sqlite)
  })
})
