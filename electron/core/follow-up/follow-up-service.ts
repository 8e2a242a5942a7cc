import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { chineseDate } from '../../../shared/roster/dates'
import { AppError } from '../../../shared/errors'
import { adjustmentProblem, afterCompletion, afterReport, afterReview, reviewResultLabels, type Transition } from '../../../shared/follow-up/transitions'
import type { TaskState } from '../../../shared/follow-up/task-status'
import type { FollowUpDetail } from '../../../shared/follow-up/views'
import type { ChannelParsed } from '../../../shared/ipc/contract'
import type { CoreContext } from '../context'
import type { MainDb } from '../db/migrate'
import { followUpTasks, people, taskAttachments, taskReports, taskReviews } from '../db/schema/main'
import { auditedWrite } from '../meetings/audited-write'
import type { Session } from '../session'
import { materialFilters, sealPickedFiles, type PickedMaterial } from '../topics/material-files'
import { discardSealedFiles, fileColumnsFor } from '../vault-files/vault-files'
import { nextEventTime } from './event-time'
import { loadTaskDetail } from './task-detail'
import { loadTaskRow, statusDay } from './task-rows'
import { indexMaterialTexts } from '../material-text/index-materials'

// 调整, 报告进展, 报办结 and 回头看: each one transaction with its audit entry, refused with
// the rule (shared/follow-up/transitions.ts) when the task's state does not allow it.

function detail(session: Session, core: CoreContext, taskId: string): FollowUpDetail {
  return loadTaskDetail(session.db, statusDay(session.db, core), taskId)
}

/** The state a transition leads to, or TASK_STATE_INVALID with its rule. */
function allowedState(transition: Transition, title: string): TaskState {
  if (!transition.ok) throw new AppError('TASK_STATE_INVALID', `督办事项“${title}”：${transition.reason}`)
  return transition.state
}

/** Reports and reviews record what happened: not on a day still to come. */
function assertNotFuture(date: string, today: string, label: string): void {
  if (date > today) throw new AppError('INVALID_INPUT', `${label}（${chineseDate(date)}）晚于今天（${chineseDate(today)}），请填写实际日期。`)
}

/** A dialog awaits the user; an OS lock may have ended the session meanwhile. */
function stillUnlocked(core: CoreContext, session: Session): Session {
  if (core.session !== session) throw new AppError('VAULT_LOCKED')
  return session
}

function assertPerson(db: MainDb, personId: string | null): string | null {
  if (personId === null) return null
  const person = db.select({ name: people.name }).from(people).where(eq(people.id, personId)).get()
  if (!person) throw new AppError('NOT_FOUND', '找不到所选的牵头领导（可能已被删除），请重新选择。')
  return person.name
}

export function adjustTask(session: Session, core: CoreContext, input: ChannelParsed<'followUp.adjust'>): FollowUpDetail {
  const day = statusDay(session.db, core)
  const task = loadTaskRow(session.db, day, input.id)
  const problem = adjustmentProblem(task.state)
  if (problem) throw new AppError('TASK_STATE_INVALID', `督办事项“${task.topicTitle}”：${problem}`)
  const leaderName = assertPerson(session.db, input.leadLeaderId)
  const changes = [
    task.leadLeaderId !== input.leadLeaderId ? `牵头领导 ${task.leadLeaderName ?? '（未定）'} → ${leaderName ?? '（未定）'}` : null,
    task.responsibleUnits !== input.responsibleUnits ? `责任单位 ${task.responsibleUnits ?? '（未定）'} → ${input.responsibleUnits ?? '（未定）'}` : null,
    task.deadline !== input.deadline ? `办结时限 ${task.deadline ? chineseDate(task.deadline) : '（未定）'} → ${input.deadline ? chineseDate(input.deadline) : '（未定）'}` : null,
  ].filter((change): change is string => change !== null)
  if (changes.length === 0) throw new AppError('INVALID_INPUT', '牵头领导、责任单位和办结时限都与原来相同，没有需要调整的内容。')
  const now = core.now()
  auditedWrite(session, now, (tx) => {
    tx.update(followUpTasks)
      .set({ leadLeaderId: input.leadLeaderId, responsibleUnits: input.responsibleUnits, deadline: input.deadline, updatedAt: now.toISOString(), updatedBy: session.user.id })
      .where(eq(followUpTasks.id, task.id))
      .run()
    return { action: 'followUp.adjust', entity: 'follow_up_task', entityId: task.id, summary: `调整督办事项“${task.topicTitle}”：${changes.join('；')}。原因：${input.reason}` }
  })
  return detail(session, core, task.id)
}

function insertReport(tx: MainDb, session: Session, taskId: string, report: { date: string; text: string }, files: PickedMaterial[], at: string): void {
  const reportId = randomUUID()
  const stamp = { createdAt: at, createdBy: session.user.id, updatedAt: at, updatedBy: session.user.id }
  tx.insert(taskReports).values({ id: reportId, taskId, date: report.date, text: report.text.trim(), authorName: session.user.displayName, ...stamp }).run()
  for (const file of files) {
    const id = randomUUID()
    const stored = fileColumnsFor(session.vault.mainKey, 'attachment', id, file)
    tx.insert(taskAttachments).values({ id, reportId, fileName: file.fileName, mediaType: file.mediaType, ...stored, ...stamp }).run()
  }
}

