import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { rollBackTo } from '../../support/migration-levels'
import { adminPassword, removeDir } from '../../support/vault'
import { attendance, insertTopic, liveVault, startedMeeting, type LiveVault } from './live-fixture'

// Migration 0012: a vault left by the version before it (0010) gets the tables of the 签到表
// ticks and the numbered copies at unlock; its meetings keep their record and take papers.

let lv: LiveVault
beforeEach(async () => {
  lv = await liveVault()
})
afterEach(() => {
  lv.core.context.lock('manual')
  removeDir(lv.core.dataDir)
})

describe('meeting papers (migration 0012)', () => {
  it('a vault at 0010 with a meeting is migrated at unlock, and the meeting takes ticks and copies', async () => {
    const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '关于城区停车设施建设方案的汇报' })])
    await attendance(lv, meeting.id, 11)
    const sqlite = lv.core.context.session!.vault.mainSqlite
    const papersTables = () => sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('meeting_sign_ins', 'secret_materials', 'secret_copies') ORDER BY name`).pluck().all()
    rollBackTo(sqlite, 'main', '0010_material_texts')
    expect(papersTables()).toEqual([])
    expect((sqlite.pragma('table_info(agenda_items)') as { name: string }[]).map((c) => c.name)).not.toContain('planned_time')
    lv.core.context.lock('manual')

    await lv.core.call('auth.unlock', { username: 'admin', password: adminPassword })
    expect(lv.core.context.session!.vault.mainSqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('meeting_sign_ins', 'secret_materials', 'secret_copies') ORDER BY name`).pluck().all()).toEqual(['meeting_sign_ins', 'secret_copies', 'secret_materials'])
    expect(await lv.core.call('papers.get', { meetingId: meeting.id })).toEqual({ meetingId: meeting.id, signedIn: [], materials: [] })
    await lv.core.call('papers.setSignedIn', { meetingId: meeting.id, personId: lv.people[0]!, signed: true })
    const issued = await lv.core.call('papers.issueSecretMaterial', { meetingId: meeting.id, itemId: null, title: '停车设施建设方案（送审稿）', classification: { level: 'secret', years: null } })
    expect(issued.materials[0]!.copies).toHaveLength(11)
    expect(issued.signedIn).toEqual([lv.people[0]])
    const planned = await lv.core.call('papers.setPlannedTime', { itemId: meeting.items[0]!.id, plannedTime: '09:30' })
    expect(planned.items[0]!.plannedTime).toBe('09:30')
  })
})
