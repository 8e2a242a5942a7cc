import { checkBallotTally, type BallotTallyCheck } from '../../../../shared/meetings/ballot-tally'
import { presentMemberIds } from '../../../../shared/meetings/item-presence'
import type { AgendaItemView, MeetingDetail } from '../../../../shared/meetings/views'
import type { VoteCounts } from '../../../../shared/meetings/voting'
import type { BookEntryView } from '../../../../shared/personnel/views'
import { itemParticipants, memberName } from './liveState'

// The tally screen's draft (无记名投票计票), checked on every keystroke by the rule core
// applies on save (checkBallotTally), so a tally that does not add up shows why at once.
// The candidates are a personnel item's, or the item itself for any other vote.

export interface TallyCandidate {
  id: string
  name: string
}

export interface TallyDraft {
  returned: number
  valid: number
  invalid: number
  counts: Record<string, VoteCounts>
  scrutineerIds: string[]
  tellerIds: string[]
}

const noVotes: VoteCounts = { for: 0, against: 0, abstain: 0 }

/** Every ballot issued returned and valid, nothing counted yet, or what was recorded. */
export function tallyDraftOf(detail: MeetingDetail, item: AgendaItemView, recorded: Partial<TallyDraft> = {}): TallyDraft {
  const issued = itemParticipants(detail, item).size
  return { returned: issued, valid: issued, invalid: 0, counts: {}, scrutineerIds: [], tellerIds: [], ...recorded }
}

/** A personnel item's tally as the book keeps it (监票人/计票人 by name). */
export function bookTallyDraft(detail: MeetingDetail, item: AgendaItemView, entry: BookEntryView | null): TallyDraft {
  const tally = entry?.ballotTally
  if (!tally) return tallyDraftOf(detail, item)
  const idsOf = (names: readonly string[]) => presentMemberIds(detail).filter((id) => names.includes(memberName(detail, id)))
  const counts = Object.fromEntries(entry.candidates.filter((c) => c.voteMethod === 'secret').map((c) => [c.matterId, c.counts]))
  return tallyDraftOf(detail, item, { returned: tally.returned, valid: tally.valid, invalid: tally.invalid, counts, scrutineerIds: idsOf(tally.scrutineers), tellerIds: idsOf(tally.tellers) })
}

/** Any other item's tally as recorded with its vote. */
export function itemTallyDraft(detail: MeetingDetail, item: AgendaItemView): TallyDraft {
  const vote = item.vote
  if (!vote?.tally) return tallyDraftOf(detail, item)
  const { returned, valid, invalid, scrutineerIds, tellerIds } = vote.tally
  return tallyDraftOf(detail, item, { returned, valid, invalid, scrutineerIds, tellerIds, counts: { [item.id]: vote.counts } })
}

export const countsOf = (draft: TallyDraft, candidateId: string): VoteCounts => draft.counts[candidateId] ?? noVotes

export function checkTallyDraft(detail: MeetingDetail, item: AgendaItemView, candidates: readonly TallyCandidate[], draft: TallyDraft): BallotTallyCheck {
  return checkBallotTally(
    {
      issued: itemParticipants(detail, item).size,
      returned: draft.returned,
      valid: draft.valid,
      invalid: draft.invalid,
      candidates: candidates.map((c) => ({ name: c.name, counts: countsOf(draft, c.id) })),
      scrutineerIds: draft.scrutineerIds,
      tellerIds: draft.tellerIds,
      presentIds: presentMemberIds(detail),
      memberCount: detail.members.length,
    },
    (id) => memberName(detail, id),
  )
}
