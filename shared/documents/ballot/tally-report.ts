import type { VoteCounts } from '../../meetings/voting'
import { formatChineseDate } from '../../personnel/dates'
import type { BallotTallyView, BookEntryView } from '../../personnel/views'
import type { DocumentModel } from '../model'
import { recordCopyNumber } from '../meeting-record'
import { normaliseDeputy } from '../personnel/wording'

// 计票结果报告单: what the 监票人 reads out after counting a secret ballot and the chair
// announces — the ballots issued, returned, valid and void, each candidate's (or the item's)
// counts and result on the 应到 majority — with lines for the 监票人, 计票人 and chair to sign.

export interface TallyReportRow {
  /** The candidate's name, or null for the item itself. */
  name: string | null
  /** 拟任…；拟免… for a candidate. */
  posts: string
  counts: VoteCounts
  resultLabel: string
}

export interface TallyReportInput {
  meetingLabel: string
  meetingDate: string
  itemTitle: string
  /** 应到, 实到, the ballots and who counted them (names). */
  tally: Omit<BallotTallyView, 'recordedAt'>
  rows: readonly TallyReportRow[]
  /** Votes for that passing needs (超过应到半数). */
  required: number
  /** 机密★10年, or null. */
  classification: string | null
}

/** 2026年第15次常委会会议计票结果报告单.docx */
export function tallyReportFileName(meetingLabel: string): string {
  return `${meetingLabel}计票结果报告单.docx`
}

/** A personnel item's rows: each candidate with the posts as decided. */
export function candidateRows(entry: BookEntryView): TallyReportRow[] {
  return entry.candidates.map((c) => {
    const proposed = normaliseDeputy(c.proposedPost)
    const removed = normaliseDeputy(c.postToRemove)
    return { name: c.cadreName, posts: [proposed && `拟任${proposed}`, removed && `拟免${removed}`].filter(Boolean).join('；'), counts: c.counts, resultLabel: c.resultLabel }
  })
}

const votes = (counts: VoteCounts) => [`${counts.for}票`, `${counts.against}票`, `${counts.abstain}票`]

export function buildTallyReport(input: TallyReportInput): DocumentModel {
  const { tally } = input
  const invalid = tally.invalid > 0 ? `，无效票${tally.invalid}张` : ''
  const candidates = input.rows.some((row) => row.name !== null)
  const table = candidates
    ? { columns: ['姓名', '拟任（拟免）职务', '同意', '不同意', '弃权', '结果'], rows: input.rows.map((r) => [r.name ?? '', r.posts || '—', ...votes(r.counts), r.resultLabel]), whole: [true, false, true, true, true, true], align: ['left', 'left', 'center', 'center', 'center', 'center'] as const }
    : { columns: ['同意', '不同意', '弃权', '结果'], rows: input.rows.map((r) => [...votes(r.counts), r.resultLabel]), whole: [true, true, true, true], align: ['center', 'center', 'center', 'center'] as const }
  return {
    documentTitle: `${input.meetingLabel}计票结果报告单`,
    // A single original, like the book's page: 份号 000001 when classified.
    marks: input.classification ? { copyNumber: recordCopyNumber, classification: input.classification } : undefined,
    blocks: [
      { kind: 'title', text: '计票结果报告单' },
      { kind: 'centredLine', text: `${input.meetingLabel}（${formatChineseDate(input.meetingDate)}）` },
      { kind: 'blank' },
      { kind: 'labelled', label: '表决事项：', text: input.itemTitle },
      { kind: 'labelled', label: '表决方式：', text: '无记名投票' },
      {
        kind: 'paragraph',
        runs: [{ text: `本次会议应到${tally.members}人，实到${tally.present}人。发出表决票${tally.issued}张，收回${tally.returned}张，其中有效票${tally.valid}张${invalid}。经监票人监督、计票人清点，${candidates ? '各人选得票情况' : '表决结果'}如下：` }],
      },
      { kind: 'table', columns: table.columns, rows: table.rows, whole: table.whole, align: [...table.align] },
      { kind: 'paragraph', runs: [{ text: `同意票超过应到会成员半数（${input.required}票以上）为通过。` }] },
      { kind: 'paragraph', runs: [{ text: `监票人：${tally.scrutineers.join('、')}；计票人：${tally.tellers.join('、')}。` }] },
      { kind: 'signatureLines', labels: ['监票人（签字）', '计票人（签字）', '主持人（签字）'] },
    ],
  }
}
