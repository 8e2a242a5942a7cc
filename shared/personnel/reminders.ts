import { addCalendarDays } from '../calendar/working-days'
import { awaitsAppointmentNotice, noticeStateOf } from './matter-stage'
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
  /** Public notice running today (noticeStateOf: its entered end, or else its earliest end, not passed). */
  noticesRunning: M[]
  /** Public notice ended, no appointment notice yet. */
  noticesEndedWithoutAppointment: M[]
  /** Decided (passed), no 任职通知 (or 免职通知) issued yet, and not in one of the notice lists above (each person once). */
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
  const notice = (m: M) => noticeStateOf(m.stages, m.earliestNoticeEnd, today)
  return {
    probationEnding: matters.filter((m) => m.probation && m.stages.probationEnd !== null && m.stages.confirmedOn === null && m.stages.probationEnd <= horizon),
    noticesRunning: matters.filter((m) => m.stages.appointedOn === null && notice(m) === 'running'),
    noticesEndedWithoutAppointment: matters.filter((m) => notice(m) === 'ended' && awaitsAppointmentNotice(m)),
    decidedWithoutNotice: matters.filter((m) => m.decision?.result === 'passed' && awaitsAppointmentNotice(m) && (notice(m) === 'none' || notice(m) === 'scheduled')),
  }
}
