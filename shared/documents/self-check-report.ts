import { formatPercentage } from '../dashboard/rates'
import { tallyStatuses } from '../dashboard/task-tally'
import { taskStatusLabels } from '../follow-up/task-status'
import { chineseDate } from '../roster/dates'
import type { RuleResult } from '../self-check/catalogue'
import type { SelfCheckResult } from '../self-check/views'
import { chineseNumber } from './meeting-text'
import type { DocumentBlock, DocumentModel } from './model'

// 中共××区委常委会贯彻执行议事规则情况自查报告: the self-check's figures as tables and its
// findings grouped by rule, between narrative parts the office edits before export.

export interface SelfCheckNarrative {
  /** The opening: why and how the check was made. */
  opening: string
  /** 存在问题的原因分析. */
  causes: string
  /** 下一步整改措施, one paragraph a line. */
  measures: string
}

export interface SelfCheckReportInput {
  result: SelfCheckResult
  /** 中共示例区委 */
  committee: string
  /** 中共示例区委办公室, who signs the report */
  office: string
  narrative: SelfCheckNarrative
}

/** 中共示例区委常委会贯彻执行议事规则情况自查报告 */
export const selfCheckReportTitle = (committee: string) => `${committee}常委会贯彻执行议事规则情况自查报告`

/** The committee's name from the office that prints its documents: 中共示例区委办公室 → 中共示例区委. */
export const committeeOf = (printingOffice: string) => printingOffice.replace(/办公室$/u, '')

const failing = (result: SelfCheckResult) => result.rules.filter((rule) => rule.status === 'fail')

/** What the office starts from; every part can be rewritten before export. */
export function defaultNarrative(result: SelfCheckResult, committee: string): SelfCheckNarrative {
  const problems = failing(result)
  return {
    opening: `为贯彻落实民主集中制原则，严格执行${committee}常委会议事规则，根据有关工作要求，对${result.periodLabel}${committee}${result.body.name}贯彻执行议事规则的情况进行了自查。自查对照议事规则逐条核对会议记录、议题材料、表决结果、干部任免程序和决策督办台账，现将有关情况报告如下。`,
    causes:
      problems.length === 0
        ? '自查未发现违反议事规则的情况。'
        : `自查发现，${problems.map((rule) => `“${rule.text.split(/[，；]/u)[0]}”`).join('、')}等方面执行还不够到位。主要原因：一是对议事规则的刚性约束认识还不够深；二是会前准备和会后督办的工作衔接还不够紧；三是日常监督提醒机制还不够健全。`,
    measures: [
      '（一）严格落实会议制度。按照议事规则确定的频次召开常委会会议，确需调整的，提前报书记同意并在下月补足。',
      '（二）规范议题报送和审定。严格执行会前报送材料和书记审定制度，逾期报送的议题原则上不列入本次会议。',
      '（三）抓好决策事项督办落实。对逾期事项逐项明确整改时限，牵头领导按季度向常委会报告落实情况。',
    ].join('\n'),
  }
}

const paragraph = (text: string): DocumentBlock => ({ kind: 'paragraph', runs: [{ text }] })
const paragraphs = (text: string) => text.split(/\n+/u).map((line) => line.trim()).filter(Boolean).map(paragraph)
const numbers = (count: number) => Array.from({ length: count }, () => true)

