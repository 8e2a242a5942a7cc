import type { MatterView } from '../../../shared/personnel/views'
import { holdMeeting, importFixtures, views, type BookVault, type HeldMeeting } from './personnel-fixture'

// Two decided candidates for the personnel documents: 张建国 promoted (consulted, then
// decided with one recusal, notice 28 September – 9 October over National Day) and 李秀英
// retiring, her post typed with 付 for 副. The clock ends on 12 October 2026.

export interface DecidedBook {
  held: HeldMeeting
  entryId: string
  zhang: MatterView
  li: MatterView
}

export async function decidedBook(vault: BookVault): Promise<DecidedBook> {
  const held = holdMeeting(vault, { date: '2026-09-25', absent: [10], sequence: 15 })
  await importFixtures(vault, ['zhang-promotion.lrmx', 'li-retire-dotted-dates.lrmx'])
  const [zhangCadre] = await vault.core.call('personnel.listCadres', { query: '张建国' })
  const [liCadre] = await vault.core.call('personnel.listCadres', { query: '李秀英' })
  const consulted = { proposedOn: '2026-08-01', recommendedOn: '2026-08-10', inspectedOn: '2026-08-20', consultedOn: '2026-09-10' }
  const zhangInput = {
    cadreId: zhangCadre!.id, topicId: held.topicId, actionType: 'appoint' as const, proposedPost: '示例区发展和改革委员会主任', postToRemove: '示例区白云乡党委书记',
    probation: true, integrityOpinion: '无影响使用的问题', stages: consulted,
  }
  const zhang = await vault.core.call('personnel.saveMatter', zhangInput)
  const li = await vault.core.call('personnel.saveMatter', { cadreId: liCadre!.id, topicId: held.topicId, actionType: 'retire', postToRemove: '示例区教育局付局长', stages: { proposedOn: '2026-09-01' } })
  const recusals = [{ memberId: vault.members[3]!, reason: '与人选系同学关系' }]
  await vault.core.call('personnel.decideCandidate', { meetingId: held.meetingId, agendaItemId: held.agendaItemId, matterId: zhang.id, voteMethod: 'hands', recusals, views: views(vault, { 5: 'disagree' }, [3, 10]) })
  const entry = await vault.core.call('personnel.decideCandidate', { meetingId: held.meetingId, agendaItemId: held.agendaItemId, matterId: li.id, voteMethod: 'hands', views: views(vault, {}, [10]) })
  const noticed = await vault.core.call('personnel.saveMatter', { ...zhangInput, id: zhang.id, stages: { ...consulted, noticeStart: '2026-09-28', noticeEnd: '2026-10-09' } })
  vault.clock.set('2026-10-12T02:00:00.000Z')
  const [liNow] = await vault.core.call('personnel.listMatters', { cadreId: liCadre!.id })
  return { held, entryId: entry.id, zhang: noticed, li: liNow! }
}
