import { asc, eq, inArray } from 'drizzle-orm'
import { describeQuorum, quorumStatus } from '../../../shared/meetings/quorum'
import { majorityRequired } from '../../../shared/meetings/voting'
import { voteMethodLabels, type VoteMethod } from '../../../shared/meetings/vocabulary'
import type { BallotTallyView, BookEntryView, CandidateDecisionView } from '../../../shared/personnel/views'
import {
  actionTypeLabels, decisionResultLabels, memberPresenceLabels, memberViewLabels, type ActionType, type DecisionResult, type MemberPresence, type MemberView,
} from '../../../shared/personnel/vocabulary'
import type { PersonnelDb } from '../db/migrate'
import { entryBallotTallies, entryDecisions, entryMemberViews } from '../db/schema/personnel'
import { entrySummaries, type EntryRow } from './book-store'
import type { SealVerifier } from '../seals/signed-seal'

// An entry with its candidates, each with every member's presence and view, the
// quorum after recusals and the result: the page of the book as the screen shows it.

function tallyView(db: PersonnelDb, entryId: string): BallotTallyView | null {
  const row = db.select().from(entryBallotTallies).where(eq(entryBallotTallies.entryId, entryId)).get()
  if (!row) return null
  const { entryId: _entryId, ...view } = row
  return view
}

export function entryView(db: PersonnelDb, entry: EntryRow, verifier: SealVerifier): BookEntryView {
  const [summary] = entrySummaries(db, [entry], verifier)
  const decisions = db.select().from(entryDecisions).where(eq(entryDecisions.entryId, entry.id)).orderBy(asc(entryDecisions.position)).all()
  const ids = decisions.map((d) => d.id)
  const views = ids.length === 0 ? [] : db.select().from(entryMemberViews).where(inArray(entryMemberViews.decisionId, ids)).orderBy(asc(entryMemberViews.rank)).all()
  const candidates: CandidateDecisionView[] = decisions.map((d) => {
    const members = views.filter((v) => v.decisionId === d.id)
    const quorum = quorumStatus(members.length, d.participants, 'personnel')
    const result = d.result as DecisionResult
    const method = d.voteMethod as VoteMethod
    return {
      id: d.id,
      matterId: d.matterId,
      position: d.position,
      cadreName: d.candidate.name,
      actionLabel: actionTypeLabels[d.candidate.actionType as ActionType] ?? d.candidate.actionType,
      proposedPost: d.candidate.proposedPost,
      postToRemove: d.candidate.postToRemove,
      voteMethod: method,
      voteMethodLabel: voteMethodLabels[method],
      members: members.map((m) => {
        const presence = m.presence as MemberPresence
        const view = m.view as MemberView | null
        return {
          memberId: m.memberId,
          memberName: m.memberName,
          rank: m.rank,
          presence,
          presenceLabel: memberPresenceLabels[presence],
          view,
          viewLabel: view ? memberViewLabels[view] : null,
          recusalReason: m.recusalReason,
        }
      }),
      counts: { for: d.votesFor, against: d.votesAgainst, abstain: d.votesAbstain },
      quorum,
      quorumText: describeQuorum(quorum),
      required: majorityRequired(Math.max(1, d.members)),
      result,
      resultLabel: decisionResultLabels[result],
      reconsiderationAgreed: d.reconsiderationAgreed,
      decidedAt: d.decidedAt,
    }
  })
  if (!summary) throw new Error('entry summary missing')
  return { ...summary, correctionReason: entry.correctionReason, candidates, ballotTally: tallyView(db, entry.id) }
}
