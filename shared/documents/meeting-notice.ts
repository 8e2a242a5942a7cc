import type { MeetingDetail } from '../meetings/views'
import { chineseDate } from '../roster/dates'
import type { DocumentBlock, DocumentModel } from './model'
import { phoneWithAreaCode, type DocumentSettings } from './settings'
import { chineseDateWithWeekday, chineseNumber, chineseTime, guestList, meetingFullName, nameList } from './meeting-text'

// 会议通知: who meets when and where, and the topics in order with their presenters and
// 列席, under the issuing office's 版头, with whom to call. Pure: the meeting as loaded, the
// document settings and the day it is issued.

export type NoticeSettings = Pick<DocumentSettings, 'issuerShortName' | 'printingOffice' | 'areaCode' | 'meetingContact'>

export interface MeetingNoticeInput {
  detail: MeetingDetail
  settings: NoticeSettings
  /** The day the notice goes out (yyyy-MM-dd): the day it was notified, else today. */
  issuedOn: string
}

const paragraph = (text: string): DocumentBlock => ({ kind: 'paragraph', runs: [{ text }] })

/** 区委常委： for a standing committee, the members by name otherwise. */
function addressee(detail: MeetingDetail, issuerShortName: string): string {
  if (detail.body.kind === 'standing') return `${issuerShortName}常委：`
  return `${nameList(detail.members.map((member) => member.name))}同志：`
}

function topicBlocks(detail: MeetingDetail): DocumentBlock[] {
  const items = [...detail.items].sort((a, b) => a.position - b.position)
  if (items.length === 0) return [paragraph('会议议题另行通知。')]
  return items.flatMap((item, index) => {
    const topic = item.topic
    const blocks: DocumentBlock[] = [{ kind: 'heading', level: 2, text: `（${chineseNumber(index + 1)}）${topic.title}` }]
    blocks.push(paragraph(`汇报单位：${topic.proposingUnit}；汇报人：${topic.presenter}。`))
    if (topic.guests.length > 0) blocks.push(paragraph(`列席：${guestList(topic.guests)}。`))
    return blocks
  })
}

export function meetingNoticeModel(input: MeetingNoticeInput): DocumentModel {
  const { detail, settings } = input
  const meeting = meetingFullName(detail, settings.issuerShortName)
  const office = `${settings.issuerShortName}办公室`
  const when = `${chineseDateWithWeekday(detail.date)}${chineseTime(detail.startTime)}`
  const title = `关于召开${meeting}的通知`
  const members = [...detail.members].sort((a, b) => a.rank - b.rank)
  const attendees: DocumentBlock[] = [paragraph(`${nameList(members.map((member) => member.name))}同志。`)]
  if (detail.guests.length > 0) attendees.push(paragraph(`列席：${guestList(detail.guests)}。`))
  const contact = settings.meetingContact
  const blocks: DocumentBlock[] = [
    // GB/T 9704 7.2.3, 7.2.5: the issuing office's mark 35 mm below the text block's top, the red rule under it (a notice has no 发文字号).
    { kind: 'redMark', text: settings.printingOffice },
    { kind: 'blank' },
    { kind: 'redRule' },
    // 7.3.1: the title two lines below the red rule.
    { kind: 'blank' },
    { kind: 'blank' },
    { kind: 'title', text: title },
    { kind: 'blank' },
    { kind: 'addressee', text: addressee(detail, settings.issuerShortName) },
    paragraph(`${detail.chairName ? `经${detail.chairName}同志同意，` : ''}定于${when}在${detail.place}召开${meeting}。现将有关事项通知如下：`),
    { kind: 'heading', level: 1, text: '一、会议时间' },
    paragraph(`${when}。`),
    { kind: 'heading', level: 1, text: '二、会议地点' },
    paragraph(`${detail.place}。`),
    { kind: 'heading', level: 1, text: '三、主持人' },
    paragraph(detail.chairName ? `${detail.chairName}同志。` : '另行确定。'),
    { kind: 'heading', level: 1, text: '四、出席人员' },
    ...attendees,
    { kind: 'heading', level: 1, text: '五、会议议题' },
    ...topicBlocks(detail),
    { kind: 'heading', level: 1, text: '六、有关要求' },
    paragraph(`1.请出席同志准时参会。因故不能出席的，请于会前向${office}请假。`),
    paragraph('2.列席同志请按议题顺序提前15分钟到会候会，汇报结束后即行退席。'),
    paragraph(`3.请汇报单位于会前将汇报材料报送${office}。`),
    ...(contact.name ? [paragraph(`联系人：${contact.name}；联系电话：${phoneWithAreaCode(contact.phone, settings.areaCode)}。`)] : []),
    { kind: 'signature', issuer: settings.printingOffice, date: chineseDate(input.issuedOn) },
  ]
  return { documentTitle: title, blocks }
}

/** 2026年第15次常委会会议通知.docx */
export function meetingNoticeFileName(detail: Pick<MeetingDetail, 'label'>): string {
  return `${detail.label}通知.docx`
}
