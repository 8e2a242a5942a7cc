import type { SecretMaterialView } from '../../meeting-papers/views'
import type { MeetingDetail } from '../../meetings/views'
import { chineseNumber, meetingFullName, officeClockTime } from '../meeting-text'
import type { DocumentBlock, DocumentModel } from '../model'
import { recordCopyNumber } from '../meeting-record'
import { classificationLevels, classificationMark, type Classification } from '../settings'
import type { PapersSettings } from './agenda'
import { itemsInOrder, printedItemTitle, whenAndWhere } from './common'

// 涉密材料分发回收登记表: per classified material its numbered copies (份号) and who received
// each, with columns to sign for it and to sign it back; what is already recorded (收回的时间,
// the reason a copy was closed without return) is printed. The register carries the highest
// classification among its materials.

export interface SecretRegisterInput {
  detail: MeetingDetail
  materials: readonly SecretMaterialView[]
  settings: Pick<PapersSettings, 'issuerShortName'>
  showPersonnelTitles: boolean
}

/** The most secret of the materials' classifications (the longer period at the same level). */
export function highestClassification(materials: readonly Pick<SecretMaterialView, 'classification'>[]): Classification | null {
  const rank = (c: Classification) => classificationLevels.indexOf(c.level) * 100 + (c.years ?? 0)
  return materials.map((m) => m.classification).reduce<Classification | null>((top, c) => (top === null || rank(c) > rank(top) ? c : top), null)
}

function remark(copy: SecretMaterialView['copies'][number]): string {
  if (copy.state === 'returned') return '已收回'
  if (copy.state === 'settled') return copy.note ?? ''
  return ''
}

export function secretRegisterModel({ detail, materials, settings, showPersonnelTitles }: SecretRegisterInput): DocumentModel {
  // Two title lines, broken where the meaning breaks rather than where the width does.
  const title = `${meetingFullName(detail, settings.issuerShortName)}\n涉密材料分发回收登记表`
  const items = itemsInOrder(detail)
  const blocks: DocumentBlock[] = [{ kind: 'title', text: title }, { kind: 'blank' }, ...whenAndWhere(detail)]
  for (const [index, material] of materials.entries()) {
    const item = items.findIndex((candidate) => candidate.id === material.itemId)
    const forItem = item >= 0 ? `，议题${chineseNumber(item + 1)}：${printedItemTitle(items[item]!, showPersonnelTitles)}` : ''
    // A material's heading and its register on one page when they fit on one.
    blocks.push({ kind: 'keepStart' }, { kind: 'heading', level: 2, text: `（${chineseNumber(index + 1)}）${material.title}` })
    blocks.push({ kind: 'paragraph', runs: [{ text: `${classificationMark(material.classification) ?? ''}，共${material.copies.length}份${forItem}。` }] })
    blocks.push({
      kind: 'table',
      // The header spaced out: six digits are wider than three characters in some fallback fonts.
      columns: ['份　　号', '领取人', '领取签名', '收回时间', '收回签名', '备注'],
      rows: material.copies.map((copy) => [copy.copyNumber, copy.recipientName, '', copy.state === 'returned' && copy.returnedAt ? officeClockTime(copy.returnedAt) : '', '', remark(copy)]),
      whole: [true, true, false, true, false, false],
      align: ['center', 'left', 'left', 'center', 'left', 'left'],
    }, { kind: 'keepEnd' })
  }
  const classification = highestClassification(materials)
  const mark = classification ? classificationMark(classification) : null
  return { documentTitle: title.replace('\n', ''), ...(mark ? { marks: { copyNumber: recordCopyNumber, classification: mark } } : {}), blocks }
}

/** 2026年第15次常委会会议涉密材料分发回收登记表.docx */
export const secretRegisterFileName = (detail: Pick<MeetingDetail, 'label'>): string => `${detail.label}涉密材料分发回收登记表.docx`
