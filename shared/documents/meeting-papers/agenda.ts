import type { MeetingDetail } from '../../meetings/views'
import { chineseNumber, chineseTime, guestList, meetingFullName } from '../meeting-text'
import type { DocumentBlock, DocumentModel } from '../model'
import { recordCopyNumber } from '../meeting-record'
import { classificationMark, type DocumentSettings } from '../settings'
import { itemsInOrder, labelledLine, printedItemTitle, whenAndWhere } from './common'

// 会议议程: the items in order, each with its planned time when set, its 汇报单位 and 汇报人
// and the 列席 for it. A
// personnel item's title is printed only for a holder of the 干部任免 grant.

export type PapersSettings = Pick<DocumentSettings, 'issuerShortName' | 'defaultClassification'>

export interface MeetingAgendaInput {
  detail: MeetingDetail
  settings: PapersSettings
  showPersonnelTitles: boolean
}

export function meetingAgendaModel({ detail, settings, showPersonnelTitles }: MeetingAgendaInput): DocumentModel {
  const title = `${meetingFullName(detail, settings.issuerShortName)}议程`
  const items = itemsInOrder(detail)
  const blocks: DocumentBlock[] = [
    { kind: 'title', text: title },
    { kind: 'blank' },
    ...whenAndWhere(detail),
    labelledLine('主持人', detail.chairName ?? '另行确定'),
    ...(detail.guests.length > 0 ? [labelledLine('全程列席', guestList(detail.guests))] : []),
    { kind: 'blank' },
  ]
  if (items.length === 0) blocks.push({ kind: 'paragraph', runs: [{ text: '会议议题另行通知。' }] })
  for (const [index, item] of items.entries()) {
    blocks.push({ kind: 'heading', level: 1, text: `${chineseNumber(index + 1)}、${printedItemTitle(item, showPersonnelTitles)}` })
    if (item.plannedTime) blocks.push(labelledLine('时间', chineseTime(item.plannedTime)))
    blocks.push(labelledLine('汇报人', `${item.topic.proposingUnit} ${item.topic.presenter}`))
    if (item.topic.guests.length > 0) blocks.push(labelledLine('列席', guestList(item.topic.guests)))
  }
  const classification = classificationMark(settings.defaultClassification)
  return { documentTitle: title, ...(classification ? { marks: { copyNumber: recordCopyNumber, classification } } : {}), blocks }
}

/** 2026年第15次常委会会议议程.docx */
export const meetingAgendaFileName = (detail: Pick<MeetingDetail, 'label'>): string => `${detail.label}议程.docx`
