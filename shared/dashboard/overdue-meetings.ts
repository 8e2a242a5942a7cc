import type { MeetingStatus } from '../meetings/vocabulary'

/**
 * 逾期未召开: a meeting still 筹备 or 已通知 after its date. It was postponed without a new
 * date, or held and not recorded; either way it is not 近期, and the office must act on it.
 * A meeting 进行中 is being held (or was not ended), so it stays with the current ones.
 */
export function isOverdueMeeting(meeting: { date: string; status: MeetingStatus }, today: string): boolean {
  return (meeting.status === 'preparing' || meeting.status === 'notified') && meeting.date < today
}
