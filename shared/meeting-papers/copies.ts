import type { MeetingDetail } from '../meetings/views'
import { copyStateLabels, type CopyRecipientGroup, type CopyState, type SecretMaterialView, type SecretCopyView } from './views'

// 涉密材料分发回收: who gets a numbered copy of a classified material, which copies are still
// out, and which changes of a copy's state make sense. Used by the screens and by core.

export interface CopyRecipient {
  group: CopyRecipientGroup
  name: string
  post: string | null
}

/** 份号: six digits (GB/T 9704 7.2.1). */
export const copyNumberText = (number: number): string => String(number).padStart(6, '0')

/**
 * The recipients in the order the copies are numbered: the members not on leave (by the day's
 * rank), then the 列席 of the whole meeting, then, for an item's material, that item's 列席
 * (one copy per person, even if also listed for the meeting).
 */
export function copyRecipients(detail: Pick<MeetingDetail, 'members' | 'guests' | 'items'>, itemId: string | null): CopyRecipient[] {
  const members = [...detail.members].filter((m) => m.attendance !== 'leave').sort((a, b) => a.rank - b.rank)
  const recipients: CopyRecipient[] = members.map((m) => ({ group: 'member', name: m.name, post: m.post }))
  const guests = [...detail.guests, ...(detail.items.find((item) => item.id === itemId)?.topic.guests ?? [])]
  const seen = new Set<string>()
  for (const guest of guests) {
    const key = `${guest.name}\u0000${guest.post ?? ''}`
    if (seen.has(key)) continue
    seen.add(key)
    recipients.push({ group: 'guest', name: guest.name, post: guest.post })
  }
  return recipients
}

export interface OutstandingCopy {
  material: Pick<SecretMaterialView, 'id' | 'title'>
  copy: SecretCopyView
}

/** The copies neither returned nor closed with a reason, material by material, by 份号. */
export function outstandingCopies(materials: readonly SecretMaterialView[]): OutstandingCopy[] {
  return materials.flatMap((material) => material.copies.filter((copy) => copy.state === 'out').map((copy) => ({ material: { id: material.id, title: material.title }, copy })))
}

/** 《材料》第000003份（赵部长） */
export const copyLabel = (title: string, copy: Pick<SecretCopyView, 'copyNumber' | 'recipientName'>): string => `《${title}》第${copy.copyNumber}份（${copy.recipientName}）`

/** Why a copy cannot go to `next` (in Chinese), or null. A copy closed without return needs a reason. */
export function copyChangeProblem(title: string, copy: Pick<SecretCopyView, 'copyNumber' | 'recipientName' | 'state'>, next: CopyState, note: string | null): string | null {
  if (copy.state === next) return `${copyLabel(title, copy)}已是“${copyStateLabels[next]}”`
  if (next === 'settled' && !note?.trim()) return `${copyLabel(title, copy)}未收回：请注明原因（如“会后补交”“已按规定销毁”）`
  return null
}
