import { eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { MeetingDetail } from '../../../shared/meetings/views'
import { ballotsProblem, countBallots, countsProblem, type VoteCounts } from '../../../shared/meetings/voting'
import { voteMethodLabels, type BallotChoice, type VoteMethod } from '../../../shared/meetings/vocabulary'
import type { CoreContext } from '../context'
import { agendaItems, ballotTallies, ballots as ballotsTable } from '../db/schema/main'
import { loadMeetingDetail } from '../meetings/meeting-detail'
import { itemOf, loadCheckedDetail } from './checked-detail'
import { itemParticipants, memberName, notTakingPart } from './item-rules'
import { isPersonnelCategory, itemBookState } from './personnel-item'
import { commitRecording, recordableItem, type RecordingSession } from './recording'

// 表决: counts, or one ballot per member (the counts are then derived). Only members taking
// part may vote, so neither the ballots nor the total may exceed them. Written views of
// absent members are never votes.

interface VoteInput {
  itemId: string
  method: VoteMethod | null
  counts: VoteCounts | null
  ballots: { personId: string; choice: BallotChoice }[] | null
}

const sameCounts = (a: VoteCounts, b: VoteCounts) => a.for === b.for && a.against === b.against && a.abstain === b.abstain

export function saveVote(session: RecordingSession, core: CoreContext, input: VoteInput): MeetingDetail {
  const { item, title, category } = recordableItem(session.db, input.itemId)
  if (input.method && isPersonnelCategory(category) && itemBookState(session.vault.personnel, input.itemId, item.topicId)) {
    throw new AppError('VOTE_INVALID', '该干部任免议题已在专用记录本中逐一表决，每名人选的票数记在专用记录本中，会议记录不再登记整个议题的票数。未保存。')
  }
  const detail = loadMeetingDetail(session.db, item.meetingId)
  const view = itemOf(detail, input.itemId)
  let counts: VoteCounts | null = null
  const ballots = input.method && input.ballots && input.ballots.length > 0 ? input.ballots : null
  if (input.method) {
    if (ballots) {
      if (input.method === 'secret') throw new AppError('VOTE_INVALID', '无记名投票不能逐人录入表决票：请只录入同意、不同意和弃权的票数。')
      const voters = new Set(itemParticipants(detail, view).filter((id) => notTakingPart(detail, view, id, true) === null))
      const problem = ballotsProblem(ballots, voters, (id) => memberName(detail, id), (id) => notTakingPart(detail, view, id, true) ?? '')
      if (problem) throw new AppError('VOTE_INVALID', `${problem}。书面意见和他人代为表决均不计入票数。`)
      counts = countBallots(ballots)
      if (input.counts && !sameCounts(input.counts, counts)) {
        throw new AppError('VOTE_INVALID', `录入的票数（同意 ${input.counts.for}、不同意 ${input.counts.against}、弃权 ${input.counts.abstain}）与逐人表决的结果不一致，请核对。`)
      }
    } else {
      if (!input.counts) throw new AppError('VOTE_INVALID', `请录入${voteMethodLabels[input.method]}的票数（同意、不同意、弃权）或逐人表决情况。`)
      const problem = countsProblem(input.counts, itemParticipants(detail, view).length)
      if (problem) throw new AppError('VOTE_INVALID', `${problem}，不能保存。`)
      counts = input.counts
    }
  }
  const summary = input.method && counts
    ? `议题“${title}”：${voteMethodLabels[input.method]}，同意 ${counts.for} 票、不同意 ${counts.against} 票、弃权 ${counts.abstain} 票${ballots ? '（逐人记录）' : ''}`
    : `议题“${title}”：清除表决记录`
  return commitRecording(session, core, { action: 'live.saveVote', entity: 'agenda_item', entityId: input.itemId, summary }, (tx, at) => {
    tx.update(agendaItems)
      .set({ voteMethod: input.method, votesFor: counts?.for ?? null, votesAgainst: counts?.against ?? null, votesAbstain: counts?.abstain ?? null, updatedAt: at, updatedBy: session.user.id })
      .where(eq(agendaItems.id, input.itemId))
      .run()
    tx.delete(ballotsTable).where(eq(ballotsTable.agendaItemId, input.itemId)).run()
    // Counts typed here replace a tally counted on the tally screen.
    tx.delete(ballotTallies).where(eq(ballotTallies.agendaItemId, input.itemId)).run()
    for (const ballot of ballots ?? []) {
      tx.insert(ballotsTable)
        .values({ agendaItemId: input.itemId, personId: ballot.personId, choice: ballot.choice, createdAt: at, createdBy: session.user.id, updatedAt: at, updatedBy: session.user.id })
        .run()
    }
    // A changed vote must still carry an outcome already recorded (e.g. 通过 needs the majority).
    return loadCheckedDetail(tx, item.meetingId, [input.itemId])
  })
}
