import { participantsOf } from '../../meetings/quorum'
import { effectiveSpeakingOrder, isSameOrder, principalOf, proposeSpeakingOrder } from '../../meetings/speaking-order'
import { isPersonnelItem, itemLabel, itemRef, type Finding, type SelfCheckRule } from '../finding'
import type { ItemRecord, MeetingRecord } from '../records'

// 主要负责人末位表态: the recorded order of each item, with any change the chair made and its reason.

function itemOrder(meeting: MeetingRecord, item: ItemRecord) {
  const participants = new Set(
    participantsOf({
      memberIds: meeting.members.map((member) => member.personId),
      presentIds: meeting.members.filter((member) => member.attendance === 'present').map((member) => member.personId),
      absentForItemIds: item.absentIds,
      recusedIds: item.recusals.map((recusal) => recusal.personId),
    }),
  )
  const speakers = meeting.members.filter((member) => participants.has(member.personId))
  const principalId = principalOf(meeting.members)
  const principalAttendance = meeting.members.find((member) => member.personId === principalId)?.attendance ?? 'pending'
  const proposal = proposeSpeakingOrder(speakers, { chairId: meeting.chairId, principalId, principalAttendance })
  return { proposal, order: effectiveSpeakingOrder(proposal.order, item.savedOrder), principalId }
}

export const principalSpeaksLastRule: SelfCheckRule = {
  id: 'principal-last',
  text: '讨论决定事项时，与会常委按排名倒序发表意见，主要负责人末位表态',
  setting: null,
  personnel: false,
  check(records) {
    const findings: Finding[] = []
    let applicable = false
    for (const meeting of records.meetings) {
      for (const item of meeting.items) {
        if (item.speakerIds.length === 0) continue
        applicable = true
        const { proposal, order } = itemOrder(meeting, item)
        const base = { ruleId: principalSpeaksLastRule.id, personnel: isPersonnelItem(item), refs: [itemRef(meeting, item)] }
        const label = itemLabel(meeting, item)
        if (proposal.last === 'principal' && order.at(-1) !== proposal.order.at(-1)) {
          findings.push({ ...base, severity: 'breach', text: `${label}：书记未末位表态` })
        }
        if (item.savedOrder !== null && !isSameOrder(order, proposal.order)) {
          const reason = item.orderReason?.trim()
          findings.push(reason ? { ...base, severity: 'note', text: `${label}：主持人调整发言顺序，原因：${reason}` } : { ...base, severity: 'breach', text: `${label}：调整了发言顺序但未记录原因` })
        }
      }
    }
    return { applicable, findings }
  },
}

export const recusalRule: SelfCheckRule = {
  id: 'recusal',
  text: '讨论与本人及亲属有关的事项时，有关常委应当回避，并记录回避原因',
  setting: null,
  personnel: false,
  check(records) {
    const findings: Finding[] = []
    let applicable = false
    for (const meeting of records.meetings) {
      for (const item of meeting.items) {
        for (const recusal of item.recusals) {
          applicable = true
          const name = records.names[recusal.personId] ?? meeting.members.find((member) => member.personId === recusal.personId)?.name ?? '（未知）'
          const base = { ruleId: recusalRule.id, personnel: isPersonnelItem(item), refs: [itemRef(meeting, item)] }
          const label = itemLabel(meeting, item)
          const took = [item.speakerIds.includes(recusal.personId) ? '发表意见' : null, item.voterIds.includes(recusal.personId) ? '参加表决' : null].filter(Boolean)
          if (took.length > 0) findings.push({ ...base, severity: 'breach', text: `${label}：${name}同志回避后仍${took.join('、')}` })
          else if (!recusal.reason.trim()) findings.push({ ...base, severity: 'breach', text: `${label}：${name}同志回避，未记录原因` })
          else findings.push({ ...base, severity: 'note', text: `${label}：${name}同志回避，原因：${recusal.reason.trim()}` })
        }
      }
    }
    return { applicable, findings }
  },
}
