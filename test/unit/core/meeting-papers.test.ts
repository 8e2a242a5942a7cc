import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { auditLog, topicGuests } from '../../../electron/core/db/schema/main'
import { outstandingCopies } from '../../../shared/meeting-papers/copies'
import { signInMismatches } from '../../../shared/meeting-papers/sign-in'
import { adminPassword, removeDir } from '../../support/vault'
import { attendance, insertTopic, liveVault, refused, standingBodyId, startedMeeting, type LiveVault } from './live-fixture'
import { eq, like } from 'drizzle-orm'
import type { MeetingDetail } from '../../../shared/meetings/views'

// 签到表 ticks and 涉密材料分发回收 through the app's channels on a real vault: what is
// stored, what is audited, and refusals that change nothing.

let lv: LiveVault
beforeEach(async () => {
  lv = await liveVault()
})
afterEach(() => {
  lv.core.context.lock('manual')
  removeDir(lv.core.dataDir)
})

const db = () => lv.core.context.session!.db
const papersAudit = () => db().select().from(auditLog).where(like(auditLog.action, 'papers.%')).all().map((e) => e.summary)

function addTopicGuest(topicId: string, name: string, post: string): void {
  const at = new Date('2026-03-10T01:00:00.000Z').toISOString()
  db().insert(topicGuests).values({ id: randomUUID(), topicId, name, post, position: 0, createdAt: at, updatedAt: at }).run()
}

describe('签到表 ticks', () => {
  it('are refused before the meeting and for a non-member, then stored, audited and compared with attendance', async () => {
    const created = await lv.core.call('meetings.create', { bodyId: standingBodyId, date: '2026-03-10', startTime: '09:00', place: '区委常委会议室', chairId: lv.people[0]!, recorderName: '王秘书' })
    const early = await refused(lv.core, 'papers.setSignedIn', { meetingId: created.id, personId: lv.people[0]!, signed: true }, 'STATUS_INVALID')
    expect(early.message).toContain('会议开始后才能核对签到表')
    const topic = insertTopic(lv.core, { title: '关于城区停车设施建设方案的汇报' })
    const meeting = await startedMeeting(lv, [topic])
    const detail = await attendance(lv, meeting.id, 10)
    await refused(lv.core, 'papers.setSignedIn', { meetingId: meeting.id, personId: randomUUID(), signed: true }, 'NOT_FOUND')
    expect((await lv.core.call('papers.get', { meetingId: meeting.id })).signedIn).toEqual([])

    for (const personId of lv.people.slice(0, 9)) await lv.core.call('papers.setSignedIn', { meetingId: meeting.id, personId, signed: true })
    // 冯部长 is on leave but ticked: the sheet and the record disagree.
    const papers = await lv.core.call('papers.setSignedIn', { meetingId: meeting.id, personId: lv.people[10]!, signed: true })
    expect(papers.signedIn).toHaveLength(10)
    expect(signInMismatches(detail.members, papers.signedIn).map((m) => m.message)).toEqual(['郑主任：出席登记为“出席”，但签到表上未签到', '冯部长：签到表上已签到，但出席登记为“请假”'])
    await refused(lv.core, 'papers.setSignedIn', { meetingId: meeting.id, personId: lv.people[10]!, signed: true }, 'DUPLICATE')
    const unticked = await lv.core.call('papers.setSignedIn', { meetingId: meeting.id, personId: lv.people[10]!, signed: false })
    expect(unticked.signedIn).not.toContain(lv.people[10])
    expect(papersAudit().at(-1)).toBe('核对签到表：冯部长未签到（取消勾选）')
    expect(papersAudit()).toHaveLength(11)
  })
})

