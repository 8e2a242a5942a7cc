import { describe, expect, it } from 'vitest'
import { rollBackTo } from '../../support/migration-levels'
import { bodyId, meetingInput, meetingsVaults, refused, topicInput, type MeetingsVault } from '../../support/meetings-fixture'
import { adminPassword } from '../../support/vault'

// 常委向常委会报告分管工作 (migration 0013): a topic presented by a member; the self-check reads
// whether each lead leader of a decision reported in each quarter.

const vaults = meetingsVaults()
const personOf = (vault: MeetingsVault, name: string) => vault.roster.get(name)!.personId

/** A 常委会 on `date` (clock moved there) with the given topics, started and attended by all. */
async function held(vault: MeetingsVault, date: string, topicIds: string[]) {
  vault.clock.set(`${date}T01:00:00.000Z`)
  let meeting = await vault.core.call('meetings.create', meetingInput(vault, 'standing', date))
  for (const topicId of topicIds) meeting = await vault.core.call('agenda.add', { meetingId: meeting.id, topicId })
  await vault.core.call('meetings.advance', { id: meeting.id, to: 'notified' })
  await vault.core.call('meetings.advance', { id: meeting.id, to: 'in_progress' })
  for (const row of meeting.members) meeting = await vault.core.call('live.setAttendance', { meetingId: meeting.id, personId: row.personId, attendance: 'present', leaveReason: null, leaveNote: null })
  return meeting
}

async function approved(vault: MeetingsVault, title: string, extra: Parameters<typeof topicInput>[3] = {}) {
  const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', title, extra))
  await vault.core.call('topics.approve', { id: topic.id })
  return topic.id
}

describe('members report to the committee (常委向常委会报告分管工作)', () => {
  /** 李建国 leads a decision of 10 March; `reporter` reports to the committee on 24 March. */
  async function firstQuarter(reporter: string) {
    const vault = await vaults.open({ start: '2026-03-02T01:00:00.000Z' })
    const decision = await held(vault, '2026-03-10', [await approved(vault, '关于城区供水改造的议题')])
    await vault.core.call('live.saveDecision', { itemId: decision.items[0]!.id, decisionText: '会议原则同意。', leadLeaderId: personOf(vault, '李建国'), responsibleUnits: '区水务局', deadline: '2026-12-31' })
    await vault.core.call('live.setOutcome', { itemId: decision.items[0]!.id, outcome: 'passed' })
    const report = await approved(vault, `${reporter}同志报告分管工作`, { reportingMemberId: personOf(vault, reporter), presenter: reporter })
    expect((await vault.core.call('topics.get', { id: report })).reportingMemberId).toBe(personOf(vault, reporter))
    await held(vault, '2026-03-24', [report])
    vault.clock.set('2026-04-10T01:00:00.000Z')
    const result = await vault.core.call('selfCheck.run', { bodyId: bodyId(vault, 'standing'), period: { kind: 'quarter', year: 2026, quarter: 1 } })
    return result.rules.find((rule) => rule.id === 'member-reports')!
  }

  it('a lead leader who reported in the quarter passes', async () => {
    expect(await firstQuarter('李建国')).toMatchObject({ status: 'pass', findings: [] })
  })

  it('a lead leader who did not report is found, linked to his decision\'s task', async () => {
    const rule = await firstQuarter('钱学文')
    expect(rule).toMatchObject({ status: 'fail', breaches: 1 })
    expect(rule.findings[0]).toMatchObject({ text: '李建国同志牵头的决定2026年第一季度未向常委会报告落实情况', refs: [{ kind: 'task', label: '督办事项《关于城区供水改造的议题》' }] })
  })

  it('a report heard is not followed up as a task', async () => {
    const vault = await vaults.open({ start: '2026-03-02T01:00:00.000Z' })
    const report = await approved(vault, '李建国同志报告分管工作', { reportingMemberId: personOf(vault, '李建国') })
    const meeting = await held(vault, '2026-03-24', [report])
    await vault.core.call('live.saveDecision', { itemId: meeting.items[0]!.id, decisionText: '会议听取了李建国同志分管工作情况的报告。', leadLeaderId: null, responsibleUnits: '', deadline: null })
    await vault.core.call('live.setOutcome', { itemId: meeting.items[0]!.id, outcome: 'passed' })
    expect(await vault.core.call('followUp.list', {})).toEqual([])
  })

  it('refuses a report of the 三重一大 and an unknown member, changing nothing', async () => {
    const vault = await vaults.open()
    const message = await refused(vault.core, 'topics.save', topicInput(vault, 'standing', '某同志报告分管工作', { category: 'major_decision', reportingMemberId: personOf(vault, '李建国') }), 'RULE_VIOLATION')
    expect(message).toContain('常委向常委会报告分管工作的议题类别应为“一般事项”')
    await refused(vault.core, 'topics.save', topicInput(vault, 'standing', '某同志报告分管工作', { reportingMemberId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND')
  })

  it('migration 0013: a vault at 0010 gets the column at unlock, its topics no reporter', async () => {
    const vault = await vaults.open()
    const topic = await approved(vault, '关于城区供水改造的议题')
    const sqlite = vault.core.context.session!.vault.mainSqlite
    rollBackTo(sqlite, 'main', '0010_material_texts')
    const columns = () => (sqlite.prepare(`SELECT name FROM pragma_table_info('topics')`).pluck().all() as string[])
    expect(columns()).not.toContain('reporting_member_id')
    vault.core.context.lock('manual')
    await vault.core.call('auth.unlock', { username: 'admin', password: adminPassword })
    expect(vault.core.context.session!.vault.mainSqlite.prepare(`SELECT name FROM pragma_table_info('topics')`).pluck().all()).toContain('reporting_member_id')
    expect((await vault.core.call('topics.get', { id: topic })).reportingMemberId).toBeNull()
    const report = await approved(vault, '李建国同志报告分管工作', { reportingMemberId: personOf(vault, '李建国') })
    expect((await vault.core.call('topics.get', { id: report })).reportingMemberId).toBe(personOf(vault, '李建国'))
  })
})
