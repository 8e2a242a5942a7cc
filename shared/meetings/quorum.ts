import type { QuorumReading } from './vocabulary'

// 会议规则 (seed 000): a meeting may be held only with 半数以上 of the members present;
// personnel matters need 三分之二以上. In Chinese rule-drafting 以上 includes the number
// itself; some offices read 半数以上 as strictly more than half (a setting). Two thirds
// is always inclusive. The base is always the members as of the meeting date (应到).

export type QuorumKind = 'meeting' | 'personnel'

/** How many members must be present for `memberCount` members. */
export function quorumThreshold(memberCount: number, kind: QuorumKind, reading: QuorumReading = 'half-or-more'): number {
  if (!Number.isInteger(memberCount) || memberCount < 0) throw new RangeError('memberCount must be a whole number ≥ 0')
  if (memberCount === 0) return 1
  if (kind === 'personnel') return Math.ceil((memberCount * 2) / 3)
  return reading === 'more-than-half' ? Math.floor(memberCount / 2) + 1 : Math.ceil(memberCount / 2)
}

export interface QuorumStatus {
  kind: QuorumKind
  /** 应到: members as of the meeting date. */
  members: number
  /** 实到 for this purpose (after per-item absences and recusals). */
  present: number
  required: number
  met: boolean
  /** How many more members would have to be present; 0 when met. */
  missing: number
}

export function quorumStatus(members: number, present: number, kind: QuorumKind, reading: QuorumReading = 'half-or-more'): QuorumStatus {
  const required = quorumThreshold(members, kind, reading)
  return { kind, members, present, required, met: present >= required, missing: Math.max(0, required - present) }
}

/** Who can take part in one agenda item: present at the meeting, in the room for it, not recused. */
export interface ItemPresenceInput {
  /** 应到: every member as of the meeting date. */
  memberIds: readonly string[]
  /** Members marked present at the meeting. */
  presentIds: readonly string[]
  /** Present at the meeting but out of the room for this item (late, left, out). */
  absentForItemIds: readonly string[]
  /** Recused for the whole item (or for the candidate being decided). */
  recusedIds: readonly string[]
}

/** The members who are in the room for the item and not recused: they speak and vote. */
export function participantsOf(input: ItemPresenceInput): string[] {
  const members = new Set(input.memberIds)
  const out = new Set([...input.absentForItemIds, ...input.recusedIds])
  return [...new Set(input.presentIds)].filter((id) => members.has(id) && !out.has(id))
}

/** The item's quorum after absences and recusals; personnel items need two thirds. */
export function itemQuorum(input: ItemPresenceInput, personnel: boolean, reading: QuorumReading = 'half-or-more'): QuorumStatus {
  return quorumStatus(new Set(input.memberIds).size, participantsOf(input).length, personnel ? 'personnel' : 'meeting', reading)
}

/** The quorum in words: spaced round the numbers on screen (应到 11 人), set close as 公文 print them (应到11人). */
export function describeQuorum(status: QuorumStatus, style: 'screen' | 'document' = 'screen'): string {
  const n = (value: number) => (style === 'screen' ? ` ${value} ` : String(value))
  const rule = status.kind === 'personnel' ? '讨论决定干部任免事项须三分之二以上成员到会' : '须半数以上成员到会'
  const counts = `应到${n(status.members)}人，实到${n(status.present)}人，至少需${n(status.required)}人`
  return status.met ? `${counts}，符合规定` : `${rule}：${counts}，还差${n(status.missing)}人`
}
