import { checkBallotTally, type BallotTallyCheck } from '../../../../shared/meetings/ballot-tally'
import { presentMemberIds } from '../../../../shared/meetings/item-presence'
import type { AgendaItemView, MeetingDetail } from '../../../../shared/meetings/views'
import type { VoteCounts } from '../../../../shared/meetings/voting'
import type { BookEntryView, MatterView } from '../../../../shared/personnel/views'
import { itemParticipants, memberName } from './liveState'

// The tally screen's draft (无记名投票计票), checked on every keystroke by the rule core
// applies on save (checkBallotTally), so a tally that does not add up shows why at once.

export interface TallyDraft {
  returned: number
  valid: number
  invalid: number
  counts: Record<string, VoteCounts>
  scrutineerIds: string[]
  tellerIds: string[]
}

const noVotes: VoteCounts = { for: 0, against: 0, abstain: 0 }

/** As recorded (监票人/计票人 kept by name in the book), else every ballot issued returned and valid. */
export function tallyDraftOf(detail: MeetingDetail, item: AgendaItemView, entry: BookEntryView | null): TallyDraft {
  const issued = itemParticipants(detail, item).size
  const tally = entry?.ballotTally ?? null
  const secret = (entry?.candidates ?? []).filter((c) => c.voteMethod === 'secret')
  const idsOf = (names: readonly string[]) => presentMemberIds(detail).filter((id) => names.includes(memberName(detail, id)))
  return {
    returned: tally?.returned ?? issued,
    valid: tally?.valid ?? issued,
    invalid: tally?.invalid ?? 0,
    counts: Object.fromEntries(secret.map((c) => [c.matterId, c.counts])),
    scrutineerIds: idsOf(tally?.scrutineers ?? []),
    tellerIds: idsOf(tally?.tellers ?? []),
  }
}

export const countsOf = (draft: TallyDraft, matterId: string): VoteCounts => draft.counts[matterId] ?? noVotes

export function checkTallyDraft(detail: MeetingDetail, item: AgendaItemView, matters: readonly MatterView[], draft: TallyDraft): BallotTallyCheck {
  return checkBallotTally(
    {
      issued: itemParticipants(detail, item).size,
      returned: draft.returned,
      valid: draft.valid,
      invalid: draft.invalid,
      candidates: matters.map((m) => ({ name: m.cadreName, counts: countsOf(draft, m.id) })),
      scrutineerIds: draft.scrutineerIds,
      tellerIds: draft.tellerIds,
      presentIds: presentMemberIds(detail),
      memberCount: detail.members.length,
    },
    (id) => memberName(detail, id),
  )
}

export function tallyInput(detail: MeetingDetail, item: AgendaItemView, matters: readonly MatterView[], draft: TallyDraft) {
  return {
    meetingId: detail.id,
    agendaItemId: item.id,
    returned: draft.returned,
    valid: draft.valid,
    invalid: draft.invalid,
    scrutineerIds: draft.scrutineerIds,
    tellerIds: draft.tellerIds,
    candidates: matters.map((m) => ({ matterId: m.id, counts: countsOf(draft, m.id) })),
  }
}
