import { describe, expect, it } from 'vitest'
import { vaultPaths } from '../../../electron/core/vault/paths'
import { unsignKeyFile } from '../../support/attacker'
import { rollBackTo } from '../../support/migration-levels'
import { meetingsVaults } from '../../support/meetings-fixture'
import { member } from '../../support/roster-fixture'
import { pendingPersonnelText } from '../../../shared/personnel/meeting-item'
import { adminPassword, removeDir } from '../../support/vault'
import { attendance, insertTopic, liveVault, secretaryBodyId, startedMeeting } from './live-fixture'
import { decide, decidedMeeting, refusedFollowUp, runningMeeting, setDay } from './follow-up-fixture'

// Decisions become 督办 tasks in the transaction that records them, follow the decision until a
// unit reports, and are removed with an outcome changed away from 通过 before signing.

const vaults = meetingsVaults()

describe('a passed decision becomes a task', () => {
  it('creates the task with the decision’s lead leader, units and deadline, in the same transaction as the outcome', async () => {
    const vault = await vaults.open()
    const spec = { title: '关于老旧小区改造的方案', leader: '李建国', units: '区住建局、区财政局', deadline: '2026-06-30' }
    const { meeting, taskIds } = await decidedMeeting(vault, '2026-03-10', [spec])
    const task = await vault.core.call('followUp.get', { id: taskIds[0]! })
    expect(task).toMatchObject({
      agendaItemId: meeting.items[0]!.id,
      meetingId: meeting.id,
      meetingLabel: '2026年第1次常委会会议',
      meetingDate: '2026-03-10',
      topicTitle: spec.title,
      category: 'general',
      decisionText: `会议同意《${spec.title}》，请抓紧组织实施。`,
      leadLeaderId: member(vault.roster, '李建国').personId,
      leadLeaderName: '李建国',
      responsibleUnits: '区住建局、区财政局',
      deadline: '2026-06-30',
      state: 'not_started',
      status: 'not_started',
      reportCount: 0,
      lastReportDate: null,
      reports: [],
      reviews: [],
      today: '2026-03-10',
    })
    // One audit entry for the outcome; the task is part of it, not a separate write.
    const [latest] = await vault.core.call('audit.list', { limit: 1 })
    expect(latest).toMatchObject({ action: 'live.setOutcome' })
  })

  it('creates no task for 不通过 or 缓议', async () => {
    const vault = await vaults.open()
    const meeting = await runningMeeting(vault, '2026-03-10', [{ title: '关于河道整治的方案' }, { title: '关于新建体育馆的方案' }])
    await decide(vault, meeting.items[0]!.id, { title: '关于河道整治的方案' }, 'rejected')
    await decide(vault, meeting.items[1]!.id, { title: '关于新建体育馆的方案' }, 'deferred')
    expect(await vault.core.call('followUp.list', {})).toEqual([])
  })

  it('follows later edits of the decision while nothing is reported, then keeps its own', async () => {
    const vault = await vaults.open()
    const spec = { title: '关于老旧小区改造的方案', leader: '李建国', units: '区住建局' }
    const { meeting, taskIds } = await decidedMeeting(vault, '2026-03-10', [spec])
    const itemId = meeting.items[0]!.id
    await decide(vault, itemId, { ...spec, leader: '吴明', units: '区住建局、区城管局', deadline: '2026-09-30' })
    expect(await vault.core.call('followUp.get', { id: taskIds[0]! })).toMatchObject({ leadLeaderName: '吴明', responsibleUnits: '区住建局、区城管局', deadline: '2026-09-30', state: 'not_started' })

    await vault.core.call('followUp.report', { id: taskIds[0]!, date: '2026-03-10', text: '已召开专题会议部署。', withFiles: false })
    await decide(vault, itemId, { ...spec, leader: '李建国', units: '区财政局', deadline: '2026-12-31' })
    expect(await vault.core.call('followUp.get', { id: taskIds[0]! })).toMatchObject({ leadLeaderName: '吴明', responsibleUnits: '区住建局、区城管局', deadline: '2026-09-30', state: 'in_progress' })
  })

  it('removes the task of an outcome changed away from 通过 before signing, and creates it again when passed again', async () => {
    const vault = await vaults.open()
    const spec = { title: '关于老旧小区改造的方案' }
    const { meeting, taskIds } = await decidedMeeting(vault, '2026-03-10', [spec])
    const itemId = meeting.items[0]!.id
    await vault.core.call('live.setOutcome', { itemId, outcome: 'deferred' })
    expect(await vault.core.call('followUp.list', {})).toEqual([])
    expect((await vault.core.raw('followUp.get', { id: taskIds[0]! })).ok).toBe(false)
    await vault.core.call('live.setOutcome', { itemId, outcome: null })
    await vault.core.call('live.setOutcome', { itemId, outcome: 'passed' })
    const [again] = await vault.core.call('followUp.list', {})
    expect(again).toMatchObject({ agendaItemId: itemId, state: 'not_started' })
    expect(again!.id).not.toBe(taskIds[0])
  })

  it('refuses to change the outcome once a unit has reported, and changes nothing', async () => {
    const vault = await vaults.open()
    const spec = { title: '关于老旧小区改造的方案' }
    const { meeting, taskIds } = await decidedMeeting(vault, '2026-03-10', [spec])
    await vault.core.call('followUp.report', { id: taskIds[0]!, date: '2026-03-10', text: '已制定实施方案。', withFiles: false })
    const before = await vault.core.call('meetings.get', { id: meeting.id })
    const message = await refusedFollowUp(vault.core, 'live.setOutcome', { itemId: meeting.items[0]!.id, outcome: 'rejected' }, 'RULE_VIOLATION')
    expect(message).toBe(
      '议题“关于老旧小区改造的方案”的决定已作为督办事项交办，责任单位已报告进展 1 次，不能把结果改为“不通过”：进展报告只能追加、不能删除，改记结果会使这些报告失去所依据的决定。请保持“通过”；如记录确有错误，请在会议签发后以更正记录说明。',
    )
    expect(await vault.core.call('meetings.get', { id: meeting.id })).toEqual(before)
  })

  it('an amendment after signing leaves the task as it was', async () => {
    const vault = await vaults.open()
    const { meeting, taskIds } = await decidedMeeting(vault, '2026-03-10', [{ title: '关于老旧小区改造的方案', units: '区住建局' }])
    await vault.core.call('meetings.advance', { id: meeting.id, to: 'ended' })
    await vault.core.call('meetings.sign', { id: meeting.id })
    const before = await vault.core.call('followUp.get', { id: taskIds[0]! })
    await vault.core.call('meetings.amend', { meetingId: meeting.id, target: 'agenda_item', targetId: meeting.items[0]!.id, field: 'responsibleUnits', after: '区城管局', reason: '据会议录音核对' })
    expect(await vault.core.call('followUp.get', { id: taskIds[0]! })).toEqual(before)
  })
})

