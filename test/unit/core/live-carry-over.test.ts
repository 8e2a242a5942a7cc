import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MeetingDetail } from '../../../shared/meetings/views'
import { removeDir } from '../../support/vault'
import { attendance, insertTopic, liveVault, refused, snapshot, standingBodyId, startedMeeting, type LiveVault } from './live-fixture'

// 缓议: a deferred topic stays open and is carried over to a later meeting. Once it is on that
// meeting's agenda, the earlier meeting can no longer decide it (or clear its deferral), or the
// topic would be decided twice, or wait on two agendas at once.

let lv: LiveVault
let first: MeetingDetail
let topicId: string
let itemId: string
beforeEach(async () => {
  lv = await liveVault()
  topicId = insertTopic(lv.core, { title: '关于老旧小区改造的方案' })
  first = await startedMeeting(lv, [topicId])
  await attendance(lv, first.id, 9)
  itemId = first.items[0]!.id
  await lv.core.call('live.saveDecision', { itemId, decisionText: '会议同意该方案。', leadLeaderId: null, responsibleUnits: '', deadline: null })
  await lv.core.call('live.setOutcome', { itemId, outcome: 'deferred' })
})
afterEach(() => {
  lv.core.context.lock('manual')
  removeDir(lv.core.dataDir)
})

async function carriedOver(): Promise<MeetingDetail> {
  const next = await lv.core.call('meetings.create', { bodyId: standingBodyId, date: '2026-03-24', startTime: '09:00', place: '区委常委会议室', chairId: lv.people[0]!, recorderName: '王秘书' })
  return lv.core.call('agenda.add', { meetingId: next.id, topicId })
}

describe('a deferred topic carried over to a later meeting', () => {
  it('keeps the earlier meeting’s 缓议: deciding it there, or clearing the outcome, is refused and nothing is saved', async () => {
    const next = await carriedOver()
    expect(next.items.map((item) => item.topic.id)).toEqual([topicId])
    const before = await snapshot(lv.core, first.id)
    for (const outcome of ['passed', 'rejected', 'withdrawn', null] as const) {
      const error = await refused(lv.core, 'live.setOutcome', { itemId, outcome }, 'RULE_VIOLATION')
      expect(error.message).toContain('已作为缓议议题列入2026年第2次常委会会议的议程')
      expect(error.message).toContain('请先将该议题从2026年第2次常委会会议的议程中移除')
    }
    expect(await snapshot(lv.core, first.id)).toEqual(before)
    const topic = (await lv.core.call('topics.list', { scope: 'all', bodyId: standingBodyId })).find((entry) => entry.id === topicId)!
    expect(topic.state).toBe('scheduled')
  })

  it('lets the earlier meeting decide once the topic is taken off the later agenda', async () => {
    const next = await carriedOver()
    await lv.core.call('agenda.remove', { itemId: next.items[0]!.id })
    const decided = await lv.core.call('live.setOutcome', { itemId, outcome: 'passed' })
    expect(decided.items[0]!.outcome).toBe('passed')
  })
})
