import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { materialTextsSettled } from '../../../electron/core/material-text/index-materials'
import { writeReportDocx } from '../../support/material-documents'
import { rollBackTo } from '../../support/migration-levels'
import { meetingsVaults, topicInput } from '../../support/meetings-fixture'
import { adminPassword } from '../../support/vault'

// Migration 0010: a vault whose materials were added before search looked inside them gets
// the material_texts table and its triggers, and its materials are read after unlock.

const vaults = meetingsVaults()

describe('material texts (migration 0010)', () => {
  it('a vault at 0009 with a material is migrated at unlock, and the background pass makes its text searchable', async () => {
    const vault = await vaults.open({ roster: false })
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于全县河湖长制工作情况的议题'))
    const report = await writeReportDocx(join(vaults.folder(), '河湖长制工作汇报.docx'), '关于全县河湖长制工作情况的汇报', [
      '全年县级河湖长巡河巡湖412次，清理河道垃圾1.6万吨，整治入河排污口37个。',
    ])
    vault.core.dialogs.openFiles.push([report])
    await vault.core.call('topics.addMaterials', { topicId: topic.id })
    const session = vault.core.context.session!
    await materialTextsSettled(session)
    // What the version before 0010 left: no marks, no material entries in the index.
    const sqlite = session.vault.mainSqlite
    sqlite.prepare("DELETE FROM search_short WHERE rowid IN (SELECT id FROM search_index_content WHERE c0 = 'material')").run()
    sqlite.prepare("DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_index_content WHERE c0 = 'material')").run()
    rollBackTo(sqlite, 'main', '0009_short_search_index')
    expect(sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'material_texts'`).get()).toBeUndefined()
    vault.core.context.lock('manual')

    await vault.core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const unlocked = vault.core.context.session!
    expect(unlocked.vault.mainSqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'topic_materials' ORDER BY name`).pluck().all()).toEqual([
      'topic_materials_text_delete',
      'topic_materials_text_replace',
    ])
    await materialTextsSettled(unlocked)
    const hits = (await vault.core.call('search.query', { query: '入河排污口' })).hits
    expect(hits.map((hit) => [hit.kind, hit.title, hit.topicId])).toEqual([['material', '河湖长制工作汇报.docx', topic.id]])
    expect((await vault.core.call('topics.get', { id: topic.id })).materials.map((material) => material.textState)).toEqual(['text'])
  })
})
