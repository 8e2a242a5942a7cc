import { randomUUID } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { agendaItems, amendments, ballots, itemAbsences, meetingMembers, recusals, speeches, topicMaterials } from '../../../electron/core/db/schema/main'
import { meetingInput, meetingsVaults, topicInput } from '../../support/meetings-fixture'
import { member } from '../../support/roster-fixture'

const vaults = meetingsVaults()

// The loader is checked on rows written straight into the real tables: what the live
// channels would write, without their rules, so every field of MeetingDetail can be set.
describe('loadMeetingDetail', () => {
  it('derives presence, quorum, speaking order, votes, material deadline and amendments from the stored rows', async () => {
    const vault = await vaults.open()
    const db = vault.core.context.session?.db
    if (!db) throw new Error('locked')
    // Monday 16 March 2026: materials are due two working days before, Thursday the 12th.
    const meeting = await vault.core.call('meetings.create', meetingInput(vault, 'standing', '2026-03-16'))
    const general = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于城区防汛工作的议题'))
    const personnel = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于干部任免的议题', { category: 'personnel' }))
    const late = await vault.core.call('topics.save', topicInput(vault, 'standing', '关于老旧小区改造的议题'))
    for (const topic of [general, personnel, late]) await vault.core.call('agenda.add', { meetingId: meeting.id, topicId: topic.id })
    const file = join(vaults.folder(), '防汛方案.pdf')
    writeFileSync(file, '%PDF-1.7')
    vault.clock.set('2026-03-12T09:00:00.000Z') // 17:00 on the 12th in Beijing: in time
    vault.core.dialogs.openFiles.push([file])
    await vault.core.call('topics.addMaterials', { topicId: general.id })
    vault.clock.set('2026-03-12T16:30:00.000Z') // 00:30 on the 13th in Beijing: late
    vault.core.dialogs.openFiles.push([file])
    await vault.core.call('topics.addMaterials', { topicId: late.id })

    const id = (name: string) => member(vault.roster, name).personId
    const at = '2026-03-16T02:00:00.000Z'
    const stamps = { createdAt: at, updatedAt: at }
    // Everyone present but 褚向东 (on leave); 陈刚 out of the room for the first item; 吴明 recused for it.
    db.update(meetingMembers).set({ attendance: 'present' }).where(eq(meetingMembers.meetingId, meeting.id)).run()
    db.update(meetingMembers).set({ attendance: 'leave', leaveReason: 'sick', writtenView: '同意' }).where(eq(meetingMembers.personId, id('褚向东'))).run()
    const detailBefore = await vault.core.call('meetings.get', { id: meeting.id })
    const [first, second, third] = detailBefore.items
    if (!first || !second || !third) throw new Error('three items expected')
    db.insert(itemAbsences).values({ agendaItemId: first.id, personId: id('陈刚'), kind: 'left', note: '另有公务', ...stamps }).run()
    db.insert(recusals).values({ agendaItemId: first.id, personId: id('吴明'), candidate: '', reason: '近亲属承建相关工程', ...stamps }).run()
    // A recusal for one candidate keeps 王海 in the room for the personnel item as a whole.
    db.insert(recusals).values({ agendaItemId: second.id, personId: id('王海'), candidate: '张某', reason: '夫妻关系', ...stamps }).run()
    db.insert(speeches).values({ agendaItemId: first.id, personId: id('冯静'), notes: '同意方案，建议加强值守。', stance: 'agree', ...stamps }).run()
    db.update(agendaItems).set({ voteMethod: 'named', votesFor: 1, votesAgainst: 1, votesAbstain: 1 }).where(eq(agendaItems.id, first.id)).run()
    for (const [name, choice] of [['赵立新', 'for'], ['钱学文', 'for'], ['孙丽华', 'against']] as const) db.insert(ballots).values({ agendaItemId: first.id, personId: id(name), choice, ...stamps }).run()
    db.update(agendaItems).set({ voteMethod: 'hands', votesFor: 7, votesAgainst: 1, votesAbstain: 0, speakingOrder: [id('赵立新'), id('钱学文')], speakingOrderReason: '书记需提前离会', leadLeaderId: id('李建国') }).where(eq(agendaItems.id, third.id)).run()
    db.insert(amendments).values({ id: randomUUID(), meetingId: meeting.id, target: 'agenda_item', targetId: first.id, field: 'decisionText', before: '旧', after: '新', reason: '笔误', at, authorId: null, authorName: '王秘书' }).run()

    const detail = await vault.core.call('meetings.get', { id: meeting.id })
    expect(detail.label).toBe('2026年第1次常委会会议')
    expect(detail.quorum).toMatchObject({ kind: 'meeting', members: 11, present: 10, required: 6, met: true })
    expect(detail.members.find((entry) => entry.name === '褚向东')).toMatchObject({ attendance: 'leave', leaveReason: 'sick', writtenView: '同意' })
    const [item1, item2, item3] = detail.items
    if (!item1 || !item2 || !item3) throw new Error('three items expected')

    // Item 1: 10 present, less 陈刚 (out) and 吴明 (recused) = 8 taking part.
    expect(item1.quorum).toMatchObject({ kind: 'meeting', members: 11, present: 8, required: 6, met: true })
    const names = new Map(detail.members.map((entry) => [entry.personId, entry.name]))
    // Reverse rank, the chair (赵立新, rank 1) last; 褚向东 (11, leave), 陈刚 (10, out) and 吴明 (6, recused) are not called.
    expect(item1.proposedSpeakingOrder.map((personId) => names.get(personId))).toEqual(['冯静', '王海', '郑红梅', '周志强', '李建国', '孙丽华', '钱学文', '赵立新'])
    expect(item1.speakingOrder).toEqual(item1.proposedSpeakingOrder)
    expect(item1.lastSpeaker).toBe('principal')
    expect(item1.absences).toEqual([{ personId: id('陈刚'), kind: 'left', note: '另有公务' }])
    expect(item1.recusals).toEqual([{ personId: id('吴明'), candidate: '', reason: '近亲属承建相关工程' }])
    expect(item1.speeches).toEqual([{ personId: id('冯静'), notes: '同意方案，建议加强值守。', stance: 'agree', updatedAt: at }])
    // Ballots are the record: their counts win over the stored totals.
    expect(item1.vote).toEqual({ method: 'named', counts: { for: 2, against: 1, abstain: 0 }, ballots: [{ personId: id('赵立新'), choice: 'for' }, { personId: id('钱学文'), choice: 'for' }, { personId: id('孙丽华'), choice: 'against' }] })
    expect(item1.materialDeadline).toEqual({ due: '2026-03-12', workingDays: 2, state: 'ok', uncoveredYears: [] })
    expect(item1.consultationRequired).toBe(false)

    // Item 2, personnel: two thirds of 11 = 8; the candidate recusal does not take 王海 out.
    expect(item2.quorum).toMatchObject({ kind: 'personnel', members: 11, present: 10, required: 8, met: true })
    expect(item2.consultationRequired).toBe(true)
    expect(item2.materialDeadline).toEqual({ due: '2026-03-12', workingDays: 2, state: 'missing', uncoveredYears: [] })
    expect(item2.vote).toBeNull()

    // Item 3: the saved order first, the rest in proposed order; counts as stored.
    expect(item3.speakingOrder.slice(0, 2).map((personId) => names.get(personId))).toEqual(['赵立新', '钱学文'])
    expect(item3.speakingOrder).toHaveLength(10)
    expect(item3.speakingOrderReason).toBe('书记需提前离会')
    expect(item3.vote).toEqual({ method: 'hands', counts: { for: 7, against: 1, abstain: 0 }, ballots: [] })
    expect(item3.leadLeaderName).toBe('李建国')
    expect(item3.materialDeadline).toEqual({ due: '2026-03-12', workingDays: 2, state: 'late', uncoveredYears: [] })

    expect(detail.amendments).toEqual([{ id: expect.any(String), target: 'agenda_item', targetId: first.id, field: 'decisionText', fieldLabel: '决定内容', before: '旧', after: '新', reason: '笔误', at, authorName: '王秘书' }])
    // The material rows themselves are never part of a view.
    expect(JSON.stringify(detail)).not.toContain('%PDF')
    expect(db.select().from(topicMaterials).all()).toHaveLength(2)
  })

  it('refuses an unknown meeting with NOT_FOUND', async () => {
    const vault = await vaults.open({ roster: false })
    expect(await vault.core.raw('meetings.get', { id: randomUUID() })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '找不到该会议（可能已被删除），请刷新后重试。' } })
  })
})
