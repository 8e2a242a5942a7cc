import { addCalendarDays } from '../calendar/working-days'
import { actionRules } from './stage-rules'
import type { ActionType, DecisionResult, StageDates } from './vocabulary'

// The register's reminder lists, from the matters' stages and today's date.

export interface ReminderMatter {
  actionType: ActionType
  probation: boolean
  /** The first day the notice may end (≥ 5 working days); stands for an end not yet entered. */
  earliestNoticeEnd: string | null
  decision: { result: DecisionResult } | null
  stages: StageDates
}

export interface Reminders<M> {
  /** Probation ends within 30 days (or has ended) and the cadre is not yet confirmed. */
  probationEnding: M[]
  /** Public notice running today (its entered end, or else its earliest end, not passed). */
  noticesRunning: M[]
  /** Public notice ended, no appointment notice yet. */
  noticesEndedWithoutAppointment: M[]
  /** Decided (passed), no 任职通知 (or 免职通知) issued yet. */
  decidedWithoutNotice: M[]
}

export const probationReminderDays = 30

/**
 * The years a notice reminder was counted by weekends in: only when it stands on the earliest
 * end (≥ 5 working days, see MatterView.noticeUncoveredYears), not on an entered one.
 */
export function reminderUncoveredYears(matter: { stages: { noticeEnd: string | null }; noticeUncoveredYears: readonly number[] }): readonly number[] {
  return matter.stages.noticeEnd === null ? matter.noticeUncoveredYears : []
}

export function remindersOf<M extends ReminderMatter>(matters: readonly M[], today: string): Reminders<M> {
  const horizon = addCalendarDays(today, probationReminderDays)
  // 提名 and 推荐 end with the nomination: no notice of the committee's is ever due for them.
  const awaitingNotice = (m: M) => m.stages.appointedOn === null && actionRules[m.actionType].appointmentNotice
  const noticeEnd = (m: M) => m.stages.noticeEnd ?? m.earliestNoticeEnd
  const noticeStarted = (m: M) => m.stages.noticeStart !== null && m.stages.noticeStart <= today
  return {
    probationEnding: matters.filter((m) => m.probation && m.stages.probationEnd !== null && m.stages.confirmedOn === null && m.stages.probationEnd <= horizon),
    noticesRunning: matters.filter((m) => noticeStarted(m) && (noticeEnd(m) ?? today) >= today),
    noticesEndedWithoutAppointment: matters.filter((m) => noticeStarted(m) && (noticeEnd(m) ?? today) < today && awaitingNotice(m)),
    decidedWithoutNotice: matters.filter((m) => m.decision?.result === 'passed' && awaitingNotice(m)),
  }
}
