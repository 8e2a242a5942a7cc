import { itemQuorum, participantsOf } from '../../../shared/meetings/quorum'
import { effectiveSpeakingOrder, principalOf, proposeSpeakingOrder } from '../../../shared/meetings/speaking-order'
import type { AbsenceView, AgendaItemView, MaterialDeadline, MeetingMemberView, MeetingRules, RecusalView, SpeechView, TopicSummary, VoteView } from '../../../shared/meetings/views'
import type { BallotChoice, BodyKind, ItemAbsenceKind, Stance, TopicCategory, TopicOutcome, VoteMethod } from '../../../shared/meetings/vocabulary'
import { countBallots } from '../../../shared/meetings/voting'
import type { agendaItems, ballotTallies, ballots, itemAbsences, recusals, speeches } from '../db/schema/main'

type ItemRow = typeof agendaItems.$inferSelect

/** A personnel topic needs its 书记专题会议 consultation before a 常委会 decides it. */
export function consultationRequiredAt(bodyKind: BodyKind, category: TopicCategory): boolean {
  return category === 'personnel' && bodyKind === 'standing'
}

/** What one item's view needs besides its own row (all read once for the whole meeting). */
export interface ItemContext {
  bodyKind: BodyKind
  chairId: string | null
  rules: MeetingRules
  /** 应到, by rank. */
  members: readonly MeetingMemberView[]
  topic: TopicSummary
  materialDeadline: MaterialDeadline
  absences: readonly (typeof itemAbsences.$inferSelect)[]
  recusals: readonly (typeof recusals.$inferSelect)[]
  speeches: readonly (typeof speeches.$inferSelect)[]
  ballots: readonly (typeof ballots.$inferSelect)[]
  tally: typeof ballotTallies.$inferSelect | null
  leadLeaderName: string | null
}

function voteView(item: ItemRow, ballotRows: ItemContext['ballots'], tallyRow: ItemContext['tally'], rankOf: (personId: string) => number): VoteView | null {
  if (!item.voteMethod) return null
  const tally = tallyRow && item.voteMethod === 'secret'
    ? { issued: tallyRow.issued, returned: tallyRow.returned, valid: tallyRow.valid, invalid: tallyRow.invalid, scrutineerIds: tallyRow.scrutineerIds, tellerIds: tallyRow.tellerIds }
    : null
  const ballotViews = ballotRows.map((row) => ({ personId: row.personId, choice: row.choice as BallotChoice })).sort((a, b) => rankOf(a.personId) - rankOf(b.personId))
  // Per-member ballots are the record when there are any; the counts follow from them.
  const counts = ballotViews.length > 0 ? countBallots(ballotViews) : { for: item.votesFor ?? 0, against: item.votesAgainst ?? 0, abstain: item.votesAbstain ?? 0 }
  return { method: item.voteMethod as VoteMethod, counts, ballots: ballotViews, ...(tally ? { tally } : {}) }
}

export function agendaItemView(item: ItemRow, context: ItemContext): AgendaItemView {
  const absences: AbsenceView[] = context.absences.map((row) => ({ personId: row.personId, kind: row.kind as ItemAbsenceKind, note: row.note }))
  const recusalViews: RecusalView[] = context.recusals.map((row) => ({ personId: row.personId, candidate: row.candidate, reason: row.reason }))
  const presence = {
    memberIds: context.members.map((member) => member.personId),
    presentIds: context.members.filter((member) => member.attendance === 'present').map((member) => member.personId),
    absentForItemIds: absences.map((absence) => absence.personId),
    // A recusal for one candidate keeps the member in the room for the rest of the item.
    recusedIds: recusalViews.filter((recusal) => recusal.candidate === '').map((recusal) => recusal.personId),
  }
  const byId = new Map(context.members.map((member) => [member.personId, member]))
  const speakers = participantsOf(presence).flatMap((personId) => {
    const member = byId.get(personId)
    return member ? [{ personId, rank: member.rank, name: member.name }] : []
  })
  const principalId = principalOf(context.members)
  const principalAttendance = (principalId !== null ? byId.get(principalId)?.attendance : undefined) ?? 'pending'
  const proposal = proposeSpeakingOrder(speakers, { chairId: context.chairId, principalId, principalAttendance })
  const proposed = proposal.order
  const speeches: SpeechView[] = context.speeches.map((row) => ({ personId: row.personId, notes: row.notes, stance: row.stance as Stance | null, updatedAt: row.updatedAt }))
  const historyIndex = context.topic.history.findIndex((entry) => entry.itemId === item.id)
  return {
    id: item.id,
    position: item.position,
    topic: context.topic,
    plannedTime: item.plannedTime,
    consultationRequired: consultationRequiredAt(context.bodyKind, context.topic.category),
    materialDeadline: context.materialDeadline,
    reportNotes: item.reportNotes ?? '',
    speakingOrder: effectiveSpeakingOrder(proposed, item.speakingOrder ?? null),
    proposedSpeakingOrder: proposed,
    lastSpeaker: proposal.last,
    speakingOrderReason: item.speakingOrderReason,
    absences,
    recusals: recusalViews,
    speeches,
    vote: voteView(item, context.ballots, context.tally, (personId) => byId.get(personId)?.rank ?? Number.MAX_SAFE_INTEGER),
    quorum: itemQuorum(presence, context.topic.category === 'personnel', context.rules.quorumReading),
    outcome: item.outcome as TopicOutcome | null,
    decisionText: item.decisionText ?? '',
    leadLeaderId: item.leadLeaderId,
    leadLeaderName: context.leadLeaderName,
    responsibleUnits: item.responsibleUnits ?? '',
    deadline: item.deadline,
    decidedAt: item.decidedAt,
    previous: historyIndex > 0 ? context.topic.history.slice(0, historyIndex) : [],
  }
}
