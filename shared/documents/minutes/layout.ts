import { chineseDate } from '../../roster/dates'
import type { DocumentBlock, DocumentModel, HeaderMarks } from '../model'
import { classificationMark, type DocumentSettings } from '../settings'
import type { MinutesContent, MinutesSection } from './content'
import { chineseNumber, viewSentence } from './phrasing'

// The 纪要 layout (GB/T 9704 and the office's custom): the red mark, 第×期, the issuing
// office and date on one line, the red rule; the body; 出席/请假/列席; 分送 at the end.

/** 中共示例区委常委会会议纪要: the mark set for the body, else the committee's name, the body and 纪要. */
export function minutesMark(settings: Pick<DocumentSettings, 'minutesMarks' | 'documentMark' | 'issuerShortName'>, body: { id: string; name: string }): string {
  const set = settings.minutesMarks[body.id]
  if (set) return set
  // 中共示例区委文件 → 中共示例区委: the full name of the issuer, as the 纪要 mark carries it.
  const issuer = settings.documentMark.replace(/文件$/u, '') || settings.issuerShortName
  const bodyName = body.name.startsWith(settings.issuerShortName) ? body.name.slice(settings.issuerShortName.length) : body.name
  return `${issuer}${bodyName.replace(/会议$/u, '')}会议纪要`
}

export interface MinutesLayoutInput {
  content: MinutesContent
  /** What the document is: 2026年第15次常委会会议纪要 */
  documentTitle: string
  mark: string
  issueNumber: number
  /** 印发机关: 中共示例区委办公室 */
  office: string
  /** The 纪要's date (YYYY-MM-DD): the day the 签发人 signed, or the day of the preview before that. */
  date: string
  /** 签发人, once signed: on the 期号's line, on the right (GB/T 9704 7.2.6); null before. */
  signerName: string | null
  /**
   * The candidates' paragraphs of 干部任免 items by agenda item, read from the book for a
   * holder of the grant; null prints every such item as its reference.
   */
  personnel: Readonly<Record<string, string[]>> | null
  /** Issued: the check code of the meeting's seal (签发 of the 纪要 seals the record), printed after the text. */
  checkCode?: string
}

function headerMarks(content: MinutesContent): HeaderMarks | undefined {
  const classification = classificationMark(content.classification)
  if (!classification) return undefined
  return content.copyNumber ? { copyNumber: content.copyNumber, classification } : { classification }
}

const paragraph = (text: string): DocumentBlock => ({ kind: 'paragraph', runs: [{ text }] })
const withFullStop = (text: string) => text.replace(/[，、；。,;.]*$/u, '。')

/** A section's paragraphs, with 会议认为 after the first (会议听取了……的汇报) when the secretary wrote one. */
export function sectionTexts(section: MinutesSection, fromBook?: readonly string[]): string[] {
  const texts = (fromBook ?? section.paragraphs).map((text) => text.trim()).filter((text) => text.length > 0)
  const view = section.personnel ? null : viewSentence(section.view)
  return view ? [...texts.slice(0, 1), view, ...texts.slice(1)] : texts
}

export function minutesDocument(input: MinutesLayoutInput): DocumentModel {
  const { content } = input
  const blocks: DocumentBlock[] = [
    { kind: 'redMark', text: input.mark },
    // GB/T 9704 7.2.6: with a 签发人 the number moves left (one character in) and 签发人：name
    // (name in 楷体) takes the right end of its line.
    input.signerName ? { kind: 'splitLine', left: `第${input.issueNumber}期`, right: '签发人：', rightName: input.signerName } : { kind: 'centredLine', text: `第${input.issueNumber}期` },
    { kind: 'splitLine', left: input.office, right: chineseDate(input.date) },
    { kind: 'redRule' },
  ]
  if (content.opening.trim()) blocks.push(paragraph(content.opening.trim()))
  const numbered = content.sections.length > 1
  content.sections.forEach((section, index) => {
    if (numbered) blocks.push({ kind: 'heading', level: 1, text: `${chineseNumber(index + 1)}、${section.heading.trim()}` })
    const fromBook = section.personnel && content.includePersonnel ? input.personnel?.[section.agendaItemId] : undefined
    for (const text of sectionTexts(section, fromBook)) blocks.push(paragraph(text))
  })
  const lines = [
    { label: '出席：', text: content.attendance.present },
    { label: '请假：', text: content.attendance.leave },
    { label: '列席：', text: content.attendance.guests },
  ].filter((line) => line.text.trim().length > 0)
  if (lines.length > 0) blocks.push({ kind: 'blank' })
  for (const line of lines) blocks.push({ kind: 'labelled', label: line.label, text: line.text.trim() })
  if (input.checkCode) blocks.push({ kind: 'blank' }, { kind: 'checkCode', code: input.checkCode })
  blocks.push({
    kind: 'colophon',
    // GB/T 9704 7.4.2: the 抄送/分送 list ends with 「。」.
    lines: content.distribution.trim() ? [{ label: '分送', text: withFullStop(content.distribution.trim()) }] : [],
    printer: { office: input.office, date: chineseDate(input.date) },
  })
  const marks = headerMarks(content)
  return marks ? { documentTitle: input.documentTitle, marks, blocks } : { documentTitle: input.documentTitle, blocks }
}
