import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { removeDir } from '../../support/vault'
import { insertTopic, liveVault, meetingDay, standingBodyId, type LiveVault } from './live-fixture'

// 主要负责人应当最后表态: on a real vault, a meeting chaired by the 区长 (rank 2) with the 书记
// (rank 1) present ends with the 书记; with the 书记 on leave it ends with the chair.

let lv: LiveVault
beforeEach(async () => {
  lv = await liveVault()
})
afterEach(() => {
  lv.core.context.lock('manual')
  removeDir(lv.core.dataDir)
})

async function chairedBy(chairRank: number) {
  const topicId = insertTopic(lv.core, { title: '关于城区防汛工作的议题' })
  const created = await lv.core.call('meetings.create', { bodyId: standingBodyId, date: meetingDay, startTime: '09:00', place: '区委常委会议室', chairId: lv.people[chairRank - 1]!, recorderName: '王秘书' })
  await lv.core.call('agenda.add', { meetingId: created.id, topicId })
  await lv.core.call('meetings.advance', { id: created.id, to: 'notified' })
  await lv.core.call('meetings.advance', { id: created.id, to: 'in_progress' })
  return created.id
}

async function mark(meetingId: string, rank: number, attendance: 'present' | 'leave') {
  return lv.core.call('live.setAttendance', { meetingId, personId: lv.people[rank - 1]!, attendance, leaveReason: attendance === 'leave' ? 'business' : null, leaveNote: null })
}

const byRanks = (ranks: number[]) => ranks.map((rank) => lv.people[rank - 1]!)

describe('who speaks last', () => {
  it('the 书记 present while the 区长 chairs: the 书记 last, the chair at his reverse-rank place', async () => {
    const meetingId = await chairedBy(2)
    for (let rank = 1; rank <= 11; rank += 1) await mark(meetingId, rank, 'present')
    const item = (await lv.core.call('meetings.get', { id: meetingId })).items[0]!
    expect(item.proposedSpeakingOrder).toEqual(byRanks([11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]))
    expect(item.speakingOrder).toEqual(item.proposedSpeakingOrder)
    expect(item.lastSpeaker).toBe('principal')

    // The 书记 out of the room for this item: the chair goes last, and the view says why.
    const out = (await lv.core.call('live.setItemAbsence', { itemId: item.id, personId: lv.people[0]!, kind: 'out', note: '接听紧急电话' })).items[0]!
    expect(out.proposedSpeakingOrder).toEqual(byRanks([11, 10, 9, 8, 7, 6, 5, 4, 3, 2]))
    expect(out.lastSpeaker).toBe('chair-principal-out')
  })

  it('the 书记 on leave: the chair last; the chair recused too: reverse rank alone', async () => {
    const meetingId = await chairedBy(3)
    for (let rank = 2; rank <= 11; rank += 1) await mark(meetingId, rank, 'present')
    const detail = await mark(meetingId, 1, 'leave')
    const item = detail.items[0]!
    expect(item.proposedSpeakingOrder).toEqual(byRanks([11, 10, 9, 8, 7, 6, 5, 4, 2, 3]))
    expect(item.lastSpeaker).toBe('chair-principal-absent')

    const recused = (await lv.core.call('live.addRecusal', { itemId: item.id, personId: lv.people[2]!, candidate: '', reason: '其亲属为相关企业股东' })).items[0]!
    expect(recused.proposedSpeakingOrder).toEqual(byRanks([11, 10, 9, 8, 7, 6, 5, 4, 2]))
    expect(recused.lastSpeaker).toBe('rank')
  })
})
