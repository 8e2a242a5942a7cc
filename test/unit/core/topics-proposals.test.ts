import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { meetings } from '../../../electron/core/db/schema/main'
import { materialTextsSettled } from '../../../electron/core/material-text/index-materials'
import { meetingInput, meetingsVaults, refused, topicInput, type MeetingsVault } from '../../support/meetings-fixture'

const vaults = meetingsVaults()

/** Holds a meeting with the topic on it and records `outcome` for it (all members present). */
async function holdWith(vault: MeetingsVault, topicId: string, date: string, outcome: 'deferred' | 'passed') {
  vault.clock.set(`${date}T01:00:00.000Z`)
  const meeting = await vault.core.call('meetings.create', meetingInput(vault, 'standing', date))
  const detail = await vault.core.call('agenda.add', { meetingId: meeting.id, topicId })
  await vault.core.call('meetings.advance', { id: meeting.id, to: 'notified' })
  await vault.core.call('meetings.advance', { id: meeting.id, to: 'in_progress' })
  for (const entry of vault.roster.values()) await vault.core.call('live.setAttendance', { meetingId: meeting.id, personId: entry.personId, attendance: 'present', leaveReason: null, leaveNote: null })
  const itemId = detail.items[0]?.id ?? ''
  if (outcome === 'passed') {
    await vault.core.call('live.saveVote', { itemId, method: 'hands', counts: { for: 11, against: 0, abstain: 0 }, ballots: null })
    await vault.core.call('live.saveDecision', { itemId, decisionText: '会议同意该方案。', leadLeaderId: null, responsibleUnits: '区住建局', deadline: null })
  }
  await vault.core.call('live.setOutcome', { itemId, outcome })
  await vault.core.call('meetings.advance', { id: meeting.id, to: 'ended' })
  return meeting.id
}

describe('议题申报 and 书记审定', () => {
  it('saves a topic with its 列席, edits it, records the approval once', async () => {
    const vault = await vaults.open()
    const saved = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于2026年重点项目安排的议题', { category: 'major_project', guests: [{ name: '区财政局', post: null }, { name: '刘洋', post: '区住建局局长' }] }))
    expect(saved).toMatchObject({ state: 'proposed', category: 'major_project', leaderInChargeName: '李建国', bodyName: '常委会会议', approvedAt: null, materials: [], history: [] })
    expect(saved.guests.map((guest) => guest.name)).toEqual(['区财政局', '刘洋'])
    const edited = await vault.core.call('topics.save', { ...topicInput(vault, 'standing', '关于2026年重点项目安排的议题（修改稿）'), id: saved.id, guests: [] })
    expect(edited).toMatchObject({ id: saved.id, title: '关于2026年重点项目安排的议题（修改稿）', guests: [] })
    const approved = await vault.core.call('topics.approve', { id: saved.id })
    expect(approved).toMatchObject({ state: 'approved', approvedAt: '2026-03-02T01:00:00.000Z', approvedByName: '王秘书' })
    expect(await refused(vault.core, 'topics.approve', { id: saved.id }, 'DUPLICATE')).toMatch(/^议题《关于2026年重点项目安排的议题（修改稿）》已于 .+ 登记书记审定（登记人：王秘书），无需重复审定。$/u)
    const audit = await vault.core.call('audit.list', { limit: 3 })
    expect(audit.map((entry) => entry.action)).toEqual(['topics.approve', 'topics.update', 'topics.create'])
  })

  it('a consultation must be an item of a 书记专题会议', async () => {
    const vault = await vaults.open()
    const standing = await vault.core.call('meetings.create', meetingInput(vault, 'standing', '2026-03-10'))
    const plain = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于城区防汛工作的议题'))
    const standingItem = (await vault.core.call('agenda.add', { meetingId: standing.id, topicId: plain.id })).items[0]?.id ?? ''
    const message = await refused(vault.core, 'topics.save', topicInput(vault, 'standing', '关于干部任免的议题', { category: 'personnel', consultationItemId: standingItem }), 'RULE_VIOLATION')
    expect(message).toBe('所选的酝酿记录是常委会会议的议程，不是书记专题会议：干部任免议题须引用书记专题会议的酝酿。')

    const special = await vault.core.call('meetings.create', meetingInput(vault, 'secretary', '2026-03-05'))
    const consulted = await vault.core.call('topics.save', topicInput(vault, 'secretary', '关于区管干部人选的酝酿'))
    const specialItem = (await vault.core.call('agenda.add', { meetingId: special.id, topicId: consulted.id })).items[0]?.id ?? ''
    const options = await vault.core.call('topics.consultationOptions', {})
    expect(options).toEqual([{ itemId: specialItem, meetingId: special.id, meetingLabel: '2026年第1次书记专题会议', date: '2026-03-05', held: false, title: '关于区管干部人选的酝酿' }])
    expect(await vault.core.call('topics.consultationOptions', { topicId: consulted.id })).toEqual([])
    const personnel = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于干部任免的议题', { category: 'personnel', consultationItemId: specialItem }))
    expect(personnel.consultation).toEqual({ itemId: specialItem, meetingId: special.id, meetingLabel: '2026年第1次书记专题会议', date: '2026-03-05', held: false })
  })

  it('withdraws an open topic with its reason; not once it is on an agenda or decided', async () => {
    const vault = await vaults.open()
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于调整停车收费的议题'))
    const meeting = await vault.core.call('meetings.create', meetingInput(vault, 'standing', '2026-03-10'))
    await vault.core.call('agenda.add', { meetingId: meeting.id, topicId: topic.id })
    expect(await refused(vault.core, 'topics.withdraw', { id: topic.id, reason: '提请单位申请撤回' }, 'RULE_VIOLATION')).toBe(
      '议题《关于调整停车收费的议题》已列入2026年第1次常委会会议的议程：会前请先从议程中移除再撤回；会议中请将该议题的结果记为“撤回”。',
    )
    await vault.core.call('agenda.remove', { itemId: (await vault.core.call('meetings.get', { id: meeting.id })).items[0]?.id ?? '' })
    const withdrawn = await vault.core.call('topics.withdraw', { id: topic.id, reason: '提请单位申请撤回' })
    expect(withdrawn).toMatchObject({ state: 'withdrawn', withdrawnReason: '提请单位申请撤回', withdrawnAt: '2026-03-02T01:00:00.000Z' })
    expect(await refused(vault.core, 'topics.withdraw', { id: topic.id, reason: '再次撤回' }, 'RULE_VIOLATION')).toBe('议题《关于调整停车收费的议题》已经撤回。')
    expect(await refused(vault.core, 'topics.save', { ...topicInput(vault, 'standing', '改个名字'), id: topic.id }, 'RULE_VIOLATION')).toBe('议题《关于调整停车收费的议题》已撤回，不能再修改。')
  })
})

