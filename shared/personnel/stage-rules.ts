import { uncoveredYears, withUncoveredNote } from '../calendar/coverage'
import { addCalendarDays, countWorkingDays, type WorkingCalendar } from '../calendar/working-days'
import { formatChineseDate } from './dates'
import { actionTypeLabels, stageKeys, stageLabels, type ActionType, type DecisionResult, type StageDates } from './vocabulary'

// The rules of the selection procedure (党政领导干部选拔任用工作条例, 2019) as pure
// functions: the core refuses a matter that breaks one, the UI shows the same sentence.
// Dates are 'YYYY-MM-DD'; such strings order like the days they name.

export interface ActionRule {
  /** 任前公示 after the decision and before the appointment notice. */
  publicNotice: boolean
  /** 酝酿 at a 书记专题会议 before the 常委会 decides (seed 000: 拟任人选必须经书记专题会酝酿). */
  consultation: boolean
  /** May carry the one-year 试用期 (non-elected promotion to a deputy post). */
  probation: boolean
  /**
   * The committee itself issues the 任职（免职）通知. Not for 提名 and 推荐: the 人大 or the
   * government appoints or elects on the committee's nomination, so no notice of ours is due.
   */
  appointmentNotice: boolean
}

// Notice: every step that puts a cadre into a (new) leading post — promotion, transfer or
// exchange in, conversion, and the nominations/recommendations that lead to one. Not for
// leaving a post (免职, 退休, 辞职), for a demotion, for a concurrent post at the same level,
// or for the confirmation at the end of a probation.
export const actionRules: Record<ActionType, ActionRule> = {
  appoint: { publicNotice: true, consultation: true, probation: true, appointmentNotice: true },
  remove: { publicNotice: false, consultation: false, probation: false, appointmentNotice: true },
  transfer: { publicNotice: true, consultation: true, probation: false, appointmentNotice: true },
  convert: { publicNotice: true, consultation: true, probation: false, appointmentNotice: true },
  concurrent: { publicNotice: false, consultation: true, probation: false, appointmentNotice: true },
  nominate: { publicNotice: true, consultation: true, probation: false, appointmentNotice: false },
  recommend: { publicNotice: true, consultation: true, probation: false, appointmentNotice: false },
  confirm: { publicNotice: false, consultation: false, probation: false, appointmentNotice: true },
  retire: { publicNotice: false, consultation: false, probation: false, appointmentNotice: true },
  resign: { publicNotice: false, consultation: false, probation: false, appointmentNotice: true },
  demote: { publicNotice: false, consultation: true, probation: false, appointmentNotice: true },
}

export const noticeWorkingDays = 5

/** The first day on which a notice starting on `start` has run 5 working days (start included). */
export function earliestNoticeEnd(start: string, calendar: WorkingCalendar): string {
  let end = start
  while (countWorkingDays(start, end, calendar) < noticeWorkingDays) end = addCalendarDays(end, 1)
  return end
}

/** The years without a known holiday arrangement that the 5 working days from `start` run through. */
export function noticeUncoveredYears(start: string, calendar: WorkingCalendar): number[] {
  return uncoveredYears(start, earliestNoticeEnd(start, calendar), calendar)
}

/** One year from `start`: the day before the same date a year later (2026-03-01 → 2027-02-28). */
export function oneYearEnd(start: string): string {
  const [year, month, day] = start.split('-').map(Number) as [number, number, number]
  // Date.UTC rolls 29 February of a non-leap year over to 1 March, so the day before is 28 February.
  const sameDayNextYear = new Date(Date.UTC(year + 1, month - 1, day)).toISOString().slice(0, 10)
  return addCalendarDays(sameDayNextYear, -1)
}

/** The last day of the probation that starts with the appointment notice. */
export const probationEndDate = oneYearEnd

export interface MatterRuleInput {
  actionType: ActionType
  probation: boolean
  decisionResult: DecisionResult | null
  appointmentDocNo: string | null
  stages: StageDates
}

/** A stage date before an earlier stage's date. */
export function stageOrderProblem(stages: StageDates): string | null {
  let previous: { key: (typeof stageKeys)[number]; date: string } | null = null
  for (const key of stageKeys) {
    const date = stages[key]
    if (date === null) continue
    if (previous !== null && date < previous.date) {
      return `${stageLabels[key]}日期（${formatChineseDate(date)}）不能早于${stageLabels[previous.key]}日期（${formatChineseDate(previous.date)}）`
    }
    previous = { key, date }
  }
  return null
}

