import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { people, speeches, topics } from '../../../electron/core/db/schema/main'
import { searchRecords } from '../../../electron/core/search/search-service'
import { backfillShortIndexBatch, pendingSettingKey, shortIndexPendingThrough, shortIndexSettled } from '../../../electron/core/search/short-index-backfill'
import type { Session } from '../../../electron/core/session'
import type { SearchResult } from '../../../shared/meetings/views'
import { unsignKeyFile } from '../../support/attacker'
import { rollBackTo } from '../../support/migration-levels'
import { adminPassword, type TestCore } from '../../support/vault'
import { searchFixtureVaults } from './search-fixture-vaults'

// Migration 0009: one- and two-character terms are found through the grams index
// `search_short`, kept by the search triggers under the same rowid as each entry, and written
// for the entries of a vault made before it after unlock, in the background.

const fixtureVault = searchFixtureVaults()

const speakers = async (target: TestCore, query: string) => (await target.call('search.query', { query })).hits.filter((hit) => hit.kind === 'speech').map((hit) => hit.title.split(' · ')[0])

/** The grams index holds one row per index entry, under the entry's rowid, and nothing else. */
function shortRowids(target: TestCore): { entries: number[]; grams: number[] } {
  const sqlite = target.context.session!.vault.mainSqlite
  // Every entry has at least one character, so each is found by some gram of its own text.
  const entries = sqlite.prepare('SELECT id FROM search_index_content ORDER BY id').pluck().all() as number[]
  const grams = entries.filter((id) => {
    const text = sqlite.prepare('SELECT coalesce(c3, \'\') || coalesce(c4, \'\') FROM search_index_content WHERE id = ?').pluck().get(id) as string
    const first = [...text.replace(/\s/gu, '')][0] ?? ''
    const token = `u${(first.toLowerCase().codePointAt(0) ?? 0).toString(16)}`
    return sqlite.prepare('SELECT 1 FROM search_short WHERE search_short MATCH ? AND rowid = ?').get(`"${token}"`, id) !== undefined
  })
  return { entries, grams }
}

describe('the short-term index (migration 0009)', () => {
  it('follows inserts, updates, deletes and renames through the triggers', async () => {
    const { core, fixture } = await fixtureVault()
    const db = core.context.session!.db
    expect(await speakers(core, '张三')).toEqual(['张三', '张三', '张三', '李明'])
    db.update(speeches).set({ notes: '同意，请区财政局抓紧落实。' }).where(eq(speeches.personId, fixture.people.liMing)).run()
    expect(await speakers(core, '张三')).toEqual(['张三', '张三', '张三'])
    expect(await speakers(core, '落实')).toEqual(['李明'])
    db.update(people).set({ name: '张叁' }).where(eq(people.id, fixture.people.zhangSan)).run()
    expect(await speakers(core, '张叁')).toEqual(['张叁', '张叁', '张叁'])
    expect(await speakers(core, '张三')).toEqual([])
    db.update(topics).set({ title: '关于滨江生态廊道建设的方案' }).where(eq(topics.id, fixture.topics.park)).run()
    expect((await core.call('search.query', { query: '廊道' })).hits.map((hit) => hit.kind).sort()).toEqual(['item', 'topic'])
    db.delete(speeches).where(eq(speeches.personId, fixture.people.wangFang)).run()
    expect(await speakers(core, '三公')).toEqual([])
    const { entries, grams } = shortRowids(core)
    expect(grams).toEqual(entries)
    const sqlite = core.context.session!.vault.mainSqlite
    expect(sqlite.prepare(`SELECT count(*) FROM search_short WHERE search_short MATCH '"u3002"'`).pluck().get()).toBe(
      sqlite.prepare(`SELECT count(*) FROM search_index_content WHERE c3 LIKE '%。%' OR c4 LIKE '%。%'`).pluck().get(),
    )
  })

  it('is written for the entries of a vault made before it after unlock, in the background and resumably; search finds the same meanwhile', async () => {
    const { core, fixture } = await fixtureVault()
    const session = core.context.session!
    rollBackTo(session.vault.mainSqlite, 'main', '0006_search_follows_renames')
    expect(session.vault.mainSqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'search_short'`).get()).toBeUndefined()
    // Written by the older version's triggers: only the trigram index has it.
    session.db.insert(speeches).values({ agendaItemId: fixture.later.budgetItemId, personId: fixture.people.liMing, notes: '建议压减三公经费。', stance: 'agree', createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-11-01T08:00:00.000Z' }).run()

    session.vault.authority = null // rolled back before the signed head's table
    core.context.lock('manual')
    unsignKeyFile(session.vault.paths.keyFile)
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    // The unlock answered before any entry was indexed: the fill runs after it.
    const unlocked = core.context.session!
    const sqlite = unlocked.vault.mainSqlite
    const entriesBefore = shortRowids(core).entries
    expect(shortIndexPendingThrough(sqlite)).toBe(Math.max(...entriesBefore))
    expect(shortRowids(core).grams).toEqual([])

    // Synchronously (the background step waits for the next turn of the event loop): nothing indexed yet.
    const unindexed = results(unlocked)
    expect(unindexed.get('三公')!.hits.filter((hit) => hit.kind === 'speech').map((hit) => hit.title.split(' · ')[0])).toEqual(['李明', '王芳'])
    // A rename while entries are pending indexes the renamed ones at once; they must not show twice (the person, then the one speech).
    unlocked.db.update(people).set({ name: '王方' }).where(eq(people.id, fixture.people.wangFang)).run()
    const renamed = results(unlocked)
    expect(renamed.get('王方')!.hits.map((hit) => hit.kind)).toEqual(['person', 'speech'])
    expect(backfillShortIndexBatch(sqlite, 6)).toBe(true)
    expect(results(unlocked)).toEqual(renamed)

    // A lock stops the fill; the next unlock goes on from the stored mark.
    const mark = shortIndexPendingThrough(sqlite)
    expect(mark).toBeGreaterThan(0)
    core.context.lock('manual')
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const again = core.context.session!
    expect(shortIndexPendingThrough(again.vault.mainSqlite)).toBe(mark)
    await shortIndexSettled(again)
    expect(shortIndexPendingThrough(again.vault.mainSqlite)).toBe(0)
    expect(again.vault.mainSqlite.prepare('SELECT 1 FROM settings WHERE key = ?').get(pendingSettingKey)).toBeUndefined()
    expect(results(again)).toEqual(renamed)
    const { entries, grams } = shortRowids(core)
    expect(entries.length).toBeGreaterThan(10)
    expect(grams).toEqual(entries)
  })
})

/** Every query kind the short path serves (one or two short terms, mixed with a long one, a title's own term), unpaged. */
function results(session: Session): Map<string, SearchResult> {
  const queries = ['三公', '张三', '张', '财政', '同意 张三', '预算 区财政局', '王方', '湿地 方案', '%', 'a']
  return new Map(queries.map((query) => [query, searchRecords(session, { query, offset: 0, limit: 200 })]))
}
