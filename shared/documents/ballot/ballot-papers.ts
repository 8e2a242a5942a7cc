import { formatChineseDate } from '../../personnel/dates'
import type { DocumentBlock, DocumentModel } from '../model'
import { normaliseDeputy } from '../personnel/wording'

// 表决票 for a secret ballot (无记名投票): one sheet per member taking part in the item
// (present, not out for it, not recused), each listing every candidate with the posts (or,
// for an item other than personnel, the item) and the 同意 / 不同意 / 弃权 boxes, the meeting and item, and the 填票说明. A classified meeting's
// ballots each carry the 密级 and a 份号 (GB/T 9704 7.2.1), which is then the ballot's serial
// number; unclassified ballots are numbered only when asked.

export interface BallotCandidate {
  name: string
  proposedPost: string
  postToRemove: string
}

export interface BallotPapersInput {
  /** 2026年第15次常委会会议 */
  meetingLabel: string
  meetingDate: string
  itemTitle: string
  /** A personnel item's candidates, each voted on; empty for any other item (the item itself is voted on). */
  candidates: readonly BallotCandidate[]
  /** 发出: the members taking part in the item's vote. */
  count: number
  numbered: boolean
  /** 机密★10年, or null when the meeting's papers are not classified. */
  classification: string | null
}

/** 2026年第15次常委会会议表决票.docx */
export function ballotPapersFileName(meetingLabel: string): string {
  return `${meetingLabel}表决票.docx`
}

const secrecy = '3．本票不记名，请勿在票上书写姓名或作其他标记，填写后投入票箱。'
const candidateInstructions = [
  '1．对每名人选，只能在“同意”“不同意”“弃权”中选择一项，在相应栏内划“○”。',
  '2．对同一名人选划“○”超过一个的，本票对该人选无效，不影响对其他人选的表决。',
  secrecy,
]
const itemInstructions = ['1．只能在“同意”“不同意”“弃权”中选择一项，在相应栏内划“○”。', '2．划“○”超过一个的，本票无效。', secrecy]

const markColumns = { columns: ['同意', '不同意', '弃权'], whole: [true, true, true], align: ['center', 'center', 'center'] as const, blank: ['', '', ''] }

/** The candidates with their posts, or the item itself, each with the three boxes to mark. */
function ballotBlocks(input: BallotPapersInput): DocumentBlock[] {
  if (input.candidates.length === 0) {
    return [{ kind: 'table', columns: ['表决事项', ...markColumns.columns], rows: [[input.itemTitle, ...markColumns.blank]], whole: [false, ...markColumns.whole], align: ['left', ...markColumns.align] }]
  }
  return [
    { kind: 'labelled', label: '表决事项：', text: input.itemTitle },
    {
      kind: 'table',
      columns: ['序号', '姓名', '拟任职务', '拟免职务', ...markColumns.columns],
      rows: input.candidates.map((c, i) => [String(i + 1), c.name, normaliseDeputy(c.proposedPost) || '—', normaliseDeputy(c.postToRemove) || '—', ...markColumns.blank]),
      whole: [true, true, false, false, ...markColumns.whole],
      align: ['center', 'left', 'left', 'left', ...markColumns.align],
    },
  ]
}

function sheet(input: BallotPapersInput, serial: number): DocumentBlock[] {
  const numbered = input.numbered || input.classification !== null
  const copyNumber = numbered ? String(serial).padStart(6, '0') : undefined
  const marks = copyNumber || input.classification ? [{ kind: 'sheetMarks' as const, marks: { ...(copyNumber ? { copyNumber } : {}), ...(input.classification ? { classification: input.classification } : {}) } }] : []
  return [
    ...marks,
    { kind: 'title', text: '表决票' },
    { kind: 'centredLine', text: `${input.meetingLabel}（${formatChineseDate(input.meetingDate)}）` },
    { kind: 'blank' },
    ...ballotBlocks(input),
    { kind: 'paragraph', runs: [{ text: '填票说明：', font: 'hei' }] },
    ...(input.candidates.length === 0 ? itemInstructions : candidateInstructions).map((text): DocumentBlock => ({ kind: 'paragraph', runs: [{ text }] })),
  ]
}

export function buildBallotPapers(input: BallotPapersInput): DocumentModel {
  const sheets = Array.from({ length: input.count }, (_, i) => sheet(input, i + 1))
  return {
    documentTitle: `${input.meetingLabel}表决票`,
    blocks: sheets.flatMap((blocks, i) => (i === 0 ? blocks : [{ kind: 'pageBreak' as const }, ...blocks])),
  }
}
