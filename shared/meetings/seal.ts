import type { AgendaItemView, MeetingDetail } from './views'

// 签发 seals the record: core stores the SHA-256 of this canonical text. It holds what was
// recorded in the meeting and nothing that changes later on its own: not the status or the
// signature, not amendments (they sit beside the record), not derived or setting-dependent
// values (quorum, material deadlines, a topic's later history), and no names kept elsewhere
// that an office may still correct (a person's or a body's name, hence not the label):
// those rows are referred to by id, and the ids are sealed.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** JSON with object keys sorted at every level, so equal records give equal text. */
export function stableJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort()
    return `{${keys.map((key) => `${JSON.stringify(key)}:${stableJson(value[key] as Json)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

const byPerson = <T extends { personId: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.personId.localeCompare(b.personId))

function canonicalItem(item: AgendaItemView): Json {
  const topic = item.topic
  return {
    id: item.id,
    position: item.position,
    topic: {
      id: topic.id,
      title: topic.title,
      category: topic.category,
      proposingUnit: topic.proposingUnit,
      presenter: topic.presenter,
      leaderInChargeId: topic.leaderInChargeId,
      leaderSignedOffOn: topic.leaderSignedOffOn,
      summary: topic.summary,
      // A topic deferred here may be approved later for another meeting; its approval is
      // part of this record only where this meeting decided it.
      ...(item.outcome === 'passed' || item.outcome === 'rejected' ? { approvedAt: topic.approvedAt, approvedByName: topic.approvedByName } : {}),
      consultationItemId: topic.consultation?.itemId ?? null,
      guests: topic.guests.map((guest) => ({ name: guest.name, post: guest.post })),
    },
    reportNotes: item.reportNotes,
    speakingOrder: item.speakingOrder,
    speakingOrderReason: item.speakingOrderReason,
    absences: byPerson(item.absences).map((absence) => ({ personId: absence.personId, kind: absence.kind, note: absence.note })),
    recusals: [...item.recusals]
      .sort((a, b) => a.personId.localeCompare(b.personId) || a.candidate.localeCompare(b.candidate))
      .map((recusal) => ({ personId: recusal.personId, candidate: recusal.candidate, reason: recusal.reason })),
    speeches: byPerson(item.speeches).map((speech) => ({ personId: speech.personId, notes: speech.notes, stance: speech.stance })),
    vote: item.vote
      ? {
          method: item.vote.method,
          counts: { for: item.vote.counts.for, against: item.vote.counts.against, abstain: item.vote.counts.abstain },
          ballots: byPerson(item.vote.ballots).map((ballot) => ({ personId: ballot.personId, choice: ballot.choice })),
          // Only when counted on the tally screen, so records signed before tallies existed keep their hash.
          ...(item.vote.tally
            ? { tally: { issued: item.vote.tally.issued, returned: item.vote.tally.returned, valid: item.vote.tally.valid, invalid: item.vote.tally.invalid, scrutineerIds: item.vote.tally.scrutineerIds, tellerIds: item.vote.tally.tellerIds } }
            : {}),
        }
      : null,
    outcome: item.outcome,
    decisionText: item.decisionText,
    leadLeaderId: item.leadLeaderId,
    responsibleUnits: item.responsibleUnits,
    deadline: item.deadline,
    decidedAt: item.decidedAt,
  }
}

/** The text that 签发 hashes: the meeting as recorded, in a fixed order and layout. */
export function canonicalMeetingRecord(detail: MeetingDetail): string {
  const record: Json = {
    format: 'yishi-meeting-record/1',
    id: detail.id,
    bodyId: detail.body.id,
    sequence: detail.sequence,
    termId: detail.termId,
    date: detail.date,
    startTime: detail.startTime,
    endTime: detail.endTime,
    place: detail.place,
    chairId: detail.chairId,
    recorderName: detail.recorderName,
    members: [...detail.members]
      .sort((a, b) => a.rank - b.rank || a.personId.localeCompare(b.personId))
      .map((member) => ({
        personId: member.personId,
        rank: member.rank,
        post: member.post,
        attendance: member.attendance,
        leaveReason: member.leaveReason,
        leaveNote: member.leaveNote,
        writtenView: member.writtenView,
      })),
    guests: detail.guests.map((guest) => ({ id: guest.id, name: guest.name, post: guest.post })),
    items: [...detail.items].sort((a, b) => a.position - b.position).map(canonicalItem),
  }
  return stableJson(record)
}
