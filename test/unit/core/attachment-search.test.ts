import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { materialTextsSettled } from '../../../electron/core/material-text/index-materials'
import { writeGbText } from '../../support/material-documents'
import { meetingsVaults, type MeetingsVault } from '../../support/meetings-fixture'
import { adminPassword } from '../../support/vault'
import { decidedMeeting } from './follow-up-fixture'

// 督办 attachments' text is read into the search index like materials' (material-text/), and a
// hit opens the task whose progress report carries the file.

const vaults = meetingsVaults()

const search = async (vault: MeetingsVault, query: string) => (await vault.core.call('search.query', { query, offset: 0, limit: 50 })).hits.filter((hit) => hit.kind === 'attachment')

describe('search inside 督办 attachments', () => {
  it('finds a phrase and a two-character term inside an attachment, opening its task; read again at unlock when an older vault never read it', async () => {
    const vault = await vaults.open()
    const { taskIds } = await decidedMeeting(vault, '2026-03-10', [{ title: '关于老旧小区改造的方案' }])
    const file = writeGbText(join(vaults.folder(), '改造进度说明.txt'), '截至本月底，已完成外墙保温改造12栋，加装电梯7部，居民满意度调查完成。\r\n')
    vault.core.dialogs.openFiles.push([file])
    await vault.core.call('followUp.report', { id: taskIds[0]!, date: '2026-03-10', text: '已开工。', withFiles: true })
    const session = vault.core.context.session!
    await materialTextsSettled(session)

    const expected = {
      kind: 'attachment',
      meetingId: null,
      itemId: null,
      topicId: null,
      taskId: taskIds[0],
      meetingLabel: '督办《关于老旧小区改造的方案》的进展报告',
      date: '2026-03-10',
      title: '改造进度说明.txt',
    }
    expect(await search(vault, '加装电梯7部')).toEqual([expect.objectContaining({ ...expected, snippet: expect.stringContaining('加装电梯7部') })])
    expect(await search(vault, '电梯')).toEqual([expect.objectContaining(expected)])
    expect(await search(vault, '不存在的词语')).toEqual([])

    // A vault whose attachments were never read (before this): read at the next unlock.
    const sqlite = session.vault.mainSqlite
    sqlite.prepare(`DELETE FROM search_short WHERE rowid IN (SELECT id FROM search_index_content WHERE c0 = 'attachment')`).run()
    sqlite.prepare(`DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_index_content WHERE c0 = 'attachment')`).run()
    sqlite.prepare('DELETE FROM material_texts').run()
    expect(await search(vault, '电梯')).toEqual([])
    vault.core.context.lock('manual')
    await vault.core.call('auth.unlock', { username: 'admin', password: adminPassword })
    await materialTextsSettled(vault.core.context.session!)
    expect(await search(vault, '电梯')).toEqual([expect.objectContaining(expected)])
  })
})
