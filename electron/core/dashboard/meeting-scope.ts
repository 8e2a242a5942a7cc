import { isHeld } from '../meetings/meeting-label'
import { meetingStatuses } from '../../../shared/meetings/vocabulary'

/** Statuses of a meeting that has been held (进行中, 已结束, 已签发): attendance and outcomes count only then. */
export const heldStatuses = meetingStatuses.filter(isHeld)

/** Statuses of a meeting still to come or running (筹备, 已通知, 进行中). */
export const notEndedStatuses = meetingStatuses.filter((status) => status === 'preparing' || status === 'notified' || status === 'in_progress')

/** Statuses before the meeting starts, when its materials still matter (筹备, 已通知). */
export const beforeMeetingStatuses = meetingStatuses.filter((status) => !isHeld(status))

/** The first and last day of a year, for a date range the meetings_date index answers. */
export const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` })
