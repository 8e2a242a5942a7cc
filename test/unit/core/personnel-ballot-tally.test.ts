import { describe, expect, it } from 'vitest'
import { entrySealCheck, sealBookEntriesForMeeting } from '../../../electron/core/personnel/seal-entries'
import { sealSignerOf, sealVerifier } from '../../../electron/core/seals/signed-seal'
import { bookEntries } from '../../../electron/core/db/schema/personnel'
import { documentLines } from '../../support/document-lines'
import { rollBackTo } from '../../support/migration-levels'
import { adminPassword } from '../../support/vault'
import { bookVaults, holdMeeting, importFixtures, secretaryBodyId, signMeeting, views, type BookVault, type HeldMeeting } from './personnel-fixture'

// 无记名投票的计票 on a personnel item: checked by the shared rule, refused with nothing
// saved, else every candidate recorded as a secret ballot with the tally kept (and sealed)
// with the entry.

const open = bookVaults()
const stages = { proposedOn: '2026-08-01', recommendedOn: '2026-08-10', inspectedOn: '2026-08-20', consultedOn: '2026-09-10' }

/** Two consulted candidates on the meeting's topic; members 9 and 10 on leave (应到 11, 实到 9). */
async function twoCandidates(vault: BookVault): Promise<{ held: HeldMeeting; matterIds: string[] }> {
  const held = holdMeeting(vault, { date: '2026-09-20', absent: [9, 10] })
  await importFixtures(vault, ['zhang-promotion.lrmx', 'chen-gb2312.lrmx'])
  const cadres = await vault.core.call('personnel.listCadres', {})
  const matterIds: string[] = []
  for (const [name, post] of [['张建国', '示例区发展和改革委员会主任'], ['陈志强', '示例区财政局局长']] as const) {
    const cadre = cadres.find((c) => c.name === name)!
    const matter = await vault.core.call('personnel.saveMatter', { cadreId: cadre.id, topicId: held.topicId, actionType: 'appoint', proposedPost: post, integrityOpinion: '无影响使用的问题', stages })
    matterIds.push(matter.id)
  }
  return { held, matterIds }
}

function tally(vault: BookVault, held: HeldMeeting, matterIds: string[], change: Record<string, unknown> = {}) {
  return {
    meetingId: held.meetingId, agendaItemId: held.agendaItemId, returned: 9, valid: 9, invalid: 0,
    scrutineerIds: [vault.members[3]!], tellerIds: [vault.members[5]!],
    candidates: [
      { matterId: matterIds[0]!, counts: { for: 8, against: 1, abstain: 0 } },
      { matterId: matterIds[1]!, counts: { for: 5, against: 3, abstain: 1 } },
    ],
    ...change,
  }
}

