import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { documentLines } from '../../support/document-lines'
import { rollBackTo } from '../../support/migration-levels'
import { adminPassword, removeDir } from '../../support/vault'
import { attendance, insertTopic, liveVault, refused, snapshot, startedMeeting, type LiveVault } from './live-fixture'

// 无记名投票的计票 of a non-personnel item: the shared rule refuses a tally that does not
// add up (nothing saved), a good one becomes the item's secret-ballot vote with the tally
// beside it, the 会议记录 gives it in the usual form, and signing seals it.

let lv: LiveVault
beforeEach(async () => {
  lv = await liveVault()
})
afterEach(() => {
  lv.core.context.lock('manual')
  removeDir(lv.core.dataDir)
})

/** A meeting under way, 9 of 11 present, one general topic with its decision typed. */
async function heldItem() {
  const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '关于区级领导干部联系重点项目的方案' })])
  await attendance(lv, meeting.id, 9)
  const itemId = meeting.items[0]!.id
  await lv.core.call('live.saveDecision', { itemId, decisionText: '会议同意该方案。', leadLeaderId: lv.people[8]!, responsibleUnits: '区发展改革局', deadline: '2026-12-31' })
  return { meetingId: meeting.id, itemId }
}

const tally = (itemId: string, people: string[], change: Record<string, unknown> = {}) => ({
  itemId, returned: 9, valid: 9, invalid: 0, counts: { for: 8, against: 1, abstain: 0 }, scrutineerIds: [people[3]!], tellerIds: [people[5]!], ...change,
})

describe('the secret ballot tally of a non-personnel item', () => {
  it('refuses a tally that does not add up and saves nothing, records a good one and writes it into the 会议记录', async () => {
    const { meetingId, itemId } = await heldItem()
    const before = await snapshot(lv.core, meetingId)
    const overReturned = await refused(lv.core, 'live.saveBallotTally', tally(itemId, lv.people, { returned: 10, valid: 10 }), 'VOTE_INVALID')
    expect(overReturned.message).toBe('收回表决票 10 张，多于发出的 9 张，未保存。')
    const notAddingUp = await refused(lv.core, 'live.saveBallotTally', tally(itemId, lv.people, { valid: 8 }), 'VOTE_INVALID')
    expect(notAddingUp.message).toBe('有效票 8 张加无效票 0 张共 8 张，应等于收回的 9 张，未保存。')
    const tooMany = await refused(lv.core, 'live.saveBallotTally', tally(itemId, lv.people, { counts: { for: 9, against: 1, abstain: 0 } }), 'VOTE_INVALID')
    expect(tooMany.message).toBe('该议题的同意、不同意、弃权票合计 10 票，多于有效票 9 张，未保存。')
    const absentTeller = await refused(lv.core, 'live.saveBallotTally', tally(itemId, lv.people, { tellerIds: [lv.people[10]!] }), 'VOTE_INVALID')
    expect(absentTeller.message).toMatch(/未出席会议，不能担任计票人，未保存。$/u)
    expect(await snapshot(lv.core, meetingId)).toEqual(before)

    const detail = await lv.core.call('live.saveBallotTally', tally(itemId, lv.people))
    expect(detail.items[0]!.vote).toEqual({
      method: 'secret', counts: { for: 8, against: 1, abstain: 0 }, ballots: [],
      tally: { issued: 9, returned: 9, valid: 9, invalid: 0, scrutineerIds: [lv.people[3]], tellerIds: [lv.people[5]] },
    })
    const [audit] = await lv.core.call('audit.list', { limit: 1 })
    expect(audit).toMatchObject({ action: 'live.saveBallotTally' })
    await lv.core.call('live.setOutcome', { itemId, outcome: 'passed' })
    const names = (index: number) => detail.members.find((m) => m.personId === lv.people[index])!.name
    const record = documentLines(await lv.core.call('documents.meetingRecord', { meetingId }))
    expect(record).toContain(`表决：无记名投票，应到11人，实到9人，发出表决票9张，收回9张，有效票9张；同意8票，不同意1票，弃权0票；监票人${names(3)}，计票人${names(5)}。`)

    // Counts typed by hand afterwards replace the tally.
    const typed = await lv.core.call('live.saveVote', { itemId, method: 'secret', counts: { for: 7, against: 2, abstain: 0 }, ballots: null })
    expect(typed.items[0]!.vote?.tally).toBeUndefined()
  })

  it('is sealed when the meeting is signed', async () => {
    const { meetingId, itemId } = await heldItem()
    await lv.core.call('live.saveBallotTally', tally(itemId, lv.people))
    await lv.core.call('live.setOutcome', { itemId, outcome: 'passed' })
    await lv.core.call('meetings.advance', { id: meetingId, to: 'ended' })
    await lv.core.call('meetings.sign', { id: meetingId })
    const sqlite = lv.core.context.session!.vault.mainSqlite
    expect(() => sqlite.prepare('update ballot_tallies set valid = 1').run()).toThrow('SEALED')
    expect(() => sqlite.prepare('delete from ballot_tallies').run()).toThrow('SEALED')
    expect((await lv.core.call('meetings.get', { id: meetingId })).sealIntact).toBe(true)
    await refused(lv.core, 'live.saveBallotTally', tally(itemId, lv.people), 'MEETING_SEALED')
  })
})