describe('deferred topics carry over; decided and sealed ones are fixed', () => {
  it('offers a deferred topic again in the open list, shows its history, and fixes it once decided and signed', async () => {
    const vault = await vaults.open()
    const topic = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于老旧小区改造的议题'))
    await vault.core.call('topics.approve', { id: topic.id })
    const file = join(vaults.folder(), '改造方案.pdf')
    writeFileSync(file, '%PDF-1.7 改造方案')
    vault.core.dialogs.openFiles.push([file])
    const [material] = await vault.core.call('topics.addMaterials', { topicId: topic.id })
    // Its text is read in the background; done first, so the refusals below see a still store.
    await materialTextsSettled(vault.core.context.session!)
    vault.clock.set('2026-03-03T01:00:00.000Z')
    const other = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于城区防汛工作的议题'))
    const firstMeeting = await holdWith(vault, topic.id, '2026-03-10', 'deferred')
    const open = await vault.core.call('topics.list', { scope: 'open' })
    expect(open.map((entry) => [entry.title, entry.state])).toEqual([['关于城区防汛工作的议题', 'proposed'], ['关于老旧小区改造的议题', 'deferred']])
    expect(open[1]?.history).toEqual([{ itemId: expect.any(String), meetingId: firstMeeting, meetingLabel: '2026年第1次常委会会议', date: '2026-03-10', outcome: 'deferred' }])
    expect((await vault.core.call('topics.list', { scope: 'all' })).map((entry) => entry.id).sort()).toEqual([topic.id, other.id].sort())

    const secondMeeting = await holdWith(vault, topic.id, '2026-03-24', 'passed')
    const second = await vault.core.call('meetings.get', { id: secondMeeting })
    expect(second.items[0]?.previous.map((entry) => [entry.meetingLabel, entry.outcome])).toEqual([['2026年第1次常委会会议', 'deferred']])
    expect((await vault.core.call('topics.list', { scope: 'open' })).map((entry) => entry.title)).toEqual(['关于城区防汛工作的议题'])
    // By year: the topics proposed in it, and the ones still open from any year.
    expect((await vault.core.call('topics.list', { scope: 'all', year: 2026 })).map((entry) => entry.id).sort()).toEqual([topic.id, other.id].sort())
    expect((await vault.core.call('topics.list', { scope: 'all', year: 2025 })).map((entry) => entry.title)).toEqual(['关于城区防汛工作的议题'])
    expect(await refused(vault.core, 'topics.save', { ...topicInput(vault, 'standing', '改个名字'), id: topic.id }, 'RULE_VIOLATION')).toBe('议题《关于老旧小区改造的议题》已作出决定，不能再修改。')
    expect(await refused(vault.core, 'topics.withdraw', { id: topic.id, reason: '撤回' }, 'RULE_VIOLATION')).toBe('议题《关于老旧小区改造的议题》已作出决定，不能撤回。')
    expect(await refused(vault.core, 'topics.removeMaterial', { materialId: material?.id ?? '' }, 'RULE_VIOLATION')).toBe('议题《关于老旧小区改造的议题》已作出决定，不能再删除材料。')
    expect(await refused(vault.core, 'topics.addMaterials', { topicId: topic.id }, 'RULE_VIOLATION')).toBe('议题《关于老旧小区改造的议题》已作出决定，不能再添加材料。')

    // A topic shown by a signed record does not change under the signature.
    vault.core.context.session?.db.update(meetings).set({ status: 'signed', signedAt: '2026-03-25T02:00:00.000Z', signedByName: '王秘书' }).where(eq(meetings.id, firstMeeting)).run()
    expect(await refused(vault.core, 'topics.save', { ...topicInput(vault, 'standing', '改个名字'), id: topic.id }, 'MEETING_SEALED')).toBe(
      '议题《关于老旧小区改造的议题》已载入签发封存的2026年第1次常委会会议记录，不能再修改。如需更正，请在该会议记录中添加更正记录。',
    )
  })
})
