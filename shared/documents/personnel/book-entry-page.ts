import { formatChineseDate } from '../../personnel/dates'
import { describeQuorum } from '../../meetings/quorum'
import type { BallotTallyView, BookEntryView, CandidateDecisionView } from '../../personnel/views'
import type { StageDates } from '../../personnel/vocabulary'
import { candidateVoteText } from '../../personnel/vote-text'
import type { DocumentBlock, DocumentModel } from '../model'
import { normaliseDeputy } from './wording'
import { recordCopyNumber } from '../meeting-record'
import { chineseTime } from '../meeting-text'

// A page of the 干部任免专用记录本 in the book's fixed template: the entry's numbers, the
// meeting, the 组织部's briefing, who should attend and who came with the two-thirds quorum,
// recusals with reasons, then per candidate the posts, when the candidate was inspected
// (考察) and consulted (酝酿), every member's view, the vote and the result, and the lines
// on which the chair and the recorder sign.

export interface EntryMeeting {
  /** 2026年第15次常委会会议 */
  label: string
  date: string
  /** 'HH:MM' */
  startTime: string
  place: string
  chairName: string
  recorderName: string
}

export interface BookEntryPageInput {
  entry: BookEntryView
  meeting: EntryMeeting
  /** 现任职务 as decided (the entry's snapshot), by candidate decision id. */
  currentPosts: Record<string, string>
  /** 机密★10年 when the office classifies its book pages. */
  classification: string | null
  /** The dates of 考察 and 酝酿 as the candidate's matter records them (null: not recorded), by candidate decision id. */
  stages?: Record<string, Pick<StageDates, 'inspectedOn' | 'consultedOn'>>
  /** Who briefed the meeting for the 组织部: the topic's 汇报人, 赵部长（区委组织部部长）. */
  briefedBy?: string | null
}

const chineseNumerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** 一、二、… 十、十一、 for the candidates' headings. */
export function chineseOrdinal(n: number): string {
  if (n <= 10) return chineseNumerals[n - 1] ?? String(n)
  if (n < 20) return `十${chineseNumerals[n - 11] ?? ''}`
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${chineseNumerals[tens - 1] ?? ''}十${ones === 0 ? '' : chineseNumerals[ones - 1]}`
}

/** 干部任免专用记录本2026年第1册第3号.docx */
export function entryPageFileName(entry: Pick<BookEntryView, 'label'>): string {
  return `干部任免专用记录本${entry.label}.docx`
}

/** The members who should attend and those who came: the same for every candidate but recusals. */
function attendance(entry: BookEntryView): { members: number; present: number } {
  const first = entry.candidates[0]
  if (!first) return { members: 0, present: 0 }
  return { members: first.members.length, present: first.members.filter((m) => m.presence !== 'absent').length }
}

function recusalRows(entry: BookEntryView): string[][] {
  return entry.candidates.flatMap((c) => c.members.filter((m) => m.presence === 'recused').map((m) => [m.memberName, c.cadreName, m.recusalReason ?? '']))
}

function voteText(c: CandidateDecisionView, tally: BallotTallyView | null): string {
  return `${candidateVoteText(c, tally)}（${c.voteMethodLabel}，通过需同意${c.required}票）`
}

function memberViewText(row: CandidateDecisionView['members'][number]): string {
  if (row.presence === 'absent') return '未参加'
  if (row.presence === 'recused') return '回避'
  return row.viewLabel ?? '未表态'
}

/** Two members a row, in rank order, so a page holds the whole body. */
function inPairs(cells: string[][]): string[][] {
  const rows: string[][] = []
  for (let i = 0; i < cells.length; i += 2) rows.push([...(cells[i] ?? []), ...(cells[i + 1] ?? ['', ''])])
  return rows
}

function candidateBlocks(c: CandidateDecisionView, index: number, currentPost: string, tally: BallotTallyView | null, stages: Pick<StageDates, 'inspectedOn' | 'consultedOn'> | undefined): DocumentBlock[] {
  const fields: string[][] = [
    ['姓名', c.cadreName],
    ['现任职务', normaliseDeputy(currentPost) || '—'],
    ['任免类型', c.actionLabel],
    ['拟任职务', normaliseDeputy(c.proposedPost) || '—'],
    ['拟免职务', normaliseDeputy(c.postToRemove) || '—'],
    ...(stages?.inspectedOn ? [['考察', `${formatChineseDate(stages.inspectedOn)}完成考察`]] : []),
    ...(stages?.consultedOn ? [['酝酿', `${formatChineseDate(stages.consultedOn)}经书记专题会议酝酿`]] : []),
    ['到会情况', describeQuorum(c.quorum, 'document')],
    ['表决情况', voteText(c, tally)],
    ['表决结果', c.resultLabel],
  ]
  if (c.reconsiderationAgreed !== null) fields.splice(fields.length - 2, 0, ['复议', `同意复议${c.reconsiderationAgreed}人`])
  // A candidate's record stays on one page (kept group), its two parts numbered （一）（二）.
  return [
    { kind: 'keepStart' },
    { kind: 'heading', level: 1, text: `${chineseOrdinal(index + 1)}、${c.cadreName}` },
    { kind: 'heading', level: 2, text: '（一）基本情况和表决结果' },
    { kind: 'table', columns: ['项目', '内容'], rows: fields, whole: [true, false] },
    { kind: 'heading', level: 2, text: '（二）成员意见' },
    { kind: 'table', columns: ['成员', '意见', '成员', '意见'], rows: inPairs(c.members.map((m) => [m.memberName, memberViewText(m)])), whole: [true, true, true, true], align: ['left', 'center', 'left', 'center'] },
    { kind: 'keepEnd' },
  ]
}

export function buildBookEntryPage(input: BookEntryPageInput): DocumentModel {
  const { entry, meeting } = input
  const counts = attendance(entry)
  const recusals = recusalRows(entry)
  const correction: DocumentBlock[] = entry.correctsLabel
    ? [{ kind: 'paragraph', runs: [{ text: '更正记录：', font: 'hei' }, { text: `本记录更正${entry.correctsLabel}，更正原因：${entry.correctionReason ?? ''}。` }] }]
    : []
  const quorumRequired = entry.candidates[0]?.quorum.required ?? 0
  return {
    documentTitle: `干部任免专用记录本${entry.label}`,
    // GB/T 9704 7.2.1: classified, so with its 份号 (the book's page is a single original).
    marks: input.classification ? { copyNumber: recordCopyNumber, classification: input.classification } : undefined,
    blocks: [
      { kind: 'title', text: '干部任免专用记录本' },
      { kind: 'centredLine', text: `${entry.bookYear}年第${entry.bookNumber}册\u3000第${entry.number}号` },
      ...correction,
      {
        kind: 'table',
        columns: ['项目', '内容'],
        whole: [true, false],
        rows: [
          ['会议', meeting.label],
          ['时间', `${formatChineseDate(meeting.date)}${chineseTime(meeting.startTime)}`],
          ['地点', meeting.place],
          ['主持人', meeting.chairName],
          ['记录人', meeting.recorderName],
          ['议题', entry.topicTitle],
          ...(input.briefedBy ? [['组织部汇报', `${input.briefedBy}汇报人选的酝酿、考察情况`]] : []),
          ['应到', `${counts.members}人`],
          ['实到', `${counts.present}人（三分之二以上须${quorumRequired}人）`],
          ...(entry.ballotTally ? [['监票人', entry.ballotTally.scrutineers.join('、')], ['计票人', entry.ballotTally.tellers.join('、')]] : []),
        ],
      },
      { kind: 'paragraph', runs: [{ text: '回避情况：', font: 'hei' }, { text: recusals.length === 0 ? '无。' : '' }] },
      ...(recusals.length === 0 ? [] : [{ kind: 'table' as const, columns: ['回避人员', '涉及人选', '回避原因'], rows: recusals, whole: [true, true, false] }]),
      ...entry.candidates.flatMap((c, index) => candidateBlocks(c, index, input.currentPosts[c.id] ?? '', entry.ballotTally, input.stages?.[c.id])),
      { kind: 'blank' },
      { kind: 'signatureLines', labels: ['主持人（签字）', '记录人（签字）'] },
      // Sealed: the seal's check code, to compare the page with the vault.
      ...(entry.sealed ? [{ kind: 'checkCode' as const, code: entry.sealed.check.checkCode }] : []),
    ],
  }
}
