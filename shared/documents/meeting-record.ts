import { secretBallotText } from '../meetings/ballot-tally'
import { presentMemberIds } from '../meetings/item-presence'
import { amendmentValueText } from '../meetings/amendments'
import type { AgendaItemView, AmendmentView, MeetingDetail, MeetingMemberView } from '../meetings/views'
import { ballotChoiceLabels, itemAbsenceKindLabels, leaveReasonLabels, stanceLabels, topicCategoryLabels, topicOutcomeLabels, voteMethodLabels, type BallotChoice } from '../meetings/vocabulary'
import { chineseDate } from '../roster/dates'
import { chineseDateWithWeekday, chineseNumber, chineseTime, chineseTimeSpan, endTimeOf, guestList, meetingFullName, nameList } from './meeting-text'
import type { DocumentBlock, DocumentModel } from './model'
import { widthInChars } from './text-width'
import { classificationMark, type DocumentSettings } from './settings'

// 会议记录: the full record as held — who came, who spoke in which order and what they
// said, the votes and decisions, and any correction after the original once signed.
// A personnel item carries only what the meeting itself holds: the book's reference.

export type RecordSettings = Pick<DocumentSettings, 'issuerShortName' | 'defaultClassification'>

/** The 份号 of a record kept as a single original (会议记录, a page of the 专用记录本). */
export const recordCopyNumber = '000001'

const line = (label: string, text: string): DocumentBlock => ({ kind: 'labelled', label: `${label}：`, text })
const paragraph = (text: string): DocumentBlock => ({ kind: 'paragraph', runs: [{ text }] })

/** 更正（2026年11月25日，王秘书）：决定内容更正为“…”，原为“…”。原因：… */
function amendmentLine(amendment: AmendmentView): DocumentBlock {
  const after = amendmentValueText(amendment.field, amendment.after)
  const before = amendmentValueText(amendment.field, amendment.before)
  return line(`更正（${chineseDate(amendment.at.slice(0, 10))}，${amendment.authorName}）`, `${amendment.fieldLabel}更正为“${after}”，原为“${before}”。原因：${amendment.reason}`)
}

function amendmentsOf(detail: MeetingDetail, target: AmendmentView['target'], targetId: string): DocumentBlock[] {
  if (detail.status !== 'signed') return []
  return detail.amendments.filter((a) => a.target === target && a.targetId === targetId).map(amendmentLine)
}

function attendanceBlocks(detail: MeetingDetail, members: MeetingMemberView[]): DocumentBlock[] {
  const present = members.filter((m) => m.attendance === 'present')
  const onLeave = members.filter((m) => m.attendance === 'leave')
  const pending = members.filter((m) => m.attendance === 'pending')
  const leave = onLeave.map((m) => `${m.name}（${[m.leaveReason ? leaveReasonLabels[m.leaveReason] : '', m.leaveNote ?? ''].filter(Boolean).join('，') || '请假'}）`)
  const blocks: DocumentBlock[] = [line('应到', `${members.length}人；实到${present.length}人`), line('出席', present.length > 0 ? nameList(present.map((m) => m.name)) : '无')]
  if (onLeave.length > 0) blocks.push(line('请假', nameList(leave)))
  if (pending.length > 0) blocks.push(line('未登记', nameList(pending.map((m) => m.name))))
  for (const member of members.filter((m) => m.writtenView)) {
    blocks.push(line('书面意见', `${member.name}：${member.writtenView ?? ''}（书面意见，不计入表决）`))
  }
  for (const member of members) blocks.push(...amendmentsOf(detail, 'member', member.personId))
  return blocks
}

function voteText(detail: MeetingDetail, item: AgendaItemView, nameOf: (id: string) => string): string {
  const vote = item.vote
  if (!vote) return ''
  if (vote.tally) {
    const figures = { members: detail.members.length, present: presentMemberIds(detail).length, ...vote.tally, counts: vote.counts }
    return `${voteMethodLabels.secret}，${secretBallotText(figures)}；监票人${vote.tally.scrutineerIds.map(nameOf).join('、')}，计票人${vote.tally.tellerIds.map(nameOf).join('、')}。`
  }
  const counts = `同意${vote.counts.for}票，不同意${vote.counts.against}票，弃权${vote.counts.abstain}票`
  if (vote.method !== 'named' || vote.ballots.length === 0) return `${voteMethodLabels[vote.method]}，${counts}。`
  const byChoice = (choice: BallotChoice) => vote.ballots.filter((b) => b.choice === choice).map((b) => nameOf(b.personId))
  const named = (['for', 'against', 'abstain'] as const).filter((c) => byChoice(c).length > 0).map((c) => `${ballotChoiceLabels[c]}：${nameList(byChoice(c))}`)
  return `${voteMethodLabels[vote.method]}，${counts}（${named.join('；')}）。`
}

