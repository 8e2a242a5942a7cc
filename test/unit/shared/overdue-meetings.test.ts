import { describe, expect, it } from 'vitest'
import { isOverdueMeeting } from '../../../shared/dashboard/overdue-meetings'
import { meetingStatuses } from '../../../shared/meetings/vocabulary'

describe('isOverdueMeeting (逾期未召开)', () => {
  it('is a meeting still 筹备 or 已通知 after its date, from the day after', () => {
    expect(isOverdueMeeting({ date: '2026-11-24', status: 'notified' }, '2026-11-23')).toBe(false)
    expect(isOverdueMeeting({ date: '2026-11-23', status: 'notified' }, '2026-11-23')).toBe(false)
    expect(isOverdueMeeting({ date: '2026-11-22', status: 'notified' }, '2026-11-23')).toBe(true)
    // Nine days past its date and still 已通知: the case seen on the home page.
    expect(isOverdueMeeting({ date: '2026-11-26', status: 'notified' }, '2026-12-05')).toBe(true)
    expect(isOverdueMeeting({ date: '2026-11-22', status: 'preparing' }, '2026-11-23')).toBe(true)
  })

  it('never is once the meeting has started', () => {
    for (const status of meetingStatuses.filter((candidate) => candidate !== 'preparing' && candidate !== 'notified')) {
      expect(isOverdueMeeting({ date: '2026-01-01', status }, '2026-11-23')).toBe(false)
    }
  })
})
