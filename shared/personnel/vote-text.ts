import { secretBallotText } from '../meetings/ballot-tally'
import type { BallotTallyView, CandidateDecisionView } from './views'

/**
 * A candidate's vote in words, as the book's page and screens show it: a counted secret ballot
 * in the usual form (应到11人，实到9人，发出表决票9张…；同意8票，不同意1票，弃权0票), else the counts.
 */
export function candidateVoteText(candidate: Pick<CandidateDecisionView, 'voteMethod' | 'counts'>, tally: BallotTallyView | null): string {
  if (tally && candidate.voteMethod === 'secret') return secretBallotText({ ...tally, counts: candidate.counts })
  return `同意${candidate.counts.for}票，不同意${candidate.counts.against}票，弃权${candidate.counts.abstain}票`
}