describe('the secret ballot tally of a personnel item', () => {
  it('refuses a tally that does not add up with its Chinese message and saves nothing, then records a good one', async () => {
    const vault = await open()
    const { held, matterIds } = await twoCandidates(vault)
    const auditBefore = await vault.core.call('audit.list', { limit: 5 })

    const refused = await vault.core.raw('personnel.recordBallotTally', tally(vault, held, matterIds, { returned: 10, valid: 10 }))
    expect(refused).toEqual({ ok: false, error: { code: 'VOTE_INVALID', message: '收回表决票 10 张，多于发出的 9 张，未保存。' } })
    const overCounted = await vault.core.raw('personnel.recordBallotTally', tally(vault, held, matterIds, { candidates: [{ matterId: matterIds[0]!, counts: { for: 8, against: 1, abstain: 1 } }] }))
    expect(overCounted).toMatchObject({ ok: false, error: { code: 'VOTE_INVALID', message: '张建国的同意、不同意、弃权票合计 10 票，多于有效票 9 张，未保存。' } })
    const absentTeller = await vault.core.raw('personnel.recordBallotTally', tally(vault, held, matterIds, { tellerIds: [vault.members[10]!] }))
    expect(absentTeller).toMatchObject({ ok: false, error: { code: 'VOTE_INVALID', message: '冯部长未出席会议，不能担任计票人，未保存。' } })
    expect(await vault.core.call('personnel.entryForItem', { agendaItemId: held.agendaItemId })).toMatchObject({ entry: null })
    expect(await vault.core.call('audit.list', { limit: 5 })).toEqual(auditBefore)

    const entry = await vault.core.call('personnel.recordBallotTally', tally(vault, held, matterIds))
    expect(entry.ballotTally).toMatchObject({ members: 11, present: 9, issued: 9, returned: 9, valid: 9, invalid: 0, scrutineers: ['赵部长'], tellers: ['孙部长'] })
    expect(entry.candidates.map((c) => [c.cadreName, c.voteMethod, c.counts, c.resultLabel])).toEqual([
      ['张建国', 'secret', { for: 8, against: 1, abstain: 0 }, '通过'],
      ['陈志强', 'secret', { for: 5, against: 3, abstain: 1 }, '未通过'],
    ])
    const audit = (await vault.core.call('audit.list', { limit: 1 }))[0]!
    expect(audit.summary).toBe(`专用记录本${entry.label}：登记无记名投票计票结果（2名人选，发出9张，收回9张，有效9张）`)
    expect(audit.summary).not.toContain('张建国')

    // Counted again: the tally is replaced, not added.
    const again = await vault.core.call('personnel.recordBallotTally', tally(vault, held, matterIds, { valid: 8, invalid: 1, candidates: [{ matterId: matterIds[0]!, counts: { for: 7, against: 1, abstain: 0 } }, { matterId: matterIds[1]!, counts: { for: 6, against: 2, abstain: 0 } }] }))
    expect(again.ballotTally).toMatchObject({ valid: 8, invalid: 1 })
    expect(again.candidates.map((c) => c.resultLabel)).toEqual(['通过', '通过'])
  })

  it('a candidate recorded again by hand drops the tally (it must be counted again)', async () => {
    const vault = await open()
    const { held, matterIds } = await twoCandidates(vault)
    await vault.core.call('personnel.recordBallotTally', tally(vault, held, matterIds))
    const entry = await vault.core.call('personnel.decideCandidate', { meetingId: held.meetingId, agendaItemId: held.agendaItemId, matterId: matterIds[0]!, voteMethod: 'secret', counts: { for: 9, against: 0, abstain: 0 } })
    expect(entry.ballotTally).toBeNull()
  })

  it('is sealed with the entry: the hash covers it and the triggers refuse a change', async () => {
    const vault = await open()
    const { held, matterIds } = await twoCandidates(vault)
    await vault.core.call('personnel.recordBallotTally', tally(vault, held, matterIds))
    const personnel = vault.core.context.session!.vault.personnel!
    signMeeting(vault, held)
    sealBookEntriesForMeeting(personnel, held.meetingId, { chairName: '林书记', recorderName: '王秘书', signer: sealSignerOf(vault.core.context.session!) }, new Date('2026-09-21T02:00:00.000Z'))
    const row = personnel.select().from(bookEntries).get()!
    expect(entrySealCheck(personnel, sealVerifier(vault.core.context.session!.db), row)?.state).toBe('intact')
    const sqlite = vault.core.context.session!.vault.personnelSqlite!
    expect(() => sqlite.prepare('update entry_ballot_tallies set valid = 1').run()).toThrow('SEALED')
    expect(() => sqlite.prepare('delete from entry_ballot_tallies').run()).toThrow('SEALED')
    const refused = await vault.core.raw('personnel.recordBallotTally', tally(vault, held, matterIds))
    expect(refused).toMatchObject({ ok: false, error: { code: 'BOOK_ENTRY_SEALED' } })
  })
})

describe('personnel migration 0003 (entry_ballot_tallies)', () => {
  it('a book from before it, with an entry sealed, is migrated at unlock: the seal still holds and a tally can be recorded', async () => {
    const vault = await open()
    const { held, matterIds } = await twoCandidates(vault)
    // An entry of the 书记专题会议 that consulted the first candidate, sealed before the migration.
    const consult = holdMeeting(vault, { date: '2026-09-10', bodyId: secretaryBodyId })
    await vault.core.call('personnel.decideCandidate', { meetingId: consult.meetingId, agendaItemId: consult.agendaItemId, matterId: matterIds[0]!, voteMethod: 'hands', views: views(vault) })
    signMeeting(vault, consult)
    sealBookEntriesForMeeting(vault.core.context.session!.vault.personnel!, consult.meetingId, { chairName: '林书记', recorderName: '王秘书', signer: sealSignerOf(vault.core.context.session!) }, new Date('2026-09-11T02:00:00.000Z'))
    const sqlite = vault.core.context.session!.vault.personnelSqlite!
    rollBackTo(sqlite, 'personnel', '0002_signed_entry_seals')
    expect(sqlite.prepare(`select 1 from sqlite_master where name = 'entry_ballot_tallies'`).get()).toBeUndefined()
    vault.core.context.lock('manual')

    await vault.core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const personnel = vault.core.context.session!.vault.personnel!
    expect(entrySealCheck(personnel, sealVerifier(vault.core.context.session!.db), personnel.select().from(bookEntries).get()!)?.state).toBe('intact')
    const entry = await vault.core.call('personnel.recordBallotTally', tally(vault, held, matterIds))
    expect(entry.ballotTally).toMatchObject({ issued: 9, returned: 9 })
  })
})

