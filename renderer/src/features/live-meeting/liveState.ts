import { decisionProblems, type DecisionProblem } from '../../../../shared/meetings/decision'
import { itemParticipants as sharedItemParticipants, itemPresence, presentMemberIds, wholeItemRecusals } from '../../../../shared/meetings/item-presence'
import { itemQuorum, quorumStatus, type QuorumStatus } from '../../../../shared/meetings/quorum'
import type { AgendaItemView, MeetingDetail, MeetingMemberView } from '../../../../shared/meetings/views'
import type { TopicOutcome } from '../../../../shared/meetings/vocabulary'
import { personnelOutcomeProblem } from '../../../../shared/personnel/meeting-item'
import type { DecisionResult } from '../../../../shared/personnel/vocabulary'

// The live state the screen shows, computed with the same shared rules that core enforces,
// so a problem is visible before the recorder clicks and core's refusal never surprises.

export { wholeItemRecusals }

export function meetingQuorum(detail: MeetingDetail): QuorumStatus {
  return quorumStatus(detail.members.length, presentMemberIds(detail).length, 'meeting', detail.rules.quorumReading)
}


export const isPersonnel = (item: AgendaItemView) => item.topic.category === 'personnel'

export function itemQuorumOf(detail: MeetingDetail, item: AgendaItemView): QuorumStatus {
  return itemQuorum(itemPresence(detail, item), isPersonnel(item), detail.rules.quorumReading)
}

/** Who speaks and votes on the item: present, in the room, not recused. */
export function itemParticipants(detail: MeetingDetail, item: AgendaItemView): Set<string> {
  return new Set(sharedItemParticipants(detail, item))
}

/** For a personnel item: the book's per-candidate results replace the item's vote. */
export interface BookResults {
  results: readonly DecisionResult[]
  undecided: number
}

export function outcomeProblems(detail: MeetingDetail, item: AgendaItemView, outcome: TopicOutcome, book?: BookResults): DecisionProblem[] {
  if (isPersonnel(item) && book) {
    const problems = itemOutcomeProblems(detail, item, outcome, true).filter((problem) => problem.code !== 'VOTE_INVALID')
    const fromBook = personnelOutcomeProblem(outcome, book.results, book.undecided)
    return fromBook ? [...problems, { code: 'VOTE_INVALID', message: fromBook }] : problems
  }
  return itemOutcomeProblems(detail, item, outcome, false)
}

function itemOutcomeProblems(detail: MeetingDetail, item: AgendaItemView, outcome: TopicOutcome, bookBacked: boolean): DecisionProblem[] {
  return decisionProblems({
    outcome,
    topicApproved: item.topic.approvedAt !== null,
    personnel: isPersonnel(item),
    consultationDone: item.topic.consultation?.held ?? false,
    quorumRequired: detail.body.quorumRequired,
    quorum: itemQuorumOf(detail, item),
    votes: bookBacked ? null : (item.vote?.counts ?? null),
    memberCount: detail.members.length,
    consultationRequired: item.consultationRequired,
  })
}

/** Why a member is not taking part in the item, for messages ("请假", "已回避"...). */
export function absenceReason(detail: MeetingDetail, item: AgendaItemView, personId: string): string {
  const member = detail.members.find((candidate) => candidate.personId === personId)
  if (!member || member.attendance === 'leave') return '请假未出席'
  if (member.attendance === 'pending') return '尚未登记出席'
  if (item.absences.some((absence) => absence.personId === personId)) return '未在场'
  if (wholeItemRecusals(item).includes(personId)) return '已回避'
  return ''
}

export function memberName(detail: MeetingDetail, personId: string | null): string {
  if (!personId) return ''
  return detail.members.find((member) => member.personId === personId)?.name ?? '（已不在名单中）'
}

export const byRank = (members: readonly MeetingMemberView[]) => [...members].sort((a, b) => a.rank - b.rank)
