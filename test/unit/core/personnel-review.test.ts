import { describe, expect, it } from 'vitest'
import { sealBookEntriesForMeeting } from '../../../electron/core/personnel/seal-entries'
import { sealSignerOf } from '../../../electron/core/seals/signed-seal'
import { bookVaults, holdMeeting, importFixtures, signMeeting, views, type BookVault } from './personnel-fixture'

// Defects found in review of the personnel book: each test failed before its fix.

const open = bookVaults()

async function consultedCandidate(vault: BookVault, topicId: string) {
  await importFixtures(vault, ['zhang-promotion.lrmx'])
  const [cadre] = await vault.core.call('personnel.listCadres', { query: '建国' })
  const stages = { proposedOn: '2026-08-01', recommendedOn: '2026-08-10', inspectedOn: '2026-08-20', consultedOn: '2026-09-10' }
  const matter = await vault.core.call('personnel.saveMatter', { cadreId: cadre!.id, topicId, actionType: 'appoint', proposedPost: '示例区发展和改革委员会主任', probation: true, stages })
  return { cadre: cadre!, matter }
}

describe('the register', () => {
  it('finds a candidate by every meeting that recorded it: deferred at one meeting, decided at the next', async () => {
    const vault = await open()
    const first = holdMeeting(vault, { date: '2026-09-25' })
    const { matter } = await consultedCandidate(vault, first.topicId)
    await vault.core.call('personnel.decideCandidate', { meetingId: first.meetingId, agendaItemId: first.agendaItemId, matterId: matter.id, voteMethod: 'hands', views: views(vault), deferred: true })
    const second = holdMeeting(vault, { date: '2026-10-12', sequence: 2 })
    // The deferred candidate comes back under the same topic.
    vault.core.context.session!.vault.mainSqlite.prepare('update agenda_items set topic_id = ? where id = ?').run(first.topicId, second.agendaItemId)
    await vault.core.call('personnel.decideCandidate', { meetingId: second.meetingId, agendaItemId: second.agendaItemId, matterId: matter.id, voteMethod: 'hands', views: views(vault) })

    const atFirst = await vault.core.call('personnel.searchRegister', { meetingId: first.meetingId })
    expect(atFirst.map((row) => row.id)).toEqual([matter.id])
    expect(atFirst[0]!.decision).toMatchObject({ result: 'passed' })
    expect((await vault.core.call('personnel.searchRegister', { meetingId: second.meetingId })).map((row) => row.id)).toEqual([matter.id])
    expect(atFirst[0]!.meetingLabels).toHaveLength(2)
  })
})

describe('corrections', () => {
  it('refuses a correction that records a candidate the sealed entry never held, and changes nothing', async () => {
    const vault = await open()
    const held = holdMeeting(vault, { date: '2026-09-25' })
    const { matter } = await consultedCandidate(vault, held.topicId)
    const entry = await vault.core.call('personnel.decideCandidate', { meetingId: held.meetingId, agendaItemId: held.agendaItemId, matterId: matter.id, voteMethod: 'hands', views: views(vault) })
    signMeeting(vault, held)
    sealBookEntriesForMeeting(vault.core.context.session!.vault.personnel!, held.meetingId, { chairName: '林书记', recorderName: '王秘书', signer: sealSignerOf(vault.core.context.session!) }, new Date('2026-09-26T08:00:00.000Z'))

    // Another candidate, never put to that meeting.
    await importFixtures(vault, ['li-retire-dotted-dates.lrmx'])
    const [other] = await vault.core.call('personnel.listCadres', { query: '秀英' })
    const stranger = await vault.core.call('personnel.saveMatter', { cadreId: other!.id, actionType: 'remove', postToRemove: '示例区文化馆馆长', stages: {} })
    const before = { entries: await vault.core.call('personnel.listEntries', {}), audit: await vault.core.call('audit.list', { limit: 1 }) }

    const refused = await vault.core.raw('personnel.correctEntry', {
      entryId: entry.id, reason: '补记', chairName: '林书记', recorderName: '王秘书',
      decisions: [{ matterId: matter.id, voteMethod: 'hands', views: views(vault) }, { matterId: stranger.id, voteMethod: 'hands', views: views(vault) }],
    })
    expect(refused).toEqual({ ok: false, error: { code: 'RULE_VIOLATION', message: '李秀英不在2026年第1册第1号中：更正记录只能更正原记录中已表决的人选，未保存。' } })
    expect(await vault.core.call('personnel.listEntries', {})).toEqual(before.entries)
    expect(await vault.core.call('audit.list', { limit: 1 })).toEqual(before.audit)
    const [after] = await vault.core.call('personnel.listMatters', { cadreId: other!.id })
    expect(after!.decision).toBeNull()
  })
})

describe('the seal of an entry', () => {
  it('is verified on every read: a change made behind the triggers shows as not intact', async () => {
    const vault = await open()
    const held = holdMeeting(vault, { date: '2026-09-25' })
    const { matter } = await consultedCandidate(vault, held.topicId)
    const entry = await vault.core.call('personnel.decideCandidate', { meetingId: held.meetingId, agendaItemId: held.agendaItemId, matterId: matter.id, voteMethod: 'hands', views: views(vault) })
    signMeeting(vault, held)
    sealBookEntriesForMeeting(vault.core.context.session!.vault.personnel!, held.meetingId, { chairName: '林书记', recorderName: '王秘书', signer: sealSignerOf(vault.core.context.session!) }, new Date('2026-09-26T08:00:00.000Z'))
    expect((await vault.core.call('personnel.getEntry', { id: entry.id })).sealed).toMatchObject({ intact: true })
    // A second sealed entry, from another meeting, that nobody touches.
    const laterHeld = holdMeeting(vault, { date: '2026-10-09', sequence: 2 })
    const later = await consultedCandidate(vault, laterHeld.topicId)
    const untouched = await vault.core.call('personnel.decideCandidate', { meetingId: laterHeld.meetingId, agendaItemId: laterHeld.agendaItemId, matterId: later.matter.id, voteMethod: 'hands', views: views(vault) })
    signMeeting(vault, laterHeld)
    sealBookEntriesForMeeting(vault.core.context.session!.vault.personnel!, laterHeld.meetingId, { chairName: '林书记', recorderName: '王秘书', signer: sealSignerOf(vault.core.context.session!) }, new Date('2026-10-10T08:00:00.000Z'))

    // Someone holding the key drops a trigger and edits the votes.
    const sqlite = vault.core.context.session!.vault.personnelSqlite!
    sqlite.prepare('drop trigger entry_decisions_sealed_update').run()
    sqlite.prepare('update entry_decisions set votes_for = 3 where entry_id = ?').run(entry.id)
    expect((await vault.core.call('personnel.getEntry', { id: entry.id })).sealed).toMatchObject({ intact: false })
    // The list checks every entry's seal at once: only the edited one is broken.
    const listed = await vault.core.call('personnel.listEntries', {})
    expect(listed.map((row) => [row.id, row.sealed?.intact])).toEqual([
      [untouched.id, true],
      [entry.id, false],
    ])
  })
})