/** 民主推荐 results are valid for one year: the decision must fall within it. */
export function recommendationProblem(stages: StageDates): string | null {
  if (stages.recommendedOn === null || stages.decidedOn === null) return null
  const validUntil = oneYearEnd(stages.recommendedOn)
  if (stages.decidedOn <= validUntil) return null
  return `民主推荐结果有效期为一年（${formatChineseDate(stages.recommendedOn)}推荐，有效至${formatChineseDate(validUntil)}），讨论决定时已过期，须重新进行民主推荐`
}

export function noticeProblem(input: MatterRuleInput, calendar: WorkingCalendar): string | null {
  const { noticeStart, noticeEnd, decidedOn } = input.stages
  const label = actionTypeLabels[input.actionType]
  if (!actionRules[input.actionType].publicNotice) {
    return noticeStart === null && noticeEnd === null ? null : `${label}不进行任前公示，请勿填写公示日期`
  }
  if (noticeEnd !== null && noticeStart === null) return '请先填写任前公示开始日期'
  if (noticeStart === null) return null
  if (decidedOn === null || input.decisionResult !== 'passed') return '任前公示须在常委会讨论决定通过之后进行'
  if (noticeEnd === null) return null
  const earliest = earliestNoticeEnd(noticeStart, calendar)
  if (noticeEnd >= earliest) return null
  const days = countWorkingDays(noticeStart, noticeEnd, calendar)
  const message = `任前公示期不少于 ${noticeWorkingDays} 个工作日：${formatChineseDate(noticeStart)}至${formatChineseDate(noticeEnd)}只有 ${days} 个工作日，最早可于${formatChineseDate(earliest)}结束`
  return withUncoveredNote(message, uncoveredYears(noticeStart, earliest, calendar))
}

/** The 任职通知 comes after the decision and, where there is one, after the notice ended. */
export function appointmentProblem(input: MatterRuleInput): string | null {
  const { appointedOn, noticeEnd } = input.stages
  const issued = appointedOn !== null || input.appointmentDocNo !== null
  if (!issued) return input.stages.talkOn === null ? null : '请先填写任职通知，再填写任职谈话日期'
  if (appointedOn === null || input.appointmentDocNo === null) return '任职通知须同时填写文号和日期'
  if (input.decisionResult !== 'passed') return '尚未经常委会讨论决定通过，不能下发任职通知'
  if (!actionRules[input.actionType].publicNotice) return null
  if (noticeEnd === null) return `${actionTypeLabels[input.actionType]}须先进行任前公示，公示期满后才能下发任职通知`
  if (appointedOn <= noticeEnd) return `任职通知须在任前公示期满（${formatChineseDate(noticeEnd)}）之后下发`
  return null
}

/** Probation: only where the action has one; it ends one year after the appointment notice. */
export function probationProblem(input: MatterRuleInput): string | null {
  const { appointedOn, probationEnd, confirmedOn } = input.stages
  if (input.probation && !actionRules[input.actionType].probation) return `${actionTypeLabels[input.actionType]}不实行试用期`
  if (!input.probation) {
    return probationEnd === null && confirmedOn === null ? null : '该事项未实行试用期，不能填写试用期满或转正日期'
  }
  if (probationEnd !== null && (appointedOn === null || probationEnd !== probationEndDate(appointedOn))) {
    return appointedOn === null ? '试用期自任职通知之日起计算，请先填写任职通知' : `试用期为一年，应于${formatChineseDate(probationEndDate(appointedOn))}期满`
  }
  if (confirmedOn !== null && (probationEnd === null || confirmedOn < probationEnd)) {
    return probationEnd === null ? '尚未开始试用期，不能转正' : `试用期至${formatChineseDate(probationEnd)}期满，期满后才能转正`
  }
  return null
}

/** The first rule a matter breaks, in the order a secretary would fix them; null when none. */
export function matterProblem(input: MatterRuleInput, calendar: WorkingCalendar): string | null {
  return (
    stageOrderProblem(input.stages) ??
    recommendationProblem(input.stages) ??
    noticeProblem(input, calendar) ??
    appointmentProblem(input) ??
    probationProblem(input)
  )
}
