import { describe, expect, it } from 'vitest'
import { sealBookEntriesForMeeting } from '../../../electron/core/personnel/seal-entries'
import { sealSignerOf } from '../../../electron/core/seals/signed-seal'
import { bookVaults, holdMeeting, importFixtures, signMeeting, views, type BookVault, type HeldMeeting } from './personnel-fixture'

// The correction entry (更正记录) as its form uses it: only a sealed entry, each candidate once,
// every candidate under the meeting's rules (a refusal leaves no half-written entry), and a
// candidate left out keeps the original's decision.

const open = bookVaults()
const stages = { proposedOn: '2026-08-01', recommendedOn: '2026-08-10', inspectedOn: '2026-08-20', consultedOn: '2026-09-10' }

/** 张建国 and 李秀英 decided at one 常委会, every member agreeing. */
async function twoDecided(vault: BookVault, held: HeldMeeting) {
  await importFixtures(vault, ['zhang-promotion.lrmx', 'li-retire-dotted-dates.lrmx'])
  const cadres = await vault.core.call('personnel.listCadres', {})
  const id = (name: string) => cadres.find((cadre) => cadre.name === name)!.id
  const zhang = await vault.core.call('personnel.saveMatter', { cadreId: id('张建国'), topicId: held.topicId, actionType: 'appoint', proposedPost: '示例区发展和改革委员会主任', stages })
  const li = await vault.core.call('personnel.saveMatter', { cadreId: id('李秀英'), topicId: held.topicId, actionType: 'retire', postToRemove: '示例区教育局副局长', stages })
  const decide = (matterId: string) => vault.core.call('personnel.decideCandidate', { meetingId: held.meetingId, agendaItemId: held.agendaItemId, matterId, voteMethod: 'hands', views: views(vault) })
  await decide(zhang.id)
  const entry = await decide(li.id)
  return { zhang, li, entry }
}

function seal(vault: BookVault, held: HeldMeeting) {
  signMeeting(vault, held)
  sealBookEntriesForMeeting(vault.core.context.session!.vault.personnel!, held.meetingId, { chairName: '林书记', recorderName: '王秘书', signer: sealSignerOf(vault.core.context.session!) }, new Date('2026-09-26T08:00:00.000Z'))
}

const signers = { chairName: '林书记', recorderName: '王秘书' }

describe('a correction entry', () => {
  it('refuses an entry not sealed yet, and a candidate listed twice', async () => {
    const vault = await open()
    const held = holdMeeting(vault, { date: '2026-09-25' })
    const { zhang, entry } = await twoDecided(vault, held)
    const unsealed = await vault.core.raw('personnel.correctEntry', { entryId: entry.id, reason: '笔误', ...signers, decisions: [{ matterId: zhang.id, voteMethod: 'hands', views: views(vault) }] })
    expect(unsealed).toEqual({ ok: false, error: { code: 'RULE_VIOLATION', message: '该条记录尚未封存，可以直接修改，无需另立更正记录。' } })

    seal(vault, held)
    const twice = await vault.core.raw('personnel.correctEntry', { entryId: entry.id, reason: '笔误', ...signers, decisions: [zhang.id, zhang.id].map((matterId) => ({ matterId, voteMethod: 'hands' as const, views: views(vault) })) })
    expect(twice).toEqual({ ok: false, error: { code: 'VOTE_INVALID', message: '同一名人选在更正记录中只能出现一次（逐一表决），未保存。' } })
    expect(await vault.core.call('personnel.listEntries', {})).toHaveLength(1)
  })

  it('leaves nothing written when a later candidate breaks the rules, and keeps the original decision of a candidate left out', async () => {
    const vault = await open()
    const held = holdMeeting(vault, { date: '2026-09-25' })
    const { zhang, li, entry } = await twoDecided(vault, held)
    seal(vault, held)
    const before = { entries: await vault.core.call('personnel.listEntries', {}), audit: await vault.core.call('audit.list', { limit: 1 }), matters: await vault.core.call('personnel.listMatters', { topicId: held.topicId }) }

    // 张建国 is fine; 李秀英 lacks one member's view: the whole correction is refused.
    const refused = await vault.core.raw('personnel.correctEntry', {
      entryId: entry.id, reason: '核对录音', ...signers,
      decisions: [{ matterId: zhang.id, voteMethod: 'hands', views: views(vault, { 6: 'disagree' }) }, { matterId: li.id, voteMethod: 'hands', views: views(vault, { 2: 'skip' }) }],
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'VOTE_INVALID' } })
    expect(refused.ok ? '' : refused.error.message).toMatch(/^李秀英：请登记.+对该人选的意见（同意、不同意或缓议），未保存。$/u)
    expect(await vault.core.call('personnel.listEntries', {})).toEqual(before.entries)
    expect(await vault.core.call('audit.list', { limit: 1 })).toEqual(before.audit)
    expect(await vault.core.call('personnel.listMatters', { topicId: held.topicId })).toEqual(before.matters)

    // Only 张建国 corrected: 李秀英 is still decided by the original entry.
    const correction = await vault.core.call('personnel.correctEntry', { entryId: entry.id, reason: '核对录音', ...signers, decisions: [{ matterId: zhang.id, voteMethod: 'hands', views: views(vault, { 6: 'disagree' }) }] })
    expect(correction.candidates.map((candidate) => candidate.cadreName)).toEqual(['张建国'])
    const after = await vault.core.call('personnel.listMatters', { topicId: held.topicId })
    expect(after.find((matter) => matter.id === zhang.id)!.decision).toMatchObject({ entryId: correction.id, result: 'passed' })
    expect(after.find((matter) => matter.id === li.id)!.decision).toMatchObject({ entryId: entry.id, entryLabel: entry.label, result: 'passed' })
    expect((await vault.core.call('personnel.getEntry', { id: entry.id })).candidates).toEqual(entry.candidates)
  })
})