function statisticsBlocks(result: SelfCheckResult): DocumentBlock[] {
  const stats = result.statistics
  const topics = stats.categories.reduce((sum, row) => sum + row.topics, 0)
  const major = stats.categories.filter((row) => row.major).reduce((sum, row) => sum + row.topics, 0)
  const blocks: DocumentBlock[] = [
    { kind: 'heading', level: 2, text: '（一）会议召开情况' },
    paragraph(`${result.periodLabel}共召开${result.body.name}${stats.meetings}次，审议议题${topics}项，其中“三重一大”事项${major}项；作出决定${stats.decisions.passed}项，缓议${stats.decisions.deferred}项，未通过${stats.decisions.rejected}项。各月召开次数如下：`),
    { kind: 'table', columns: ['月份', '召开次数'], rows: stats.meetingsByMonth.map((month) => [month.label, String(month.held)]), whole: numbers(2), align: ['center', 'center'] },
    { kind: 'heading', level: 2, text: '（二）议题分类情况' },
    {
      kind: 'table',
      columns: ['类别', '议题数', '通过'],
      rows: stats.categories.map((row) => [row.major ? `${row.label}（三重一大）` : row.label, String(row.topics), String(row.passed)]),
      whole: numbers(3),
      align: ['left', 'center', 'center'],
    },
    { kind: 'heading', level: 2, text: '（三）成员出席情况' },
    {
      kind: 'table',
      columns: ['姓名', '应到', '出席', '请假', '出席率', '请假事由'],
      rows: stats.attendance.map((row) => [row.name, String(row.shouldAttend), String(row.present), String(row.leave), formatPercentage(row.rate), row.leaveReasons.map((reason) => `${reason.reason}${reason.count}次`).join('、') || '—']),
      widths: [0, 0, 0, 0, 0, 1],
      whole: [true, true, true, true, true, false],
      align: ['center', 'center', 'center', 'center', 'center', 'left'],
    },
  ]
  if (stats.personnelByAction) {
    const total = stats.personnelByAction.reduce((sum, row) => sum + row.count, 0)
    blocks.push({ kind: 'heading', level: 2, text: '（四）干部任免事项' }, paragraph(total === 0 ? '本期未讨论决定干部任免事项。' : `讨论决定干部任免事项${total}人次，按类型如下：`))
    if (total > 0) blocks.push({ kind: 'table', columns: ['类型', '人次'], rows: stats.personnelByAction.map((row) => [row.label, String(row.count)]), whole: numbers(2), align: ['left', 'center'] })
  }
  const tasks = stats.tasks
  blocks.push(
    { kind: 'heading', level: 2, text: `（${stats.personnelByAction ? '五' : '四'}）决策督办情况` },
    paragraph(`会议决定事项纳入督办${tasks.total}项，办结率${formatPercentage(tasks.completionRate)}，逾期率${formatPercentage(tasks.overdueRate)}。`),
    {
      kind: 'table',
      columns: ['督办事项', ...tallyStatuses.map((status) => taskStatusLabels[status])],
      rows: [[String(tasks.total), ...tallyStatuses.map((status) => String(tasks.byStatus[status]))]],
      whole: numbers(6),
      align: ['center', 'center', 'center', 'center', 'center', 'center'],
    },
  )
  return blocks
}

function ruleBlocks(rule: RuleResult, index: number): DocumentBlock[] {
  const blocks: DocumentBlock[] = [{ kind: 'heading', level: 2, text: `（${chineseNumber(index + 1)}）${rule.text}` }]
  const breaches = rule.findings.filter((finding) => finding.severity === 'breach')
  const notes = rule.findings.filter((finding) => finding.severity === 'note')
  const verdict = rule.withheld ? '本项涉及干部任免专用记录本，由持有干部任免权限的同志另行核对。' : rule.status === 'pass' ? '执行情况：符合规定。' : rule.status === 'not-applicable' ? '执行情况：本期无相关事项。' : `执行情况：发现${rule.breaches}处不符合规定。`
  blocks.push(paragraph(verdict))
  breaches.forEach((finding, position) => blocks.push(paragraph(`${position + 1}. ${finding.text}。`)))
  if (notes.length > 0) blocks.push(paragraph(`有关记录：${notes.map((finding) => finding.text).join('；')}。`))
  if (rule.hiddenFindings > 0) blocks.push(paragraph(`另有${rule.hiddenFindings}条涉及干部任免事项的情况，详见干部任免专用记录本。`))
  return blocks
}

export function buildSelfCheckReport(input: SelfCheckReportInput): DocumentModel {
  const { result, narrative } = input
  const title = selfCheckReportTitle(input.committee)
  return {
    documentTitle: `${title}（${result.periodLabel}）`,
    blocks: [
      { kind: 'title', text: title },
      { kind: 'blank' },
      ...paragraphs(narrative.opening),
      { kind: 'heading', level: 1, text: '一、基本情况' },
      ...statisticsBlocks(result),
      { kind: 'heading', level: 1, text: '二、执行议事规则情况' },
      ...result.rules.flatMap(ruleBlocks),
      { kind: 'heading', level: 1, text: '三、存在问题的原因' },
      ...paragraphs(narrative.causes),
      { kind: 'heading', level: 1, text: '四、整改措施' },
      ...paragraphs(narrative.measures),
      { kind: 'blank' },
      { kind: 'signature', issuer: input.office, date: chineseDate(result.today) },
    ],
  }
}
