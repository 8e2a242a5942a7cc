import { participantsOf, type ItemPresenceInput } from './quorum'
import type { AgendaItemView, MeetingDetail } from './views'

// Who is in the room for one agenda item, read from a loaded meeting: the same reading for
// the live screen and for core's checks, so the two can never count different people.

export const presentMemberIds = (detail: MeetingDetail) => detail.members.filter((member) => member.attendance === 'present').map((member) => member.personId)

/** Members recused for the whole item (a recusal for one candidate leaves them in the room). */
export const wholeItemRecusals = (item: AgendaItemView) => item.recusals.filter((recusal) => recusal.candidate === '').map((recusal) => recusal.personId)

/** The item's presence; `alsoRecused`: members recused for the candidate being decided. */
export function itemPresence(detail: MeetingDetail, item: AgendaItemView, alsoRecused: readonly string[] = []): ItemPresenceInput {
  return {
    memberIds: detail.members.map((member) => member.personId),
    presentIds: presentMemberIds(detail),
    absentForItemIds: item.absences.map((absence) => absence.personId),
    recusedIds: [...new Set([...wholeItemRecusals(item), ...alsoRecused])],
  }
}

/** Members in the room for the item and not recused from it: they speak, and count for the quorum. */
export const itemParticipants = (detail: MeetingDetail, item: AgendaItemView) => participantsOf(itemPresence(detail, item))