describe('the papers of the secret ballot', () => {
  it('prints one 表决票 per member taking part, each with both candidates, numbered by their 份号 when classified', async () => {
    const vault = await open()
    const { held, matterIds } = await twoCandidates(vault)
    const settings = await vault.core.call('documents.settings')
    await vault.core.call('documents.updateSettings', { ...settings, defaultClassification: { level: 'none', years: null } })
    const papers = documentLines(await vault.core.call('personnelDocuments.ballotPapers', { meetingId: held.meetingId, agendaItemId: held.agendaItemId, numbered: false }))
    expect(papers.filter((line) => line === '——分页——')).toHaveLength(8)
    expect(papers.filter((line) => line === '表决票')).toHaveLength(9)
    expect(papers.slice(0, 9)).toEqual([
      '表决票',
      '2026年第1次常委会会议（2026年9月20日）',
      '',
      '表决事项：关于有关同志职务任免的议题',
      '序号|姓名|拟任职务|拟免职务|同意|不同意|弃权',
      '1|张建国|示例区发展和改革委员会主任|—|||',
      '2|陈志强|示例区财政局局长|—|||',
      '填票说明：',
      '1．对每名人选，只能在“同意”“不同意”“弃权”中选择一项，在相应栏内划“○”。',
    ])
    expect(papers).toContain('2．对同一名人选划“○”超过一个的，本票对该人选无效，不影响对其他人选的表决。')

    const numbered = documentLines(await vault.core.call('personnelDocuments.ballotPapers', { meetingId: held.meetingId, agendaItemId: held.agendaItemId, numbered: true }))
    expect(numbered.slice(0, 2)).toEqual(['000001', '表决票'])
    // Classified: every ballot carries the 密级 and a 份号, numbered or not.
    await vault.core.call('documents.updateSettings', { ...settings, defaultClassification: { level: 'confidential', years: 10 } })
    const classified = documentLines(await vault.core.call('personnelDocuments.ballotPapers', { meetingId: held.meetingId, agendaItemId: held.agendaItemId, numbered: false }))
    expect(classified.slice(0, 3)).toEqual(['000001', '机密★10年', '表决票'])
    expect(classified.filter((line) => /^0000\d\d$/u.test(line))).toEqual(['000001', '000002', '000003', '000004', '000005', '000006', '000007', '000008', '000009'])

    const entry = await vault.core.call('personnel.recordBallotTally', tally(vault, held, matterIds))
    const report = documentLines(await vault.core.call('personnelDocuments.tallyReport', { entryId: entry.id }))
    expect(report).toEqual([
      '000001', '机密★10年',
      '计票结果报告单',
      '2026年第1次常委会会议（2026年9月20日）',
      '',
      '表决事项：关于有关同志职务任免的议题',
      '表决方式：无记名投票',
      '本次会议应到11人，实到9人。发出表决票9张，收回9张，其中有效票9张。经监票人监督、计票人清点，各人选得票情况如下：',
      '姓名|拟任（拟免）职务|同意|不同意|弃权|结果',
      '张建国|拟任示例区发展和改革委员会主任|8票|1票|0票|通过',
      '陈志强|拟任示例区财政局局长|5票|3票|1票|未通过',
      '同意票超过应到会成员半数（6票以上）为通过。',
      '监票人：赵部长；计票人：孙部长。',
      '监票人（签字）', '计票人（签字）', '主持人（签字）',
    ])
    const page = documentLines(await vault.core.call('personnelDocuments.entryPage', { entryId: entry.id }))
    expect(page).toContain('表决情况|应到11人，实到9人，发出表决票9张，收回9张，有效票9张；同意8票，不同意1票，弃权0票（无记名投票，通过需同意6票）')
    expect(page).toContain('监票人|赵部长')
  })

  it('refuses the report of an entry not counted by secret ballot, and ballots for an item without candidates', async () => {
    const vault = await open()
    const { held, matterIds } = await twoCandidates(vault)
    const entry = await vault.core.call('personnel.decideCandidate', { meetingId: held.meetingId, agendaItemId: held.agendaItemId, matterId: matterIds[0]!, voteMethod: 'hands', views: views(vault, {}, [9, 10]) })
    expect(await vault.core.raw('personnelDocuments.tallyReport', { entryId: entry.id })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '该条记录还没有登记无记名投票的计票结果，不能生成计票结果报告单。' } })
    const empty = holdMeeting(vault, { date: '2026-10-20', sequence: 2 })
    expect(await vault.core.raw('personnelDocuments.ballotPapers', { meetingId: empty.meetingId, agendaItemId: empty.agendaItemId })).toEqual({ ok: false, error: { code: 'RULE_VIOLATION', message: '本议题还没有人选，不能生成表决票。请先在专用记录本中添加人选。' } })
  })
})
