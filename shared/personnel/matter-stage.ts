import { actionRules } from './stage-rules'
import type { ActionType, DecisionResult, StageDates } from './vocabulary'

// Where a personnel matter stands on a day: the one computation the 台账's status, the
// 提醒 lists and the 首页 read, so they can never disagree about who is 公示中.

export type NoticeState = 'none' | 'scheduled' | 'running' | 'ended'

/**
 * The public notice (任前公示) on `today`: not set; set to start later; running (from its
 * first day through its last, both included); or ended. Its last day is the one entered,
 * or, while none is, the earliest it may end (≥ 5 working days).
 */
export function noticeStateOf(stages: Pick<StageDates, 'noticeStart' | 'noticeEnd'>, earliestNoticeEnd: string | null, today: string): NoticeState {
  if (stages.noticeStart === null) return 'none'
  if (stages.noticeStart > today) return 'scheduled'
  const end = stages.noticeEnd ?? earliestNoticeEnd
  return end !== null && end < today ? 'ended' : 'running'
}

export interface StagedMatter {
  actionType: ActionType
  stages: StageDates
  earliestNoticeEnd: string | null
  decisionResult: DecisionResult | null
}

/** Whether an appointment notice (任职通知 or 免职通知) is still to be issued for the matter. */
export function awaitsAppointmentNotice(matter: Pick<StagedMatter, 'actionType' | 'stages'>): boolean {
  // 提名 and 推荐 end with the nomination: no notice of the committee's is ever due for them.
  return matter.stages.appointedOn === null && actionRules[matter.actionType].appointmentNotice
}

/** Where the matter stands on `today`, in the words of the office. */
export function matterStageLabel(matter: StagedMatter, today: string): string {
  const { stages } = matter
  if (stages.confirmedOn !== null) return '已转正'
  if (stages.probationEnd !== null) return stages.probationEnd < today ? '试用期满待转正' : '试用期中'
  if (stages.appointedOn !== null) return '已下发任职通知'
  switch (noticeStateOf(stages, matter.earliestNoticeEnd, today)) {
    case 'scheduled':
      return '待公示'
    case 'running':
      return '公示中'
    case 'ended':
      return '公示期满待发通知'
    case 'none':
      break
  }
  const result = matter.decisionResult
  if (result === 'passed') return actionRules[matter.actionType].publicNotice ? '已决定待公示' : '已决定待发通知'
  if (result === 'rejected') return '未通过'
  if (result === 'deferred') return '缓议'
  if (stages.consultedOn !== null) return '已酝酿待讨论决定'
  if (stages.inspectedOn !== null) return '已考察待酝酿'
  return '动议'
}
