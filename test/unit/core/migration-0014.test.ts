import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { rollBackTo } from '../../support/migration-levels'
import { adminPassword, removeDir } from '../../support/vault'
import { liveVault, type LiveVault } from './live-fixture'
import { endedMeeting, reviewedMinutes } from './minutes-fixture'

// Migration 0014: a 纪要 issued before the 签发人 was recorded keeps its text and its date
// (the day it was entered), shows no 签发人, and new ones record theirs; the recusals
// recorded before are put in the search index.

let lv: LiveVault
beforeEach(async () => {
  lv = await liveVault()
})
afterEach(() => {
  lv.core.context.lock('manual')
  removeDir(lv.core.dataDir)
})

describe('migration 0014: the 签发人 columns and recusals in search', () => {
  it('a vault at 0010 with an issued 纪要 and one under review is migrated at unlock; the old one has no 签发人, the next 签发 records one', async () => {
    const old = await endedMeeting(lv)
    await reviewedMinutes(lv.core, old.id)
    await lv.core.call('minutes.issue', { meetingId: old.id })
    const waiting = await endedMeeting(lv)
    await reviewedMinutes(lv.core, waiting.id)
    const sqlite = lv.core.context.session!.vault.mainSqlite
    const [item] = waiting.items
    sqlite.prepare(`INSERT INTO recusals (agenda_item_id, person_id, reason, created_at, updated_at) VALUES (?, ?, '本人曾在该项目承建单位任职', '${old.date}', '${old.date}')`).run(item!.id, lv.people[3])
    // What the version before 0014 left: recusals not in the index.
    sqlite.prepare("DELETE FROM search_short WHERE rowid IN (SELECT id FROM search_index_content WHERE c0 = 'recusal')").run()
    sqlite.prepare("DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_index_content WHERE c0 = 'recusal')").run()
    rollBackTo(sqlite, 'main', '0010_material_texts')
    const columns = () => (sqlite.prepare(`SELECT name FROM pragma_table_info('minutes')`).pluck().all() as string[]).filter((name) => name.startsWith('sign'))
    expect(columns()).toEqual([])
    lv.core.context.lock('manual')

    await lv.core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const migrated = lv.core.context.session!.vault.mainSqlite
    expect((migrated.prepare(`SELECT name FROM pragma_table_info('minutes')`).pluck().all() as string[]).filter((name) => name.startsWith('sign'))).toEqual(['signer_id', 'signer_name', 'signed_on'])
    const issued = (await lv.core.call('minutes.get', { meetingId: old.id })).minutes!
    expect(issued).toMatchObject({ status: 'issued', signer: null, issued: { byName: '王秘书' } })
    const header = (await lv.core.call('minutes.preview', { meetingId: old.id })).blocks.slice(1, 3)
    expect(header).toEqual([{ kind: 'centredLine', text: '第1期' }, { kind: 'splitLine', left: expect.any(String), right: '2026年3月10日' }])
    const found = await lv.core.call('search.query', { query: '承建单位' })
    expect(found.hits.map((hit) => [hit.kind, hit.itemId, hit.personId])).toEqual([['recusal', item!.id, lv.people[3]]])
    const next = await lv.core.call('minutes.issue', { meetingId: waiting.id })
    expect(next.minutes!.signer).toMatchObject({ name: '林书记', signedOn: '2026-03-10' })
  })
})