describe('涉密材料分发回收', () => {
  it('numbers one copy per member present and 列席 of the item, checks copies back and closes one with a reason', async () => {
    const topic = insertTopic(lv.core, { title: '关于全域旅游发展三年行动计划的汇报' })
    addTopicGuest(topic, '周华', '区文旅局局长')
    const meeting = await startedMeeting(lv, [topic])
    await lv.core.call('meetings.addGuest', { meetingId: meeting.id, name: '刘明', post: '区委办公室副主任' })
    const detail = await attendance(lv, meeting.id, 10)
    const item = detail.items[0]!
    const before = papersAudit().length

    // Refused, nothing saved: no classification, an item of another meeting.
    await refused(lv.core, 'papers.issueSecretMaterial', { meetingId: meeting.id, itemId: item.id, title: '三年行动计划（送审稿）', classification: { level: 'none', years: null } }, 'INVALID_INPUT')
    await refused(lv.core, 'papers.issueSecretMaterial', { meetingId: meeting.id, itemId: randomUUID(), title: '三年行动计划（送审稿）', classification: { level: 'secret', years: null } }, 'NOT_FOUND')
    expect((await lv.core.call('papers.get', { meetingId: meeting.id })).materials).toEqual([])
    expect(papersAudit()).toHaveLength(before)

    const issued = await lv.core.call('papers.issueSecretMaterial', { meetingId: meeting.id, itemId: item.id, title: '三年行动计划（送审稿）', classification: { level: 'confidential', years: 10 } })
    const copies = issued.materials[0]!.copies
    // Ten members present (冯部长 on leave gets none), the meeting's 列席, the item's 列席.
    expect(copies.map((c) => [c.copyNumber, c.recipientName])).toEqual([
      ...['林书记', '陈区长', '王副书记', '赵部长', '钱书记', '孙部长', '李书记', '周部长', '吴区长', '郑主任'].map((name, i) => [`00000${i + 1}`.slice(-6), name]),
      ['000011', '刘明'],
      ['000012', '周华'],
    ])
    expect(papersAudit().at(-1)).toBe('登记涉密材料《三年行动计划（送审稿）》（机密★10年），编号分发12份')

    let papers = issued
    for (const copy of copies.slice(0, 11)) papers = await lv.core.call('papers.markCopy', { copyId: copy.id, state: 'returned', note: null })
    expect(outstandingCopies(papers.materials).map((o) => o.copy.recipientName)).toEqual(['周华'])
    const last = copies[11]!
    const noReason = await refused(lv.core, 'papers.markCopy', { copyId: last.id, state: 'settled', note: '  ' }, 'INVALID_INPUT')
    expect(noReason.message).toContain('请注明原因')
    await refused(lv.core, 'papers.markCopy', { copyId: copies[0]!.id, state: 'returned', note: null }, 'DUPLICATE')
    expect(outstandingCopies((await lv.core.call('papers.get', { meetingId: meeting.id })).materials)).toHaveLength(1)

    papers = await lv.core.call('papers.markCopy', { copyId: last.id, state: 'settled', note: '会后补交' })
    expect(outstandingCopies(papers.materials)).toEqual([])
    expect(papers.materials[0]!.copies[11]).toMatchObject({ state: 'settled', note: '会后补交', returnedAt: null })
    expect(papers.materials[0]!.copies[0]!.returnedAt).toBe('2026-03-10T02:00:00.000Z')
    expect(papersAudit().at(-1)).toBe('《三年行动计划（送审稿）》第000012份（周华）：未收回 → 已注明原因（会后补交）')

    // Ticked by mistake: back to 未收回, audited like the rest.
    papers = await lv.core.call('papers.markCopy', { copyId: last.id, state: 'out', note: null })
    expect(outstandingCopies(papers.materials)).toHaveLength(1)
    expect(db().select().from(auditLog).where(eq(auditLog.action, 'papers.markCopy')).all()).toHaveLength(13)
  })

  it('has a register only once a material is registered', async () => {
    const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '关于城区停车设施建设方案的汇报' })])
    const error = await refused(lv.core, 'papers.document', { meetingId: meeting.id, kind: 'secretRegister' }, 'NOT_FOUND')
    expect(error.message).toContain('没有登记涉密材料')
  })
})

describe('议程 of a personnel meeting', () => {
  it('names the personnel item only for a holder of the 干部任免 grant (the key, not a flag)', async () => {
    const cadres = insertTopic(lv.core, { title: '关于张建国等同志职务任免的建议', category: 'personnel' })
    const meeting = await startedMeeting(lv, [cadres])
    const headings = async () => (await lv.core.call('papers.document', { meetingId: meeting.id, kind: 'agenda' })).blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []))
    expect(await headings()).toEqual(['一、关于张建国等同志职务任免的建议'])
    await lv.core.call('users.create', { username: 'jilu', displayName: '李记录', roles: ['recorder'], personnelGrant: false, password: 'Jilu#Chushi2026' })
    await lv.core.call('auth.lock')
    await lv.core.call('auth.unlock', { username: 'jilu', password: 'Jilu#Chushi2026' })
    await lv.core.call('auth.changePassword', { currentPassword: 'Jilu#Chushi2026', newPassword: 'Jilu#Mine2026xy' })
    expect(await headings()).toEqual(['一、干部任免事项'])
    const sheet = await lv.core.call('papers.document', { meetingId: meeting.id, kind: 'signInSheet' })
    expect(JSON.stringify(sheet)).not.toContain('张建国')
    await lv.core.call('auth.lock')
    await lv.core.call('auth.unlock', { username: 'admin', password: adminPassword })
  })
})

describe('议程 planned times', () => {
  it('are set per item, audited without a personnel title, printed on the 议程, and refused when unchanged or unknown', async () => {
    const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '关于城区停车设施建设方案的汇报' }), insertTopic(lv.core, { title: '关于张建国等同志职务任免的建议', category: 'personnel' })])
    const [parking, cadres] = meeting.items as [MeetingDetail['items'][number], MeetingDetail['items'][number]]
    const detail = await lv.core.call('papers.setPlannedTime', { itemId: parking.id, plannedTime: '09:30' })
    expect(detail.items.find((i) => i.id === parking.id)!.plannedTime).toBe('09:30')
    await lv.core.call('papers.setPlannedTime', { itemId: cadres.id, plannedTime: '10:15' })
    await refused(lv.core, 'papers.setPlannedTime', { itemId: parking.id, plannedTime: '09:30' }, 'DUPLICATE')
    await refused(lv.core, 'papers.setPlannedTime', { itemId: randomUUID(), plannedTime: '09:30' }, 'NOT_FOUND')
    await refused(lv.core, 'papers.setPlannedTime', { itemId: parking.id, plannedTime: '25:00' }, 'INVALID_INPUT')
    expect(papersAudit().slice(-2)).toEqual(['议程：“关于城区停车设施建设方案的汇报”计划时间定为上午9:30', '议程：“干部任免事项”计划时间定为上午10:15'])
    const lines = (await lv.core.call('papers.document', { meetingId: meeting.id, kind: 'agenda' })).blocks.flatMap((b) => (b.kind === 'labelled' ? [`${b.label}${b.text}`] : []))
    expect(lines.filter((line) => line.startsWith('时间：上午'))).toEqual(['时间：上午9:30', '时间：上午10:15'])
    const cleared = await lv.core.call('papers.setPlannedTime', { itemId: parking.id, plannedTime: null })
    expect(cleared.items.find((i) => i.id === parking.id)!.plannedTime).toBeNull()
  })
})
