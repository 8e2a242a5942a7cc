import type { GuestView, MeetingDetail } from '../../meetings/views'
import { leaveReasonLabels } from '../../meetings/vocabulary'
import { chineseNumber, meetingFullName } from '../meeting-text'
import type { DocumentBlock, DocumentModel } from '../model'
import { recordCopyNumber } from '../meeting-record'
import { classificationMark } from '../settings'
import type { PapersSettings } from './agenda'
import { itemsInOrder, printedItemTitle, whenAndWhere } from './common'

// 签到表: the 应到 members by the day's rank, a column to sign and one for 请假 (the reason
// filled where it is already recorded); then the 列席, the whole meeting's first and then
// those of each item, with the time they arrive and their signature.

export interface SignInSheetInput {
  detail: MeetingDetail
  settings: PapersSettings
  showPersonnelTitles: boolean
}

function leaveText(member: MeetingDetail['members'][number]): string {
  if (member.attendance !== 'leave') return ''
  return [member.leaveReason ? leaveReasonLabels[member.leaveReason] : '请假', member.leaveNote ?? ''].filter(Boolean).join('：')
}

function guestTable(guests: readonly GuestView[]): DocumentBlock {
  return {
    kind: 'table',
    columns: ['序号', '姓名', '单位及职务', '到会时间', '签名'],
    rows: guests.map((guest, index) => [String(index + 1), guest.name, guest.post ?? '', '', '']),
    whole: [true, true, false, true, false],
    align: ['center', 'left', 'left', 'center', 'left'],
  }
}

export function signInSheetModel({ detail, settings, showPersonnelTitles }: SignInSheetInput): DocumentModel {
  const title = `${meetingFullName(detail, settings.issuerShortName)}签到表`
  const members = [...detail.members].sort((a, b) => a.rank - b.rank)
  const blocks: DocumentBlock[] = [
    { kind: 'title', text: title },
    { kind: 'blank' },
    ...whenAndWhere(detail),
    { kind: 'heading', level: 1, text: `一、应到会成员（${members.length}人）` },
    {
      kind: 'table',
      columns: ['序号', '姓名', '职务', '签名', '请假'],
      rows: members.map((member, index) => [String(index + 1), member.name, member.post, '', leaveText(member)]),
      whole: [true, true, true, false, false],
      align: ['center', 'left', 'left', 'left', 'left'],
    },
  ]
  const groups = [
    { heading: '全程列席', guests: detail.guests },
    ...itemsInOrder(detail).map((item, index) => ({ heading: `议题${chineseNumber(index + 1)}：${printedItemTitle(item, showPersonnelTitles)}`, guests: item.topic.guests })),
  ].filter((group) => group.guests.length > 0)
  if (groups.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: '二、列席人员' })
    for (const [index, group] of groups.entries()) {
      // A group's heading never stands alone at the foot of a page.
      blocks.push({ kind: 'keepStart' }, { kind: 'heading', level: 2, text: `（${chineseNumber(index + 1)}）${group.heading}` }, guestTable(group.guests), { kind: 'keepEnd' })
    }
  }
  const classification = classificationMark(settings.defaultClassification)
  return { documentTitle: title, ...(classification ? { marks: { copyNumber: recordCopyNumber, classification } } : {}), blocks }
}

/** 2026年第15次常委会会议签到表.docx */
export const signInSheetFileName = (detail: Pick<MeetingDetail, 'label'>): string => `${detail.label}签到表.docx`