describe('the papers of a secret ballot on a general item', () => {
  it('prints one 表决票 for each member taking part with the item to mark, and the 计票结果报告单 once counted', async () => {
    const { meetingId, itemId } = await heldItem()
    const papers = documentLines(await lv.core.call('documents.ballotPapers', { meetingId, itemId, numbered: true }))
    expect(papers.filter((line) => line === '表决票')).toHaveLength(9)
    expect(papers).toContain('表决事项|同意|不同意|弃权')
    expect(papers).toContain('关于区级领导干部联系重点项目的方案|||')
    expect(papers).toContain('2．划“○”超过一个的，本票无效。')
    const missing = await refused(lv.core, 'documents.tallyReport', { meetingId, itemId }, 'NOT_FOUND')
    expect(missing.message).toBe('该议题还没有登记无记名投票的计票结果，不能生成计票结果报告单。')

    const detail = await lv.core.call('live.saveBallotTally', tally(itemId, lv.people, { valid: 8, invalid: 1, counts: { for: 5, against: 2, abstain: 1 } }))
    const name = (index: number) => detail.members.find((m) => m.personId === lv.people[index])!.name
    const report = documentLines(await lv.core.call('documents.tallyReport', { meetingId, itemId }))
    expect(report.filter((line) => !/^\d{6}$|★/u.test(line))).toEqual([
      '计票结果报告单',
      `${detail.label}（2026年3月10日）`,
      '',
      '表决事项：关于区级领导干部联系重点项目的方案',
      '表决方式：无记名投票',
      '本次会议应到11人，实到9人。发出表决票9张，收回9张，其中有效票8张，无效票1张。经监票人监督、计票人清点，表决结果如下：',
      '同意|不同意|弃权|结果',
      '5票|2票|1票|未通过',
      '同意票超过应到会成员半数（6票以上）为通过。',
      `监票人：${name(3)}；计票人：${name(5)}。`,
      '监票人（签字）', '计票人（签字）', '主持人（签字）',
    ])
  })
})

describe('main migration 0011 (ballot_tallies)', () => {
  it('a vault from before it, with a signed meeting, is migrated at unlock: the seal still holds and a tally can be recorded', async () => {
    const { meetingId, itemId } = await heldItem()
    await lv.core.call('live.saveVote', { itemId, method: 'secret', counts: { for: 8, against: 1, abstain: 0 }, ballots: null })
    await lv.core.call('live.setOutcome', { itemId, outcome: 'passed' })
    await lv.core.call('meetings.advance', { id: meetingId, to: 'ended' })
    await lv.core.call('meetings.sign', { id: meetingId })
    const sqlite = lv.core.context.session!.vault.mainSqlite
    rollBackTo(sqlite, 'main', '0010_material_texts')
    expect(sqlite.prepare(`select 1 from sqlite_master where name = 'ballot_tallies'`).get()).toBeUndefined()
    lv.core.context.lock('manual')

    await lv.core.call('auth.unlock', { username: 'admin', password: adminPassword })
    expect((await lv.core.call('meetings.get', { id: meetingId })).sealIntact).toBe(true)
    const next = await heldItem()
    const detail = await lv.core.call('live.saveBallotTally', tally(next.itemId, lv.people))
    expect(detail.items[0]!.vote?.tally).toMatchObject({ issued: 9 })
  })
})
