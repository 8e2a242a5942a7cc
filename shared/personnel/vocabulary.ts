// The codes the personnel book stores and what the UI and the register call them.

/** 干部任免的类型（党政领导干部选拔任用工作条例 and practice). */
export const actionTypes = [
  'appoint', 'remove', 'transfer', 'convert', 'concurrent', 'nominate', 'recommend', 'confirm', 'retire', 'resign', 'demote',
] as const
export type ActionType = (typeof actionTypes)[number]
export const actionTypeLabels: Record<ActionType, string> = {
  appoint: '任职/提拔',
  remove: '免职',
  transfer: '调任/交流',
  convert: '转任',
  concurrent: '兼任',
  nominate: '提名',
  recommend: '推荐',
  confirm: '试用期满转正',
  retire: '退休',
  resign: '辞职',
  demote: '降职',
}

/** A member's view on one candidate. */
export const memberViews = ['agree', 'disagree', 'defer'] as const
export type MemberView = (typeof memberViews)[number]
export const memberViewLabels: Record<MemberView, string> = { agree: '同意', disagree: '不同意', defer: '缓议' }

/** Where a member was for one candidate: in the room with a view, away, or recused (回避). */
export const memberPresences = ['present', 'absent', 'recused'] as const
export type MemberPresence = (typeof memberPresences)[number]
export const memberPresenceLabels: Record<MemberPresence, string> = { present: '出席', absent: '未参加', recused: '回避' }

export const decisionResults = ['passed', 'rejected', 'deferred'] as const
export type DecisionResult = (typeof decisionResults)[number]
export const decisionResultLabels: Record<DecisionResult, string> = { passed: '通过', rejected: '未通过', deferred: '缓议' }

/** The stages of the selection procedure, in the order they must happen. */
export const stageKeys = [
  'proposedOn', 'recommendedOn', 'inspectedOn', 'consultedOn', 'decidedOn', 'noticeStart', 'noticeEnd', 'appointedOn', 'talkOn', 'probationEnd', 'confirmedOn',
] as const
export type StageKey = (typeof stageKeys)[number]
export const stageLabels: Record<StageKey, string> = {
  proposedOn: '动议',
  recommendedOn: '民主推荐',
  inspectedOn: '考察',
  consultedOn: '酝酿（书记专题会议）',
  decidedOn: '讨论决定（常委会）',
  noticeStart: '任前公示开始',
  noticeEnd: '任前公示结束',
  appointedOn: '任职通知',
  talkOn: '任职谈话',
  probationEnd: '试用期满',
  confirmedOn: '转正',
}

export type StageDates = Record<StageKey, string | null>

/** "2026年第1册" */
export function bookLabel(year: number, number: number): string {
  return `${year}年第${number}册`
}

/** "2026年第1册第3号" */
export function entryLabel(year: number, bookNumber: number, entryNumber: number): string {
  return `${bookLabel(year, bookNumber)}第${entryNumber}号`
}

/** What a user without the grant sees in place of a personnel item. */
export function hiddenPersonnelText(label: string): string {
  return `干部任免事项（详见专用记录本${label}）`
}
