import { describe, expect, it } from 'vitest'
import { matterStageLabel, noticeStateOf } from '../../../shared/personnel/matter-stage'
import { remindersOf } from '../../../shared/personnel/reminders'
import { stageKeys, type StageDates } from '../../../shared/personnel/vocabulary'

// The 台账's status, the 提醒 and the 首页 read the same state: checked on the boundary days
// of a notice from Monday 2026-11-16 to Friday 2026-11-20 (5 working days).

const empty = Object.fromEntries(stageKeys.map((key) => [key, null])) as StageDates
const matter = (stages: Partial<StageDates>, earliestNoticeEnd: string | null = '2026-11-20') => ({
  id: 'm',
  actionType: 'appoint' as const,
  probation: false,
  earliestNoticeEnd,
  decision: { result: 'passed' as const },
  decisionResult: 'passed' as const,
  stages: { ...empty, decidedOn: '2026-11-10', ...stages },
})

describe('noticeStateOf and the lists that read it', () => {
  it.each([
    ['2026-11-15', 'scheduled', '待公示'],
    ['2026-11-16', 'running', '公示中'],
    ['2026-11-20', 'running', '公示中'],
    ['2026-11-21', 'ended', '公示期满待发通知'],
  ] as const)('on %s the notice is %s (%s), and each person is listed once', (today, state, label) => {
    for (const entered of [{ noticeEnd: '2026-11-20' }, {}]) {
      const m = matter({ noticeStart: '2026-11-16', ...entered })
      expect(noticeStateOf(m.stages, m.earliestNoticeEnd, today)).toBe(state)
      expect(matterStageLabel(m, today)).toBe(label)
      const r = remindersOf([m], today)
      const lists = [r.noticesRunning, r.noticesEndedWithoutAppointment, r.decidedWithoutNotice].filter((list) => list.length > 0)
      expect(lists).toHaveLength(1)
      expect(r.noticesRunning.length > 0).toBe(label === '公示中')
      expect(r.noticesEndedWithoutAppointment.length > 0).toBe(label === '公示期满待发通知')
    }
  })

  it('leaves the lists once the appointment notice is issued', () => {
    const m = matter({ noticeStart: '2026-11-16', noticeEnd: '2026-11-20', appointedOn: '2026-11-23' })
    expect(matterStageLabel(m, '2026-11-23')).toBe('已下发任职通知')
    const r = remindersOf([m], '2026-11-23')
    expect([...r.noticesRunning, ...r.noticesEndedWithoutAppointment, ...r.decidedWithoutNotice]).toEqual([])
  })

  it('is none without a start, and a decided matter then waits for its notice', () => {
    const m = matter({}, null)
    expect(noticeStateOf(m.stages, null, '2026-11-23')).toBe('none')
    expect(matterStageLabel(m, '2026-11-23')).toBe('已决定待公示')
    expect(remindersOf([m], '2026-11-23').decidedWithoutNotice).toHaveLength(1)
  })
})
