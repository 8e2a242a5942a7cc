import type { BallotChoice } from './vocabulary'

// A decision passes with 应到会成员超过半数同意: more than half of the members who should
// attend (as of the meeting date), not of those present. Written views of absent members
// are recorded and never counted.

/** Votes for that a decision needs: strictly more than half of the members. */
export function majorityRequired(memberCount: number): number {
  if (!Number.isInteger(memberCount) || memberCount < 1) throw new RangeError('memberCount must be a whole number ≥ 1')
  return Math.floor(memberCount / 2) + 1
}

export interface VoteCounts {
  for: number
  against: number
  abstain: number
}

export interface VoteOutcome {
  members: number
  required: number
  votesFor: number
  passed: boolean
}

export function voteOutcome(memberCount: number, votesFor: number): VoteOutcome {
  const required = majorityRequired(memberCount)
  return { members: memberCount, required, votesFor, passed: votesFor >= required }
}

export function countBallots(ballots: readonly { choice: BallotChoice }[]): VoteCounts {
  const counts: VoteCounts = { for: 0, against: 0, abstain: 0 }
  for (const ballot of ballots) {
    if (ballot.choice === 'for') counts.for += 1
    else if (ballot.choice === 'against') counts.against += 1
    else counts.abstain += 1
  }
  return counts
}

/**
 * What is wrong with a count (in Chinese), or null. Only members taking part in the item
 * (present, in the room, not recused) can vote, so the total cannot exceed them.
 */
export function countsProblem(counts: VoteCounts, participants: number): string | null {
  const values = [counts.for, counts.against, counts.abstain]
  if (values.some((value) => !Number.isInteger(value) || value < 0)) return '票数必须是不小于 0 的整数'
  const total = counts.for + counts.against + counts.abstain
  if (total > participants) return `表决票数合计 ${total} 票，多于参加该议题表决的成员 ${participants} 人（已扣除请假、离席和回避的成员）`
  return null
}

/** Problems with per-member ballots: each voter must be a participant, once. */
export function ballotsProblem(
  ballots: readonly { personId: string; choice: BallotChoice }[],
  participants: ReadonlySet<string>,
  nameOf: (personId: string) => string,
  reasonOf: (personId: string) => string,
): string | null {
  const seen = new Set<string>()
  for (const ballot of ballots) {
    if (seen.has(ballot.personId)) return `${nameOf(ballot.personId)}的表决重复录入`
    seen.add(ballot.personId)
    if (!participants.has(ballot.personId)) return `${nameOf(ballot.personId)}${reasonOf(ballot.personId)}，不能参加该议题的表决`
  }
  return null
}
