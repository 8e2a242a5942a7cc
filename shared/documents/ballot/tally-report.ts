import { formatChineseDate } from '../../personnel/dates'
import type { BallotTallyView, BookEntryView } from '../../personnel/views'
import type { DocumentModel } from '../model'
import { recordCopyNumber } from '../meeting-record'
import { normaliseDeputy } from '../personnel/wording'

// 计票结果报告单: what the 监票人 reads out after counting a secret ballot and the chair
// announces — the ballots issued, returned, valid and void, each candidate's counts and
// result on the 应到 majority — with lines for the 监票人, 计票人 and chair to sign.

export interface TallyReportInput {
  entry: BookEntryView & { ballotTally: BallotTallyView }
  meetingDate: string
  /** 机密★10年, or null. */
  classification: string | null
}

/** 2026年第15次常委会会议计票结果报告单.docx */
export function tallyReportFileName(meetingLabel: string): string {
  return `${meetingLabel}计票结果报告单.docx`
}

export function buildTallyReport(input: TallyReportInput): DocumentModel {
  const { entry } = input
  const tally = entry.ballotTally
  const required = entry.candidates[0]?.required ?? 0
  const invalid = tally.invalid > 0 ? `，无效票${tally.invalid}张` : ''
  return {
    documentTitle: `${entry.meetingLabel}计票结果报告单`,
    // A single original, like the book's page: 份号 000001 when classified.
    marks: input.classification ? { copyNumber: recordCopyNumber, classification: input.classification } : undefined,
    blocks: [
      { kind: 'title', text: '计票结果报告单' },
      { kind: 'centredLine', text: `${entry.meetingLabel}（${formatChineseDate(input.meetingDate)}）` },
      { kind: 'blank' },
      { kind: 'labelled', label: '表决事项：', text: entry.topicTitle },
      { kind: 'labelled', label: '表决方式：', text: '无记名投票' },
      {
        kind: 'paragraph',
        runs: [{ text: `本次会议应到${tally.members}人，实到${tally.present}人。发出表决票${tally.issued}张，收回${tally.returned}张，其中有效票${tally.valid}张${invalid}。经监票人监督、计票人清点，各人选得票情况如下：` }],
      },
      {
        kind: 'table',
        columns: ['姓名', '拟任（拟免）职务', '同意', '不同意', '弃权', '结果'],
        rows: entry.candidates.map((c) => {
          const posts = [normaliseDeputy(c.proposedPost) && `拟任${normaliseDeputy(c.proposedPost)}`, normaliseDeputy(c.postToRemove) && `拟免${normaliseDeputy(c.postToRemove)}`].filter(Boolean).join('；')
          return [c.cadreName, posts || '—', `${c.counts.for}票`, `${c.counts.against}票`, `${c.counts.abstain}票`, c.resultLabel]
        }),
        whole: [true, false, true, true, true, true],
        align: ['left', 'left', 'center', 'center', 'center', 'center'],
      },
      { kind: 'paragraph', runs: [{ text: `同意票超过应到会成员半数（${required}票以上）为通过。` }] },
      { kind: 'paragraph', runs: [{ text: `监票人：${tally.scrutineers.join('、')}；计票人：${tally.tellers.join('、')}。` }] },
      { kind: 'signatureLines', labels: ['监票人（签字）', '计票人（签字）', '主持人（签字）'] },
    ],
  }
}
