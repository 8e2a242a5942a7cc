import type { Result } from '../../../../shared/errors'
import type { AgendaItemView, MeetingDetail } from '../../../../shared/meetings/views'
import type { BallotChoice, VoteMethod } from '../../../../shared/meetings/vocabulary'
import { ballotsProblem, countBallots, countsProblem, type VoteCounts } from '../../../../shared/meetings/voting'
import { absenceReason, itemParticipants, memberName } from './liveState'

/** The vote as the recorder enters it: by counts, or member by member. */
export interface VoteDraft {
  method: VoteMethod | null
  mode: 'counts' | 'ballots'
  counts: VoteCounts
  ballots: Record<string, BallotChoice>
}

export function draftOf(item: AgendaItemView): VoteDraft {
  const vote = item.vote
  if (!vote) return { method: null, mode: 'counts', counts: { for: 0, against: 0, abstain: 0 }, ballots: {} }
  const ballots = Object.fromEntries(vote.ballots.map((ballot) => [ballot.personId, ballot.choice]))
  return { method: vote.method, mode: vote.ballots.length > 0 ? 'ballots' : 'counts', counts: vote.counts, ballots }
}

export const ballotList = (draft: VoteDraft) => Object.entries(draft.ballots).map(([personId, choice]) => ({ personId, choice }))

/** The counts the draft stands for (derived from the ballots when entered one by one). */
export const draftCounts = (draft: VoteDraft): VoteCounts => (draft.mode === 'ballots' ? countBallots(ballotList(draft)) : draft.counts)

/** What the shared rules say is wrong with the draft (in Chinese), or null: shown before saving. */
export function draftProblem(detail: MeetingDetail, item: AgendaItemView, draft: VoteDraft): string | null {
  const participants = itemParticipants(detail, item)
  const counts = draftCounts(draft)
  if (!draft.method) return counts.for + counts.against + counts.abstain > 0 ? '请先选择表决方式' : null
  if (draft.mode === 'ballots') {
    return ballotsProblem(ballotList(draft), participants, (id) => memberName(detail, id), (id) => absenceReason(detail, item, id))
  }
  return countsProblem(counts, participants.size)
}

/** The channel input for a draft: no method clears the vote. */
export function voteInput(itemId: string, draft: VoteDraft) {
  if (!draft.method) return { itemId, method: null, counts: null, ballots: null }
  if (draft.mode === 'ballots') return { itemId, method: draft.method, counts: null, ballots: ballotList(draft) }
  return { itemId, method: draft.method, counts: draft.counts, ballots: null }
}

export const refused = (message: string): Result<never> => ({ ok: false, error: { code: 'VOTE_INVALID', message } })
