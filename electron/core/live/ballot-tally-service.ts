import { eq } from 'drizzle-orm'
import { checkBallotTally } from '../../../shared/meetings/ballot-tally'
import { presentMemberIds } from '../../../shared/meetings/item-presence'
import type { MeetingDetail } from '../../../shared/meetings/views'
import type { VoteCounts } from '../../../shared/meetings/voting'
import { AppError } from '../../../shared/errors'
import type { CoreContext } from '../context'
import { agendaItems, ballotTallies, ballots as ballotsTable } from '../db/schema/main'
import { loadMeetingDetail } from '../meetings/meeting-detail'
import { itemOf, loadCheckedDetail } from './checked-detail'
import { itemParticipants, memberName } from './item-rules'
import { isPersonnelCategory } from './personnel-item'
import { commitRecording, recordableItem, type RecordingSession } from './recording'

// 无记名投票的计票 on a non-personnel item (a personnel item's tally goes into the book):
// checked by the rule the tally screen shows live (checkBallotTally); saved as the item's
// secret-ballot vote with the tally beside it, or refused with nothing saved.

export interface ItemTallyInput {
  itemId: string
  returned: number
  valid: number
  invalid: number
  counts: VoteCounts
  scrutineerIds: string[]
  tellerIds: string[]
}

export function saveBallotTally(session: RecordingSession, core: CoreContext, input: ItemTallyInput): MeetingDetail {
  const { item, title, category } = recordableItem(session.db, input.itemId)
  if (isPersonnelCategory(category)) throw new AppError('VOTE_INVALID', '干部任免议题的无记名投票计票记入干部任免专用记录本，请在专用记录本中计票。未保存。')
  const detail = loadMeetingDetail(session.db, item.meetingId)
  const view = itemOf(detail, input.itemId)
  const issued = itemParticipants(detail, view).length
  const check = checkBallotTally(
    {
      issued, returned: input.returned, valid: input.valid, invalid: input.invalid,
      candidates: [{ name: '该议题', counts: input.counts }],
      scrutineerIds: input.scrutineerIds, tellerIds: input.tellerIds, presentIds: presentMemberIds(detail), memberCount: detail.members.length,
    },
    (id) => memberName(detail, id),
  )
  if (!check.ok) throw new AppError('VOTE_INVALID', `${check.problem}，未保存。`)
  const { counts } = input
  const summary = `议题“${title}”：无记名投票计票，发出${issued}张，收回${input.returned}张，有效${input.valid}张；同意 ${counts.for} 票、不同意 ${counts.against} 票、弃权 ${counts.abstain} 票`
  return commitRecording(session, core, { action: 'live.saveBallotTally', entity: 'agenda_item', entityId: input.itemId, summary }, (tx, at) => {
    tx.update(agendaItems)
      .set({ voteMethod: 'secret', votesFor: counts.for, votesAgainst: counts.against, votesAbstain: counts.abstain, updatedAt: at, updatedBy: session.user.id })
      .where(eq(agendaItems.id, input.itemId))
      .run()
    tx.delete(ballotsTable).where(eq(ballotsTable.agendaItemId, input.itemId)).run()
    const tally = { issued, returned: input.returned, valid: input.valid, invalid: input.invalid, scrutineerIds: input.scrutineerIds, tellerIds: input.tellerIds, updatedAt: at, updatedBy: session.user.id }
    tx.insert(ballotTallies).values({ agendaItemId: input.itemId, ...tally, createdAt: at, createdBy: session.user.id }).onConflictDoUpdate({ target: ballotTallies.agendaItemId, set: tally }).run()
    // An outcome already recorded must still hold with these counts (e.g. 通过 needs the majority).
    return loadCheckedDetail(tx, item.meetingId, [input.itemId])
  })
}
