import { taskStatusLabels, type TaskState } from './task-status'

// 督办 state changes as pure functions, used by core (which refuses with the reason) and by
// the page (which offers only what is allowed). 逾期 is not a state: see task-status.ts.

export const reviewResults = ['confirmed', 'reopened'] as const
/** 回头看: 确认销号, or 重新交办 (back to 推进中) with a reason. */
export type ReviewResult = (typeof reviewResults)[number]
export const reviewResultLabels: Record<ReviewResult, string> = { confirmed: '确认销号', reopened: '重新交办' }

export type Transition = { ok: true; state: TaskState } | { ok: false; reason: string }

const refuse = (reason: string): Transition => ({ ok: false, reason })
const isOpen = (state: TaskState) => state === 'not_started' || state === 'in_progress'

/** Why a closed or completed task cannot take a report or an adjustment, else null. */
function finishedReason(state: TaskState, what: string): string | null {
  if (state === 'closed') return `该事项已销号，不能再${what}：销号是督办的终点。`
  if (state === 'completed') return `该事项已报办结，正等待回头看，不能再${what}。如需继续推进，请在回头看时选择“重新交办”并写明原因。`
  return null
}

/** 报告进展: the first report starts the task (未启动 → 推进中). */
export function afterReport(state: TaskState): Transition {
  const finished = finishedReason(state, '报告进展')
  return finished ? refuse(finished) : { ok: true, state: 'in_progress' }
}

/** 报办结: an open task with a final report (what was done) becomes 已办结. */
export function afterCompletion(state: TaskState, finalReport: string): Transition {
  const finished = finishedReason(state, '报办结')
  if (finished) return refuse(finished)
  if (finalReport.trim() === '') return refuse('报办结须写明办理结果（办结报告），未填写。')
  return { ok: true, state: 'completed' }
}

/** 回头看 of a completed task: confirmed → 已销号; reopened → 推进中, with the reason why. */
export function afterReview(state: TaskState, result: ReviewResult, reason: string): Transition {
  if (state !== 'completed') {
    return refuse(`只有“已办结”的事项才能回头看，该事项目前为“${taskStatusLabels[state]}”${isOpen(state) ? '：请先由责任单位报办结。' : '，销号后不再回头看。'}`)
  }
  if (result === 'reopened' && reason.trim() === '') return refuse('重新交办须写明原因（回头看发现的问题），未填写。')
  return { ok: true, state: result === 'confirmed' ? 'closed' : 'in_progress' }
}

/** 调整 of the lead leader, units or deadline: only while the task is open. */
export function adjustmentProblem(state: TaskState): string | null {
  return finishedReason(state, '调整牵头领导、责任单位或办结时限')
}

/** What the page may offer for a task in `state`. */
export function allowedActions(state: TaskState): { report: boolean; complete: boolean; review: boolean; adjust: boolean } {
  return { report: isOpen(state), complete: isOpen(state), review: state === 'completed', adjust: isOpen(state) }
}
