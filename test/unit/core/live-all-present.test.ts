import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { removeDir } from '../../support/vault'
import { insertTopic, liveVault, standingBodyId, startedMeeting, type LiveVault } from './live-fixture'

// 全部出席: one call marks everyone not yet marked present; members already on leave stay so.

let lv: LiveVault
beforeEach(async () => {
  lv = await liveVault()
})
afterEach(() => {
  lv.core.context.lock('manual')
  removeDir(lv.core.dataDir)
})

describe('live.allPresent', () => {
  it('marks the members not yet marked present, keeps leave, and is audited once', async () => {
    const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '关于城市更新的方案' })])
    const away = lv.people[10]!
    await lv.core.call('live.setAttendance', { meetingId: meeting.id, personId: away, attendance: 'leave', leaveReason: 'sick', leaveNote: null })
    const detail = await lv.core.call('live.allPresent', { meetingId: meeting.id })
    expect(detail.members.filter((member) => member.attendance === 'present')).toHaveLength(10)
    expect(detail.members.find((member) => member.personId === away)).toMatchObject({ attendance: 'leave', leaveReason: 'sick' })
    const [latest] = await lv.core.call('audit.list', { limit: 1 })
    expect(latest).toMatchObject({ action: 'live.allPresent', summary: '登记出席：未登记的 10 人全部出席' })
  })

  it('is refused for a meeting not being recorded', async () => {
    const created = await lv.core.call('meetings.create', { bodyId: standingBodyId, date: '2026-03-24', startTime: '09:00', place: '区委常委会议室', chairId: lv.people[0]!, recorderName: '王秘书' })
    expect(await lv.core.raw('live.allPresent', { meetingId: created.id })).toMatchObject({ ok: false })
  })
})