function speechBlocks(detail: MeetingDetail, item: AgendaItemView, nameOf: (id: string) => string): DocumentBlock[] {
  const spoken = new Map(item.speeches.filter((s) => s.notes.trim() || s.stance).map((s) => [s.personId, s]))
  const order = [...item.speakingOrder.filter((id) => spoken.has(id)), ...[...spoken.keys()].filter((id) => !item.speakingOrder.includes(id))]
  if (order.length === 0) return []
  const blocks: DocumentBlock[] = [paragraph('发言情况（按发言顺序）：')]
  // One left edge for every speaker whatever the length of the name, and the stance first,
  // where it is never broken over two lines (「……（表态：同/意）」).
  const labelChars = Math.max(...order.map((id) => widthInChars(`${nameOf(id)}：`)))
  for (const personId of order) {
    const speech = spoken.get(personId)!
    const stance = speech.stance ? `（表态：${stanceLabels[speech.stance]}）` : ''
    blocks.push({ kind: 'labelled', label: `${nameOf(personId)}：`, text: `${stance}${speech.notes.trim()}`, labelChars })
    blocks.push(...amendmentsOf(detail, 'speech', `${item.id}:${personId}`))
  }
  if (item.speakingOrderReason) blocks.push(line('发言顺序调整原因', item.speakingOrderReason))
  return blocks
}

function itemBlocks(detail: MeetingDetail, item: AgendaItemView, index: number, nameOf: (id: string) => string): DocumentBlock[] {
  const topic = item.topic
  const blocks: DocumentBlock[] = [{ kind: 'heading', level: 1, text: `${chineseNumber(index + 1)}、${topic.title}` }]
  if (topic.category !== 'general') blocks.push(line('议题类别', topicCategoryLabels[topic.category]))
  blocks.push(line('汇报单位', topic.proposingUnit), line('汇报人', topic.presenter))
  if (topic.guests.length > 0) blocks.push(line('列席', guestList(topic.guests)))
  if (topic.category === 'personnel') {
    // The candidates, views and votes are in the personnel book, never in this record.
    blocks.push(line('记录', item.decisionText.trim() || '干部任免事项，详见干部任免专用记录本。'))
    return [...blocks, ...amendmentsOf(detail, 'agenda_item', item.id)]
  }
  for (const absence of item.absences) blocks.push(line('未参加本议题', `${nameOf(absence.personId)}（${itemAbsenceKindLabels[absence.kind]}${absence.note ? `，${absence.note}` : ''}）`))
  for (const recusal of item.recusals) blocks.push(line('回避', `${nameOf(recusal.personId)}${recusal.candidate ? `（${recusal.candidate}）` : ''}，${recusal.reason}`))
  if (item.reportNotes.trim()) blocks.push(line('汇报要点', item.reportNotes.trim()))
  blocks.push(...speechBlocks(detail, item, nameOf))
  const vote = voteText(detail, item, nameOf)
  if (vote) blocks.push(line('表决', vote))
  if (item.outcome) blocks.push(line('结果', topicOutcomeLabels[item.outcome]))
  if (item.decisionText.trim()) blocks.push(line('决定', item.decisionText.trim()))
  if (item.leadLeaderName) blocks.push(line('牵头领导', item.leadLeaderName))
  if (item.responsibleUnits.trim()) blocks.push(line('责任单位', item.responsibleUnits.trim()))
  if (item.deadline) blocks.push(line('完成时限', chineseDate(item.deadline)))
  return [...blocks, ...amendmentsOf(detail, 'agenda_item', item.id)]
}

export function meetingRecordModel(input: { detail: MeetingDetail; settings: RecordSettings }): DocumentModel {
  const { detail, settings } = input
  const members = [...detail.members].sort((a, b) => a.rank - b.rank)
  const names = new Map(members.map((m) => [m.personId, m.name]))
  const nameOf = (id: string) => names.get(id) ?? '（非本次会议成员）'
  const meeting = meetingFullName(detail, settings.issuerShortName)
  const title = `${meeting}记录`
  const chairPost = members.find((m) => m.personId === detail.chairId)?.post
  const ended = endTimeOf(detail)
  const time = `${chineseDateWithWeekday(detail.date)}${chineseTimeSpan(detail.startTime, ended)}`
  const items = [...detail.items].sort((a, b) => a.position - b.position)
  const classification = classificationMark(settings.defaultClassification)
  const blocks: DocumentBlock[] = [
    { kind: 'title', text: title },
    { kind: 'blank' },
    line('会议', meeting),
    line('时间', time),
    line('地点', detail.place),
    ...amendmentsOf(detail, 'meeting', detail.id),
    line('主持人', detail.chairName ? `${detail.chairName}${chairPost ? `（${chairPost}）` : ''}` : '未确定'),
    ...attendanceBlocks(detail, members),
    ...(detail.guests.length > 0 ? [line('列席', guestList(detail.guests))] : []),
    line('记录人', detail.recorderName),
    ...items.flatMap((item, index) => itemBlocks(detail, item, index, nameOf)),
    line('散会', ended ? chineseTime(ended) : '会议尚未结束'),
    { kind: 'signatureLines', labels: ['主持人（签字）：', '记录人（签字）：'] },
    // Signed: the seal's check code, to compare the paper with the vault.
    ...(detail.sealCheck ? [{ kind: 'checkCode' as const, code: detail.sealCheck.checkCode }] : []),
  ]
  // GB/T 9704 7.2.1: a classified document carries its 份号; the record is kept as one original, copy 000001.
  return { documentTitle: title, ...(classification ? { marks: { copyNumber: recordCopyNumber, classification } } : {}), blocks }
}

/** 2026年第15次常委会会议记录.docx */
export function meetingRecordFileName(detail: Pick<MeetingDetail, 'label'>): string {
  return `${detail.label}记录.docx`
}
