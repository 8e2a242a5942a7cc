import type { GuestView, MeetingDetail } from '../../meetings/views'
import { leaveReasonLabels } from '../../meetings/vocabulary'
import { chineseNumber } from './phrasing'

// The 出席 / 请假 / 列席 lines of a 纪要, read from the record: members in rank order,
// leave with its reason in brackets, guests with their posts and, for a topic's own
// guests, which item they attended.

const orgEnding = /[局委部办院所室处科厅会府队站组中心司行社馆团]$/u

/** 区发展改革局主要负责同志 (a unit, then the post) or 区财政局局长 赵强 (a person: the post, a space, the name, as name lists set them). */
export function guestPhrase(guest: Pick<GuestView, 'name' | 'post'>): string {
  const name = guest.name.trim()
  const post = guest.post?.trim() ?? ''
  if (!post) return name
  const isUnit = name.length > 4 || orgEnding.test(name)
  return isUnit ? `${name}${post}` : `${post} ${name}`
}

export interface MinutesAttendance {
  present: string
  leave: string
  guests: string
}

export function minutesAttendance(detail: Pick<MeetingDetail, 'members' | 'guests' | 'items'>): MinutesAttendance {
  const byRank = [...detail.members].sort((a, b) => a.rank - b.rank)
  const present = byRank.filter((member) => member.attendance === 'present').map((member) => member.name)
  const leave = byRank
    .filter((member) => member.attendance === 'leave')
    .map((member) => {
      const label = member.leaveReason ? leaveReasonLabels[member.leaveReason] : null
      // A note that only repeats the reason (病假) is said once.
      const note = member.leaveNote?.trim() && member.leaveNote.trim() !== label ? member.leaveNote.trim() : null
      const reason = [label, note].filter((part) => part !== null).join('，')
      return reason ? `${member.name}（${reason}）` : member.name
    })
  const meetingGuests = detail.guests.map(guestPhrase)
  // Per-topic guests, once each, with the items they attended (withdrawn items were not heard).
  const heard = detail.items.filter((item) => item.outcome !== 'withdrawn')
  const topicGuests = new Map<string, number[]>()
  heard.forEach((item, index) => {
    for (const guest of item.topic.guests) {
      const phrase = guestPhrase(guest)
      if (meetingGuests.includes(phrase)) continue
      topicGuests.set(phrase, [...(topicGuests.get(phrase) ?? []), index + 1])
    }
  })
  const several = heard.length > 1
  const perTopic = [...topicGuests].map(([phrase, numbers]) => (several ? `${phrase}（列席第${numbers.map(chineseNumber).join('、')}项议题）` : phrase))
  return { present: present.join('、'), leave: leave.join('、'), guests: [...meetingGuests, ...perTopic].join('、') }
}