/** 报告进展, with files picked in the OS dialog when asked for: all of them kept, or nothing saved. */
export async function reportProgress(session: Session, core: CoreContext, input: ChannelParsed<'followUp.report'>): Promise<FollowUpDetail> {
  const first = loadTaskRow(session.db, statusDay(session.db, core), input.id)
  const title = first.topicTitle
  allowedState(afterReport(first.state), title)
  assertNotFuture(input.date, statusDay(session.db, core).today, '报告日期')
  let paths: string[] = []
  if (input.withFiles) {
    paths = await core.shell.pickOpenFiles({ title: `为督办事项“${title}”的进展报告选择附件`, filters: materialFilters, multiple: true })
    // Cancelling the dialog cancels the report: the user asked for files and chose none.
    if (paths.length === 0) throw new AppError('INVALID_INPUT', '未选择附件，进展报告未保存。如不需附件，请取消勾选“附带文件”后再保存。')
  }
  const current = stillUnlocked(core, session)
  // The task may have changed while the dialog was open: check its state now.
  const task = loadTaskRow(current.db, statusDay(current.db, core), input.id)
  const next = allowedState(afterReport(task.state), task.topicTitle)
  // The files are sealed into the vault before the rows (all or none); a failed write removes them.
  const files = sealPickedFiles(current.vault.paths.dir, paths)
  const now = core.now()
  try {
    auditedWrite(current, now, (tx) => {
      const at = nextEventTime(tx, task.id, now)
      insertReport(tx, current, task.id, input, files, at)
      tx.update(followUpTasks).set({ state: next, updatedAt: at, updatedBy: current.user.id }).where(eq(followUpTasks.id, task.id)).run()
      const attached = files.length > 0 ? `，附件：${files.map((file) => `${file.fileName}（SHA-256 ${file.sha256.slice(0, 12)}…）`).join('、')}` : ''
      return { action: 'followUp.report', entity: 'follow_up_task', entityId: task.id, summary: `督办事项“${task.topicTitle}”报告进展（${chineseDate(input.date)}）${attached}` }
    })
  } catch (error) {
    discardSealedFiles(files)
    throw error
  }
  for (const file of files) file.fileKey.fill(0)
  // Their text is read for search in the background, like materials'.
  if (files.length > 0) indexMaterialTexts(core, current)
  return detail(current, core, task.id)
}

export function completeTask(session: Session, core: CoreContext, input: ChannelParsed<'followUp.complete'>): FollowUpDetail {
  const day = statusDay(session.db, core)
  const task = loadTaskRow(session.db, day, input.id)
  const next = allowedState(afterCompletion(task.state, input.text), task.topicTitle)
  assertNotFuture(input.date, day.today, '办结日期')
  const now = core.now()
  auditedWrite(session, now, (tx) => {
    const at = nextEventTime(tx, task.id, now)
    insertReport(tx, session, task.id, input, [], at)
    tx.update(followUpTasks).set({ state: next, completedAt: at, updatedAt: at, updatedBy: session.user.id }).where(eq(followUpTasks.id, task.id)).run()
    return { action: 'followUp.complete', entity: 'follow_up_task', entityId: task.id, summary: `督办事项“${task.topicTitle}”报办结（${chineseDate(input.date)}）` }
  })
  return detail(session, core, task.id)
}

export function reviewTask(session: Session, core: CoreContext, input: ChannelParsed<'followUp.review'>): FollowUpDetail {
  const day = statusDay(session.db, core)
  const task = loadTaskRow(session.db, day, input.id)
  const next = allowedState(afterReview(task.state, input.result, input.reason), task.topicTitle)
  assertNotFuture(input.date, day.today, '回头看日期')
  const reason = input.reason.trim() === '' ? '经回头看，确认已按要求办结。' : input.reason.trim()
  const now = core.now()
  auditedWrite(session, now, (tx) => {
    const at = nextEventTime(tx, task.id, now)
    tx.insert(taskReviews).values({ id: randomUUID(), taskId: task.id, date: input.date, result: input.result, reason, reviewerName: session.user.displayName, createdAt: at, createdBy: session.user.id, updatedAt: at, updatedBy: session.user.id }).run()
    const closing = next === 'closed'
    tx.update(followUpTasks)
      .set({ state: next, closedAt: closing ? at : null, ...(closing ? {} : { completedAt: null }), updatedAt: at, updatedBy: session.user.id })
      .where(eq(followUpTasks.id, task.id))
      .run()
    return { action: 'followUp.review', entity: 'follow_up_task', entityId: task.id, summary: `督办事项“${task.topicTitle}”回头看：${reviewResultLabels[input.result]}。${reason}` }
  })
  return detail(session, core, task.id)
}
