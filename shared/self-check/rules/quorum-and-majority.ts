import { itemQuorum, quorumStatus } from '../../meetings/quorum'
import { voteOutcome } from '../../meetings/voting'
import { isDecided, isPersonnelItem, itemLabel, itemRef, meetingRef, periodItems, type Finding, type SelfCheckRule } from '../finding'

// 会议须有半数以上成员到会方能召开；讨论决定干部任免事项须有三分之二以上成员到会;
// 表决以超过应到会成员半数同意为通过. The same functions the live screen enforces.

export const quorumRule: SelfCheckRule = {
  id: 'quorum',
  text: '常委会会议须有半数以上常委到会方能召开；讨论决定干部任免事项须有三分之二以上常委到会',
  setting: '设置 → 议事规则：“半数以上”的理解方式；会议类型：是否执行法定人数',
  personnel: false,
  check(records) {
    if (!records.body.quorumRequired || records.meetings.length === 0) return { applicable: false, findings: [] }
    const reading = records.settings.quorumReading
    const findings: Finding[] = []
    for (const meeting of records.meetings) {
      const presentIds = meeting.members.filter((member) => member.attendance === 'present').map((member) => member.personId)
      const status = quorumStatus(meeting.members.length, presentIds.length, 'meeting', reading)
      if (!status.met) {
        findings.push({ ruleId: quorumRule.id, severity: 'breach', personnel: false, text: `${meeting.label}应到${status.members}人，实到${status.present}人，不足半数（至少需${status.required}人）`, refs: [meetingRef(meeting)] })
      }
      for (const item of meeting.items) {
        if (!isPersonnelItem(item) || !isDecided(item)) continue
        const presence = { memberIds: meeting.members.map((member) => member.personId), presentIds, absentForItemIds: item.absentIds, recusedIds: item.recusals.map((recusal) => recusal.personId) }
        const itemStatus = itemQuorum(presence, true, reading)
        if (itemStatus.met) continue
        findings.push({ ruleId: quorumRule.id, severity: 'breach', personnel: true, text: `${itemLabel(meeting, item)}讨论决定干部任免事项时实到${itemStatus.present}人，不足应到${itemStatus.members}人的三分之二（至少需${itemStatus.required}人）`, refs: [itemRef(meeting, item)] })
      }
    }
    return { applicable: true, findings }
  },
}

export const majorityRule: SelfCheckRule = {
  id: 'majority',
  text: '表决以超过应到会常委半数同意为通过',
  setting: null,
  personnel: false,
  check(records) {
    const findings: Finding[] = []
    let applicable = false
    for (const { meeting, item } of periodItems(records)) {
      if (item.outcome !== 'passed' || item.votesFor === null || meeting.members.length === 0) continue
      applicable = true
      const result = voteOutcome(meeting.members.length, item.votesFor)
      if (result.passed) continue
      findings.push({ ruleId: majorityRule.id, severity: 'breach', personnel: isPersonnelItem(item), text: `${itemLabel(meeting, item)}同意${result.votesFor}票，未超过应到${result.members}人的半数（至少需${result.required}票）却记为通过`, refs: [itemRef(meeting, item)] })
    }
    return { applicable, findings }
  },
}
