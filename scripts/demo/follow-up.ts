import type { FollowUpRow } from '../../shared/follow-up/views'
import { addDays } from '../../shared/roster/dates'
import type { DemoCore } from './demo-core'
import { writeDemoDocument } from './documents'
import { today } from './year-plan'

// 督办 in the demo year: the tasks the year's decisions became are reported on, completed and
// reviewed as an office would have done it, so every status is there — some still 未启动,
// some 推进中, some 逾期, some 已办结 awaiting 回头看, most 已销号, and some reopened.
// Entered through the channels on the demo's last day; each entry carries its own date.

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000
const daysBetween = (from: string, to: string) => dayNumber(to) - dayNumber(from)

type Scenario = 'not_started' | 'started' | 'overdue' | 'reopened' | 'awaiting_review' | 'closed'

/** What happens to the k-th task (by meeting date): decided by its age and its deadline, not at random. */
function scenarioFor(task: FollowUpRow, k: number): Scenario {
  if (daysBetween(task.meetingDate, today) < 21) return k % 2 === 0 ? 'not_started' : 'started'
  const due = task.deadline ?? addDays(task.meetingDate, 120)
  if (due < today) return (['overdue', 'reopened', 'awaiting_review', 'closed', 'closed'] as const)[k % 5]!
  return (['closed', 'not_started', 'started', 'started'] as const)[k % 4]!
}

/** The day a fraction of the way from the meeting to its deadline (or to today, if earlier). */
function dayAt(task: FollowUpRow, fraction: number): string {
  const end = task.deadline && task.deadline < today ? task.deadline : today
  const day = addDays(task.meetingDate, Math.max(1, Math.floor(daysBetween(task.meetingDate, end) * fraction)))
  return day > today ? today : day
}

const leadUnit = (task: FollowUpRow) => (task.responsibleUnits ?? '责任单位').split('、')[0]!

function progressText(task: FollowUpRow, step: number): string {
  const unit = leadUnit(task)
  return step === 0
    ? `${unit}已召开专题会议传达会议精神，制定了《${task.topicTitle.replace(/^关于/u, '').replace(/的(议题|方案|请示)$/u, '')}》实施方案，明确责任分工和时间节点。`
    : `${unit}按实施方案推进，已完成年度任务的六成，正在协调解决用地和资金拨付中的问题，预计按期完成。`
}

/** The year's follow-up, then its 督办通报 written to <outDir>/documents/. */
export async function followUpYear(demo: DemoCore, outDir: string): Promise<void> {
  const { call } = demo
  demo.clock.set(today, '15:00')
  const tasks = (await call('followUp.list', {})).sort((a, b) => a.meetingDate.localeCompare(b.meetingDate))
  let adjusted = false
  for (const [k, task] of tasks.entries()) {
    const scenario = scenarioFor(task, k)
    if (scenario === 'not_started') continue
    const report = async (fraction: number, step: number, withFile: boolean) => {
      if (withFile) demo.shell.offer(`${leadUnit(task)}落实情况报告（${dayAt(task, fraction)}）.txt`, `${task.topicTitle}\n\n${progressText(task, step)}\n`)
      await call('followUp.report', { id: task.id, date: dayAt(task, fraction), text: progressText(task, step), withFiles: withFile })
    }
    if (scenario === 'started') {
      // One open task had its deadline put back by the lead leader: 调整, with the reason.
      if (!adjusted && task.deadline) {
        await call('followUp.adjust', { id: task.id, leadLeaderId: task.leadLeaderId, responsibleUnits: task.responsibleUnits, deadline: addDays(task.deadline, 30), reason: '项目用地报批时间延长，经牵头领导同意顺延30天。' })
        adjusted = true
      }
      await report(0.3, 0, k % 3 === 0)
      continue
    }
    if (scenario === 'overdue') {
      await report(0.35, 0, false)
      continue
    }
    await report(0.25, 0, k % 2 === 0)
    if (scenario === 'reopened') {
      await call('followUp.complete', { id: task.id, date: dayAt(task, 0.5), text: `${leadUnit(task)}报告：各项任务已基本完成。` })
      await call('followUp.review', { id: task.id, date: dayAt(task, 0.6), result: 'reopened', reason: '回头看发现后续管护机制和配套资金尚未落实到位，重新交办，请责任单位继续推进并报告。' })
      await report(0.8, 1, false)
      continue
    }
    await report(0.55, 1, false)
    await call('followUp.complete', { id: task.id, date: dayAt(task, 0.85), text: `${leadUnit(task)}报告：会议确定的各项任务已全部完成，并通过验收。` })
    if (scenario === 'closed') await call('followUp.review', { id: task.id, date: dayAt(task, 0.95), result: 'confirmed', reason: '经回头看实地核查，确认已按要求办结。' })
  }
  const report = await call('followUp.reportDocument', {})
  await writeDemoDocument(outDir, `${report.documentTitle}.docx`, report)
}
