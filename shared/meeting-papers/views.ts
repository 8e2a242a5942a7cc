import type { Classification } from '../documents/settings'

// What core returns for the papers of a meeting day: the 签到表's ticks and the classified
// materials with their numbered copies.

/** out 未收回; returned 已收回; settled 未收回但已注明原因（会后补交、已按规定销毁…）. */
export const copyStates = ['out', 'returned', 'settled'] as const
export type CopyState = (typeof copyStates)[number]
export const copyStateLabels: Record<CopyState, string> = { out: '未收回', returned: '已收回', settled: '已注明原因' }

/** Reasons a secretary picks most often for a copy not handed back at the meeting. */
export const settleReasonSuggestions = ['会后补交', '已按规定销毁'] as const

export type CopyRecipientGroup = 'member' | 'guest'

export interface SecretCopyView {
  id: string
  materialId: string
  /** 000001 */
  copyNumber: string
  recipientGroup: CopyRecipientGroup
  recipientName: string
  recipientPost: string | null
  state: CopyState
  note: string | null
  returnedAt: string | null
}

export interface SecretMaterialView {
  id: string
  itemId: string | null
  title: string
  classification: Classification
  copies: SecretCopyView[]
}

export interface MeetingPapersView {
  meetingId: string
  /** Members ticked as signed on the 签到表, by person id. */
  signedIn: string[]
  materials: SecretMaterialView[]
}
