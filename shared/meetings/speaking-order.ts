// 按照常委排名倒序发表意见 (seed 000) and 主要负责人应当最后表态: members speak in reverse
// order of rank and the principal (the 书记) speaks last — not whoever chairs. When the
// 书记 does not take part in the item, the chair speaks last.

import type { Attendance } from './vocabulary'

export interface SpeakerCandidate {
  personId: string
  /** 排名 as of the meeting date, 1 = first. */
  rank: number
  name: string
}

/** Why the last speaker is last. */
export type LastSpeakerRule =
  /** The 书记 takes part and speaks last (whether or not he chairs). */
  | 'principal'
  /** The 书记 is on leave for the meeting: the chair speaks last. */
  | 'chair-principal-absent'
  /** The 书记 attends but is out or recused for this item: the chair speaks last. */
  | 'chair-principal-out'
  /** The 书记's attendance is not registered yet: the chair speaks last for now. */
  | 'chair-principal-pending'
  /** No 书记 among the meeting's members (a body without him, a vacancy): the chair last. */
  | 'chair'
  /** Neither the 书记 nor the chair takes part: reverse rank alone. */
  | 'rank'

export const lastSpeakerLabels: Record<LastSpeakerRule, string> = {
  principal: '按常委排名倒序，书记末位表态',
  'chair-principal-absent': '按常委排名倒序，书记缺席，主持人末位表态',
  'chair-principal-out': '按常委排名倒序，书记不参加本议题，主持人末位表态',
  'chair-principal-pending': '按常委排名倒序，书记尚未登记出席，主持人末位表态',
  chair: '按常委排名倒序，主持人末位表态',
  rank: '按常委排名倒序',
}

export interface MeetingMemberRank {
  personId: string
  /** 排名 as of the meeting date. */
  rank: number
}

/**
 * The 书记 (主要负责人) of a meeting: the member ranked 1 as of the meeting date. Ranks are
 * the roster's own numbering, so a body whose members leave out the 书记, or a vacancy, has
 * none (null) rather than promoting the next in line; two members both ranked 1 (a bad
 * entry) name no one either.
 */
export function principalOf(members: readonly MeetingMemberRank[]): string | null {
  const first = members.filter((member) => member.rank === 1)
  return first.length === 1 ? first[0]!.personId : null
}

export interface SpeakingRoles {
  chairId: string | null
  /** The 书记 among the meeting's members (principalOf), or null. */
  principalId: string | null
  /** The 书记's attendance at the meeting (irrelevant when principalId is null). */
  principalAttendance: Attendance
}

const principalAway: Record<Attendance, LastSpeakerRule> = { present: 'chair-principal-out', leave: 'chair-principal-absent', pending: 'chair-principal-pending' }

export interface SpeakingProposal {
  order: string[]
  last: LastSpeakerRule
}

/**
 * The proposed order: highest rank number first; then the 书记, when taking part in the
 * item, moved to the very end; otherwise the chair, when taking part. Whoever is not moved
 * keeps the place reverse rank gives him. Equal ranks keep a stable order by name.
 */
export function proposeSpeakingOrder(speakers: readonly SpeakerCandidate[], roles: SpeakingRoles): SpeakingProposal {
  const ordered = [...speakers].sort((a, b) => b.rank - a.rank || a.name.localeCompare(b.name, 'zh-CN') || a.personId.localeCompare(b.personId))
  const ids = ordered.map((speaker) => speaker.personId)
  const moveLast = (id: string) => [...ids.filter((other) => other !== id), id]
  if (roles.principalId !== null && ids.includes(roles.principalId)) return { order: moveLast(roles.principalId), last: 'principal' }
  if (roles.chairId !== null && ids.includes(roles.chairId)) {
    const last: LastSpeakerRule = roles.principalId === null ? 'chair' : principalAway[roles.principalAttendance]
    return { order: moveLast(roles.chairId), last }
  }
  return { order: ids, last: 'rank' }
}

/**
 * The order to show: the recorder's saved order where there is one (dropping people no
 * longer taking part and appending newcomers in proposed order), else the proposed one.
 * A newcomer (someone arriving late for the item) never goes after the principal leader
 * when the saved order still has them last: 末位表态 holds whatever the arrivals.
 */
export function effectiveSpeakingOrder(proposed: readonly string[], saved: readonly string[] | null): string[] {
  if (!saved) return [...proposed]
  const taking = new Set(proposed)
  // A repeated id in a saved order (a bad save, an edit) must not make anyone speak twice.
  const kept = [...new Set(saved)].filter((id) => taking.has(id))
  const keptSet = new Set(kept)
  const newcomers = proposed.filter((id) => !keptSet.has(id))
  const principal = proposed.at(-1)
  if (newcomers.length > 0 && principal !== undefined && kept.at(-1) === principal) {
    return [...kept.slice(0, -1), ...newcomers, principal]
  }
  return [...kept, ...newcomers]
}

export function isSameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index])
}