describe('personnel decisions are followed up in the book, not here', () => {
  it('creates no task for a passed personnel topic', async () => {
    const lv = await liveVault()
    try {
      const consultation = await startedMeeting(lv, [insertTopic(lv.core, { title: '酝酿张某某任职人选', category: 'personnel', bodyId: secretaryBodyId })], secretaryBodyId)
      const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '张某某同志任职的建议', category: 'personnel', consultationItemId: consultation.items[0]!.id })])
      const itemId = meeting.items[0]!.id
      await attendance(lv, meeting.id, 11)
      await lv.core.call('live.saveDecision', { itemId, decisionText: pendingPersonnelText, leadLeaderId: null, responsibleUnits: '区委组织部', deadline: '2026-06-30' })
      await lv.core.call('live.saveVote', { itemId, method: 'hands', counts: { for: 11, against: 0, abstain: 0 }, ballots: null })
      expect(await lv.core.call('live.setOutcome', { itemId, outcome: 'passed' })).toMatchObject({ items: [expect.objectContaining({ outcome: 'passed' })] })
      expect(await lv.core.call('followUp.list', {})).toEqual([])
    } finally {
      lv.core.context.lock('manual')
      removeDir(lv.core.dataDir)
    }
  })
})

describe('the follow-up record in the store', () => {
  it('a vault from before 0004 with a passed decision gets a not-started task at unlock (backfill)', async () => {
    const vault = await vaults.open()
    const spec = { title: '关于老旧小区改造的方案', leader: '李建国', units: '区住建局', deadline: '2026-06-30' }
    const { meeting } = await decidedMeeting(vault, '2026-03-10', [spec])
    const main = vault.core.context.session!.vault.mainSqlite
    rollBackTo(main, 'main', '0003_search_and_seals')
    expect(main.prepare(`select count(*) as n from sqlite_master where name = 'follow_up_tasks'`).get()).toEqual({ n: 0 })
    vault.core.context.session!.vault.authority = null // rolled back before the signed head's table
    vault.core.context.lock('manual')
    unsignKeyFile(vaultPaths(vault.core.dataDir).keyFile)
    await vault.core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const [task] = await vault.core.call('followUp.list', {})
    expect(task).toMatchObject({ agendaItemId: meeting.items[0]!.id, leadLeaderName: '李建国', responsibleUnits: '区住建局', deadline: '2026-06-30', state: 'not_started' })
    expect(task!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u)
  })

  it('reports, attachments and reviews are append-only: the store refuses UPDATE and DELETE', async () => {
    const vault = await vaults.open()
    const { taskIds } = await decidedMeeting(vault, '2026-03-10', [{ title: '关于老旧小区改造的方案' }])
    await vault.core.call('followUp.complete', { id: taskIds[0]!, date: '2026-03-10', text: '已全部完成。' })
    await vault.core.call('followUp.review', { id: taskIds[0]!, date: '2026-03-10', result: 'confirmed', reason: '' })
    const sqlite = vault.core.context.session!.vault.mainSqlite
    for (const [table, column] of [['task_reports', 'text'], ['task_reviews', 'reason']] as const) {
      expect(() => sqlite.prepare(`update ${table} set ${column} = 'x'`).run()).toThrow(/append-only/u)
      expect(() => sqlite.prepare(`delete from ${table}`).run()).toThrow(/append-only/u)
    }
    sqlite.prepare(`insert into task_attachments (id, report_id, file_name, media_type, size, sha256, content, created_at, updated_at) select 'a1', id, 'x.txt', 'text/plain', 1, 'h', x'41', created_at, updated_at from task_reports limit 1`).run()
    expect(() => sqlite.prepare(`update task_attachments set file_name = 'y.txt'`).run()).toThrow(/append-only/u)
    expect(() => sqlite.prepare(`delete from task_attachments`).run()).toThrow(/append-only/u)
    setDay(vault, '2026-03-11')
    expect((await vault.core.call('followUp.get', { id: taskIds[0]! })).reports[0]!.attachments).toHaveLength(1)
  })
})
