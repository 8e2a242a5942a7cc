import { countTasks } from '../follow-up/task-filter'
import { daysOverdue } from '../follow-up/task-status'
import type { FollowUpRow } from '../follow-up/views'
import { topicCategories, topicCategoryLabels } from '../meetings/vocabulary'
import { chineseDate } from '../roster/dates'
import type { DocumentBlock, DocumentModel } from './model'

// 督办通报: where the committee's decisions stand, built from the 督办 list as filtered. The
// page previews this model and core renders the same model to .docx.

export interface FollowUpReportInput {
  rows: readonly FollowUpRow[]
  today: string
  /** 区委 (设置 → 公文 机关简称) */
  issuerShortName: string
  /** 中共示例区委办公室, who issues the 通报 */
  office: string
  /** The meeting the list was filtered to, when it was. */
  meetingLabel?: string | null
}

/** 关于2026年第15次常委会会议决策事项…, or 关于2026年区委常委会决策事项… */
export function followUpReportTitle(input: Pick<FollowUpReportInput, 'today' | 'issuerShortName' | 'meetingLabel'>): string {
  const subject = input.meetingLabel ?? `${input.today.slice(0, 4)}年${input.issuerShortName}常委会`
  return `关于${subject}决策事项督办情况的通报`
}

/** 8月19日 in the year of `today`, else 2025年8月19日. */
const shortDate = (date: string, today: string) => (date.slice(0, 4) === today.slice(0, 4) ? chineseDate(date).replace(/^\d{4}年/u, '') : chineseDate(date))

const paragraph = (text: string): DocumentBlock => ({ kind: 'paragraph', runs: [{ text }] })
/** （一）压实工作责任。…: the run-in heading in 楷体 (GB/T 9704 7.3.3, second level), the rest in 仿宋. */
function runInHeading(text: string): DocumentBlock {
  const heading = /^（[一二三四五六七八九十]+）[^。]*。/u.exec(text)?.[0] ?? ''
  return { kind: 'paragraph', runs: [...(heading ? [{ text: heading, font: 'kai' as const }] : []), { text: text.slice(heading.length) }] }
}
const percent = (part: number, whole: number) => (whole === 0 ? '0%' : `${Math.round((part / whole) * 1000) / 10}%`)

function overallParagraphs(rows: readonly FollowUpRow[]): DocumentBlock[] {
  const counts = countTasks(rows)
  const finished = counts.completed + counts.closed
  const byCategory = topicCategories
    .map((category) => ({ label: topicCategoryLabels[category], n: rows.filter((row) => row.category === category).length }))
    .filter((entry) => entry.n > 0)
    .map((entry) => `${entry.label}${entry.n}项`)
  const blocks = [
    paragraph(`从事项类别看，${byCategory.length > 0 ? byCategory.join('，') : '暂无事项'}。从办理进度看，已办结${finished}项（其中经回头看确认销号${counts.closed}项），办结率${percent(finished, counts.total)}；推进中${counts.inProgress}项，未启动${counts.notStarted}项，逾期${counts.overdue}项，逾期率${percent(counts.overdue, counts.total)}。`),
  ]
  const dueSoon = rows.filter((row) => row.dueSoon && row.status !== 'overdue')
  if (dueSoon.length > 0) blocks.push(paragraph(`另有${dueSoon.length}项将在7日内到期：${dueSoon.map((row) => `“${row.topicTitle}”（${row.responsibleUnits ?? '责任单位未定'}，${chineseDate(row.effectiveDeadline ?? row.deadline ?? '')}）`).join('；')}，请相关单位抓紧办理。`))
  return blocks
}

function overdueBlocks(rows: readonly FollowUpRow[], today: string): DocumentBlock[] {
  const overdue = rows.filter((row) => row.status === 'overdue')
  if (overdue.length === 0) return [paragraph('截至目前，没有逾期未办结的事项。')]
  return [
    paragraph(`以下${overdue.length}项事项已超过办结时限，尚未报办结：`),
    {
      kind: 'table',
      // The meeting goes with the matter, dates of this year without the year.
      columns: ['序号', '决策事项', '牵头领导', '责任单位', '办结时限', '逾期天数'],
      // Names, dates and numbers never break; the matter and the units wrap.
      widths: [0, 3, 0, 2, 0, 0],
      whole: [true, false, true, false, true, true],
      align: ['center', 'left', 'center', 'left', 'center', 'center'],
      rows: overdue.map((row, index) => [
        String(index + 1),
        // The meeting on a line of its own: its number never breaks at the end of the title's line.
        `${row.topicTitle}\n（${row.meetingLabel}）`,
        row.leadLeaderName ?? '未定',
        row.responsibleUnits ?? '未定',
        row.deadline ? shortDate(row.deadline, today) : '',
        `${daysOverdue(row.effectiveDeadline ?? row.deadline ?? today, today)}天`,
      ]),
    },
  ]
}

const requirements = (office: string) => [
  '（一）压实工作责任。各牵头领导要切实履行牵头抓总责任，责任单位主要负责同志要亲自研究、亲自推动，对照决策事项逐项明确具体措施、完成时限和责任人，确保按时办结。',
  `（二）加快逾期事项办理。逾期事项的责任单位要在本通报印发之日起5个工作日内，向${office}书面说明逾期原因，提出整改措施和新的办结时限，报牵头领导审定。`,
  `（三）及时报告进展。各责任单位要按月报告落实进展，办结后及时报办结并提供佐证材料；${office}将适时开展回头看，对落实不到位的重新交办，对敷衍塞责、推诿扯皮的按规定予以通报问责。`,
]

export function buildFollowUpReport(input: FollowUpReportInput): DocumentModel {
  const counts = countTasks(input.rows)
  const title = followUpReportTitle(input)
  const scope = input.meetingLabel ? `${input.meetingLabel}` : `${input.today.slice(0, 4)}年以来${input.issuerShortName}常委会会议`
  return {
    documentTitle: title,
    blocks: [
      { kind: 'title', text: title },
      { kind: 'blank' },
      paragraph(
        `为推动${input.issuerShortName}常委会决策部署落地落实，${input.office}对${scope}议定事项的落实情况进行了跟踪督办。截至${chineseDate(input.today)}，共有督办事项${counts.total}项，其中已办结${counts.completed + counts.closed}项，推进中${counts.inProgress}项，未启动${counts.notStarted}项，逾期${counts.overdue}项。现将有关情况通报如下。`,
      ),
      { kind: 'heading', level: 1, text: '一、总体情况' },
      ...overallParagraphs(input.rows),
      { kind: 'heading', level: 1, text: '二、逾期事项' },
      ...overdueBlocks(input.rows, input.today),
      { kind: 'heading', level: 1, text: '三、下一步要求' },
      ...requirements(input.office).map(runInHeading),
      { kind: 'blank' },
      { kind: 'signature', issuer: input.office, date: chineseDate(input.today) },
    ],
  }
}
