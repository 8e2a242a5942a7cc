import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { adminPassword, removeDir } from '../../support/vault'
import { insertTopic, liveVault, standingBodyId, startedMeeting, type LiveVault } from './live-fixture'

// The live screen of a meeting 进行中 makes the session's idle lock (main's OS idle check)
// wait for the meeting's time; any other meeting, or none, keeps the office's.

let lv: LiveVault
beforeEach(async () => {
  lv = await liveVault()
})
afterEach(() => {
  lv.core.context.lock('manual')
  removeDir(lv.core.dataDir)
})

describe('live.screenOpen', () => {
  it('uses the meeting idle time only while a meeting in progress is on screen', async () => {
    const session = () => lv.core.context.session!
    expect(await lv.core.call('auth.session')).toMatchObject({ idleLockMinutes: 10, meetingIdleLockMinutes: 60 })
    expect(session().idleLockMinutes()).toBe(10)

    const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '关于城市更新的方案' })])
    expect(await lv.core.call('live.screenOpen', { meetingId: meeting.id })).toBe(true)
    expect(session().idleLockMinutes()).toBe(60)

    await lv.core.call('settings.update', { committeeName: '中共示例区委员会', committeeShortName: '示例区委', idleLockMinutes: 10, meetingIdleLockMinutes: 90 })
    expect(session().idleLockMinutes()).toBe(90)
    // Never shorter than the office's own time.
    await lv.core.call('settings.update', { committeeName: '中共示例区委员会', committeeShortName: '示例区委', idleLockMinutes: 30, meetingIdleLockMinutes: 20 })
    expect(session().idleLockMinutes()).toBe(30)

    expect(await lv.core.call('live.screenOpen', { meetingId: null })).toBe(false)
    expect(session().idleLockMinutes()).toBe(30)

    // A meeting only notified (not yet started) is not being recorded.
    const notStarted = await lv.core.call('meetings.create', { bodyId: standingBodyId, date: '2026-03-24', startTime: '09:00', place: '区委常委会议室', chairId: lv.people[0]!, recorderName: '王秘书' })
    expect(await lv.core.call('live.screenOpen', { meetingId: notStarted.id })).toBe(false)
    expect(session().liveMeetingId).toBeNull()
  })

  it('is forgotten at lock: the next session starts with the office idle time', async () => {
    const meeting = await startedMeeting(lv, [insertTopic(lv.core, { title: '关于城市更新的方案' })])
    await lv.core.call('live.screenOpen', { meetingId: meeting.id })
    lv.core.context.lock('idle')
    await lv.core.call('auth.unlock', { username: 'admin', password: adminPassword })
    expect(lv.core.context.session!.idleLockMinutes()).toBe(10)
  })
})
