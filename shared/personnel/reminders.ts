import { addCalendarDays } from '../calendar/working-days'
import type { DecisionResult, StageDates } from './vocabulary'

// The register's reminder lists, from the matters' stages and today's date.

export interface ReminderMatter {
  probation: boolean
  decision: { result: DecisionResult } | null
  stages: StageDates
}

export interface Reminders<M> {
  /** Probation ends within 30 days (or has ended) and the cadre is not yet confirmed. */
  probationEnding: M[]
  /** Public notice running today. */
  noticesRunning: M[]
  /** Public notice ended, no appointment notice yet. */
  noticesEndedWithoutAppointment: M[]
  /** Decided (passed), no 任职通知 (or 免职通知) issued yet. */
  decidedWithoutNotice: M[]
}

export const probationReminderDays = 30

export function remindersOf<M extends ReminderMatter>(matters: readonly M[], today: string): Reminders<M> {
  const horizon = addCalendarDays(today, probationReminderDays)
  const appointed = (m: M) => m.stages.appointedOn !== null
  return {
    probationEnding: matters.filter((m) => m.probation && m.stages.probationEnd !== null && m.stages.confirmedOn === null && m.stages.probationEnd <= horizon),
    noticesRunning: matters.filter((m) => m.stages.noticeStart !== null && m.stages.noticeStart <= today && (m.stages.noticeEnd === null || m.stages.noticeEnd >= today)),
    noticesEndedWithoutAppointment: matters.filter((m) => m.stages.noticeEnd !== null && m.stages.noticeEnd < today && !appointed(m)),
    decidedWithoutNotice: matters.filter((m) => m.decision?.result === 'passed' && !appointed(m)),
  }
}
