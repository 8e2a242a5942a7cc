import { itemPresence, wholeItemRecusals } from '../../../../shared/meetings/item-presence'
import { describeQuorum, itemQuorum, participantsOf } from '../../../../shared/meetings/quorum'
import type { AgendaItemView, MeetingDetail } from '../../../../shared/meetings/views'
import type { VoteMethod } from '../../../../shared/meetings/vocabulary'
import type { VoteCounts } from '../../../../shared/meetings/voting'
import { checkCandidateDecision, type CandidateDecisionCheck } from '../../../../shared/personnel/decision-rules'
import type { CandidateDecisionView } from '../../../../shared/personnel/views'
import type { MemberView } from '../../../../shared/personnel/vocabulary'

// One candidate's record as the recorder fills it in (逐一表决), checked live with the same
// shared rule the book applies when it is saved.

export interface CandidateDraft {
  voteMethod: VoteMethod
  /** Recused for this candidate: member id → reason. */
  recusals: Record<string, string>
  views: Record<string, MemberView>
  counts: VoteCounts
  deferred: boolean
  reconsiderationAgreed: number | null
}

export function draftOf(recorded: CandidateDecisionView | undefined, wholeItem: readonly string[]): CandidateDraft {
  if (!recorded) return { voteMethod: 'hands', recusals: {}, views: {}, counts: { for: 0, against: 0, abstain: 0 }, deferred: false, reconsiderationAgreed: null }
  const recusals: Record<string, string> = {}
  const views: Record<string, MemberView> = {}
  for (const member of recorded.members) {
    if (member.presence === 'recused' && !wholeItem.includes(member.memberId)) recusals[member.memberId] = member.recusalReason ?? ''
    if (member.view) views[member.memberId] = member.view
  }
  return { voteMethod: recorded.voteMethod, recusals, views, counts: recorded.counts, deferred: recorded.result === 'deferred', reconsiderationAgreed: recorded.reconsiderationAgreed }
}

const presenceOf = (detail: MeetingDetail, item: AgendaItemView, draft: CandidateDraft) => itemPresence(detail, item, Object.keys(draft.recusals))

/** Members in the room for this candidate (present, not out, not recused). */
export function candidateParticipants(detail: MeetingDetail, item: AgendaItemView, draft: CandidateDraft): Set<string> {
  return new Set(participantsOf(presenceOf(detail, item, draft)))
}

/** The quorum after this candidate's recusals (two thirds), in words. */
export function candidateQuorumText(detail: MeetingDetail, item: AgendaItemView, draft: CandidateDraft): { met: boolean; text: string } {
  const quorum = itemQuorum(presenceOf(detail, item, draft), true)
  return { met: quorum.met, text: describeQuorum(quorum) }
}

export function checkDraft(detail: MeetingDetail, item: AgendaItemView, draft: CandidateDraft): CandidateDecisionCheck {
  const inRoom = candidateParticipants(detail, item, draft)
  const secret = draft.voteMethod === 'secret'
  return checkCandidateDecision(
    {
      ...presenceOf(detail, item, draft),
      quorumRequired: detail.body.quorumRequired,
      voteMethod: draft.voteMethod,
      views: secret ? {} : Object.fromEntries(Object.entries(draft.views).filter(([id]) => inRoom.has(id))),
      counts: secret ? draft.counts : null,
      deferred: draft.deferred,
    },
    (id) => detail.members.find((member) => member.personId === id)?.name ?? '该成员',
  )
}

/** What personnel.decideCandidate takes; whole-item recusals are added by core from the record. */
export function decisionInput(detail: MeetingDetail, item: AgendaItemView, matterId: string, draft: CandidateDraft) {
  const inRoom = candidateParticipants(detail, item, draft)
  const wholeItem = new Set(wholeItemRecusals(item))
  const secret = draft.voteMethod === 'secret'
  return {
    meetingId: detail.id,
    agendaItemId: item.id,
    matterId,
    voteMethod: draft.voteMethod,
    recusals: Object.entries(draft.recusals)
      .filter(([memberId]) => !wholeItem.has(memberId))
      .map(([memberId, reason]) => ({ memberId, reason })),
    views: secret ? [] : Object.entries(draft.views).filter(([memberId]) => inRoom.has(memberId)).map(([memberId, view]) => ({ memberId, view })),
    counts: secret ? draft.counts : null,
    deferred: draft.deferred,
    reconsiderationAgreed: draft.reconsiderationAgreed,
  }
}
