import { decisionProblems, type DecisionProblem } from '../../../shared/meetings/decision'
import { isBookEntryReference } from '../../../shared/personnel/meeting-item'
import { itemParticipants, itemPresence } from '../../../shared/meetings/item-presence'
import { itemQuorum } from '../../../shared/meetings/quorum'
import type { AgendaItemView, MeetingDetail } from '../../../shared/meetings/views'
import { ballotsProblem, countsProblem } from '../../../shared/meetings/voting'
import { leaveReasonLabels, topicOutcomeLabels, type ItemAbsenceKind, type TopicOutcome } from '../../../shared/meetings/vocabulary'

// The rules of one agenda item, read from the meeting as loaded: who takes part, whether a
// recorded vote and outcome still hold. Core checks them inside the transaction of each edit.

export { itemParticipants, itemPresence }

export function memberName(detail: MeetingDetail, personId: string): string {
  return detail.members.find((member) => member.personId === personId)?.name ?? '该人员'
}

const absencePhrases: Record<ItemAbsenceKind, string> = { late: '迟到，未参加该议题', left: '已早退，未参加该议题', out: '临时离席，未参加该议题' }

/**
 * Why a member cannot speak (or, with `forVote`, vote) on the item, or null. A member
 * recused for one candidate still speaks on the item but casts no ballot on it.
 */
export function notTakingPart(detail: MeetingDetail, item: AgendaItemView, personId: string, forVote = false): string | null {
  const member = detail.members.find((row) => row.personId === personId)
  if (!member) return '不是本次会议的应到成员'
  if (member.attendance === 'leave') return `已请假（${member.leaveReason ? leaveReasonLabels[member.leaveReason] : '未注明原因'}），未出席本次会议`
  if (member.attendance === 'pending') return '尚未登记出席本次会议'
  const absence = item.absences.find((row) => row.personId === personId)
  if (absence) return absencePhrases[absence.kind]
  const recusal = item.recusals.find((row) => row.personId === personId && (forVote || row.candidate === ''))
  if (recusal) return recusal.candidate ? `已就“${recusal.candidate}”回避（${recusal.reason}）` : `已在该议题回避（${recusal.reason}）`
  return null
}

/** What is wrong with the item's recorded vote given who takes part now, or null. */
export function recordedVoteProblem(detail: MeetingDetail, item: AgendaItemView): string | null {
  if (!item.vote) return null
  if (item.vote.ballots.length > 0) {
    const voters = new Set(item.vote.ballots.map((ballot) => ballot.personId).filter((id) => notTakingPart(detail, item, id, true) === null))
    return ballotsProblem(item.vote.ballots, voters, (id) => memberName(detail, id), (id) => notTakingPart(detail, item, id, true) ?? '')
  }
  return countsProblem(item.vote.counts, itemParticipants(detail, item).length)
}

/** A personnel item decided in the book: the record keeps the book's reference as its decision text. */
export const isBookBacked = (item: AgendaItemView) => item.topic.category === 'personnel' && isBookEntryReference(item.decisionText)

/**
 * Everything that forbids recording `outcome` for the item (empty when it may be recorded).
 * `consultationDone`: the topic's 书记专题会议 consultation is linked and was held.
 * `bookBacked`: a personnel item whose candidates were voted one by one in the book: the
 * votes and the decision text are there (checked by personnel-item.ts), not on the item.
 */
export function outcomeProblems(detail: MeetingDetail, item: AgendaItemView, outcome: TopicOutcome, consultationDone: boolean, bookBacked = isBookBacked(item)): DecisionProblem[] {
  const decides = outcome === 'passed' || outcome === 'rejected'
  if (decides && detail.members.length === 0) return [{ code: 'RULE_VIOLATION', message: '本次会议没有应到成员，不能作出决定。请先确定应到成员。' }]
  const personnel = item.topic.category === 'personnel'
  const problems = decisionProblems({
    outcome,
    topicApproved: item.topic.approvedAt !== null,
    personnel,
    consultationRequired: personnel && detail.body.kind === 'standing',
    consultationDone,
    quorumRequired: detail.body.quorumRequired,
    quorum: itemQuorum(itemPresence(detail, item), personnel, detail.rules.quorumReading),
    votes: bookBacked ? null : (item.vote?.counts ?? null),
    memberCount: detail.members.length,
  })
  // With votes null, the only vote problem is "no item-level vote": the book holds them.
  if (personnel && bookBacked) return problems.filter((problem) => problem.code !== 'VOTE_INVALID')
  if (outcome === 'passed' && item.decisionText.trim() === '') {
    problems.push({ code: 'RULE_VIOLATION', message: '记为“通过”须先填写决定内容（会议同意或决定的具体事项）。' })
  }
  return problems
}

/**
 * Whether an edit left the item's recorded vote or outcome breaking the rules: a problem
 * that says so and what to clear first, or null.
 */
export function recordedItemProblem(detail: MeetingDetail, item: AgendaItemView, consultationDone: boolean): DecisionProblem | null {
  const title = item.topic.title
  const vote = recordedVoteProblem(detail, item)
  if (vote) return { code: 'VOTE_INVALID', message: `此项更改会使议题“${title}”已录入的表决不再符合规则：${vote}。如确需更改，请先修改或清除该议题的表决记录。` }
  if (!item.outcome) return null
  const [first] = outcomeProblems(detail, item, item.outcome, consultationDone)
  if (!first) return null
  return { code: first.code, message: `此项更改会使议题“${title}”已记录的结果“${topicOutcomeLabels[item.outcome]}”不再符合规则：${first.message}如确需更改，请先清除该议题的结果。` }
}
