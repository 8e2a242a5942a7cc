import type { AgendaItemView, MeetingDetail, MeetingMemberView, SpeechView } from '../../../../shared/meetings/views'

// Text saves return only the time they were saved; these keep the loaded MeetingDetail in
// step, so a field shown again (another item and back) starts from what was last saved.

export type DetailPatch = (detail: MeetingDetail) => MeetingDetail

export function patchItem(itemId: string, change: Partial<AgendaItemView>): DetailPatch {
  return (detail) => ({ ...detail, items: detail.items.map((item) => (item.id === itemId ? { ...item, ...change } : item)) })
}

export function patchMember(personId: string, change: Partial<MeetingMemberView>): DetailPatch {
  return (detail) => ({ ...detail, members: detail.members.map((member) => (member.personId === personId ? { ...member, ...change } : member)) })
}

export function patchSpeech(itemId: string, speech: SpeechView): DetailPatch {
  return (detail) => ({
    ...detail,
    items: detail.items.map((item) =>
      item.id === itemId ? { ...item, speeches: [...item.speeches.filter((existing) => existing.personId !== speech.personId), speech] } : item,
    ),
  })
}
