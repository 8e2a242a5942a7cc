import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { people, topics } from '../../../electron/core/db/schema/main'
import { unsignKeyFile } from '../../support/attacker'
import { rollBackTo } from '../../support/migration-levels'
import { adminPassword, type TestCore } from '../../support/vault'
import { searchFixtureVaults } from './search-fixture-vaults'

// An agenda item is found under its topic's title and a speech under its speaker's name:
// corrections of either carry into the search index (migration 0006), and entries left stale
// by an older version are repaired when the vault is migrated.

const fixtureVault = searchFixtureVaults()

const itemTitles = async (target: TestCore, query: string) => (await target.call('search.query', { query })).hits.filter((hit) => hit.kind === 'item').map((hit) => hit.itemId)
const speakers = async (target: TestCore, query: string) => (await target.call('search.query', { query })).hits.filter((hit) => hit.kind === 'speech').map((hit) => hit.title.split(' · ')[0])

describe('search follows corrected titles and names', () => {
  it('finds a topic’s agenda items under its new title, and speeches under the speaker’s corrected name', async () => {
    const { core, fixture } = await fixtureVault()
    const db = core.context.session!.db
    db.update(topics).set({ title: '关于滨江生态廊道建设的方案' }).where(eq(topics.id, fixture.topics.park)).run()
    expect(await itemTitles(core, '滨江生态廊道')).toEqual([fixture.later.parkItemId])
    expect(await itemTitles(core, '滨江湿地公园')).toEqual([])

    db.update(people).set({ name: '张叁' }).where(eq(people.id, fixture.people.zhangSan)).run()
    expect(await speakers(core, '张叁')).toEqual(['张叁', '张叁', '张叁'])
    // 李明's speech still mentions 张三 in its text, and is still found by it.
    expect(await speakers(core, '张三')).toEqual(['李明'])
  })

  it('repairs entries an older version left under the old wording', async () => {
    const { core, fixture } = await fixtureVault()
    const session = core.context.session!
    rollBackTo(session.vault.mainSqlite, 'main', '0005_query_indexes')
    session.db.update(topics).set({ title: '关于滨江生态廊道建设的方案' }).where(eq(topics.id, fixture.topics.park)).run()
    session.db.update(people).set({ name: '张叁' }).where(eq(people.id, fixture.people.zhangSan)).run()
    expect(await itemTitles(core, '滨江生态廊道')).toEqual([])

    session.vault.authority = null // rolled back before the signed head's table
    core.context.lock('manual')
    unsignKeyFile(session.vault.paths.keyFile)
    await core.call('auth.unlock', { username: 'admin', password: adminPassword })
    expect(await itemTitles(core, '滨江生态廊道')).toEqual([fixture.later.parkItemId])
    expect(await speakers(core, '张叁')).toEqual(['张叁', '张叁', '张叁'])
  })
})
