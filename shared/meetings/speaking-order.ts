// 按照常委排名倒序发表意见，主要负责同志末位表态 (seed 000): members speak in reverse order
// of rank and the principal leader, who usually chairs, speaks last.

export interface SpeakerCandidate {
  personId: string
  /** 排名 as of the meeting date, 1 = first. */
  rank: number
  name: string
}

/**
 * The proposed order: highest rank number first, rank 1 last; then the chair (when a
 * member taking part) moved to the very end. Equal ranks keep a stable order by name.
 */
export function proposedSpeakingOrder(speakers: readonly SpeakerCandidate[], chairId: string | null): string[] {
  const ordered = [...speakers].sort((a, b) => b.rank - a.rank || a.name.localeCompare(b.name, 'zh-CN') || a.personId.localeCompare(b.personId))
  const ids = ordered.map((speaker) => speaker.personId)
  if (chairId && ids.includes(chairId)) return [...ids.filter((id) => id !== chairId), chairId]
  return ids
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
