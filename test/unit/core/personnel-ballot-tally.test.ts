import { describe, expect, it } from 'vitest'
import { sealBookEntriesForMeeting, verifyEntrySeal } from '../../../electron/core/personnel/seal-entries'
import { bookEntries } from '../../../electron/core/db/schema/personnel'
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
    sealBookEntriesForMeeting(personnel, held.meetingId, '林书记', '王秘书', new Date('2026-09-21T02:00:00.000Z'))
    const row = personnel.select().from(bookEntries).get()!
    expect(verifyEntrySeal(personnel, row)).toBe(true)
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
    sealBookEntriesForMeeting(vault.core.context.session!.vault.personnel!, consult.meetingId, '林书记', '王秘书', new Date('2026-09-11T02:00:00.000Z'))
    const sqlite = vault.core.context.session!.vault.personnelSqlite!
    rollBackTo(sqlite, 'personnel', '0001_personnel_book')
    expect(sqlite.prepare(`select 1 from sqlite_master where name = 'entry_ballot_tallies'`).get()).toBeUndefined()
    vault.core.context.lock('manual')

    await vault.core.call('auth.unlock', { username: 'admin', password: adminPassword })
    const personnel = vault.core.context.session!.vault.personnel!
    expect(verifyEntrySeal(personnel, personnel.select().from(bookEntries).get()!)).toBe(true)
    const entry = await vault.core.call('personnel.recordBallotTally', tally(vault, held, matterIds))
    expect(entry.ballotTally).toMatchObject({ issued: 9, returned: 9 })
  })
})
