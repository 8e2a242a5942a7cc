import { eq } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { chineseDate } from '../../../shared/roster/dates'
import { AppError } from '../../../shared/errors'
import type { TaskFilter } from '../../../shared/follow-up/task-filter'
import { taskStatusLabels } from '../../../shared/follow-up/task-status'
import type { FollowUpRow } from '../../../shared/follow-up/views'
import type { ChannelParsed } from '../../../shared/ipc/contract'
import { topicCategoryLabels } from '../../../shared/meetings/vocabulary'
import type { SavedFile } from '../../../shared/personnel/views'
import { appendAudit } from '../audit/audit-log'
import type { CoreContext } from '../context'
import { followUpTasks, taskAttachments, taskReports, topics, agendaItems } from '../db/schema/main'
import { writeChunks, writeThenRename } from '../files/write-then-rename'
import { mainFileStore, vaultFileChunks } from '../vault-files/vault-files'
import type { Session } from '../session'
import { listTasks, statusDay } from './task-rows'

// What leaves the encrypted store from 督办: an attachment, or the filtered list as .xlsx.
// Both only where the user chose, written under a hidden name then renamed, and audited.

function stillUnlocked(core: CoreContext, session: Session): Session {
  if (core.session !== session) throw new AppError('VAULT_LOCKED')
  return session
}

const unwritable = (path: string, error: unknown) => {
  const reason = error instanceof Error && 'code' in error ? `（${String(error.code)}）` : ''
  return new AppError('EXPORT_FAILED', `无法写入所选位置 ${path}${reason}：请确认文件夹存在且可写、空间足够，或换一个位置。`)
}

export async function exportAttachment(session: Session, core: CoreContext, input: ChannelParsed<'followUp.exportAttachment'>): Promise<SavedFile | null> {
  const meta = session.db
    .select({ fileName: taskAttachments.fileName, taskId: taskReports.taskId, title: topics.title })
    .from(taskAttachments)
    .innerJoin(taskReports, eq(taskReports.id, taskAttachments.reportId))
    .innerJoin(followUpTasks, eq(followUpTasks.id, taskReports.taskId))
    .innerJoin(agendaItems, eq(agendaItems.id, followUpTasks.agendaItemId))
    .innerJoin(topics, eq(topics.id, agendaItems.topicId))
    .where(eq(taskAttachments.id, input.attachmentId))
    .get()
  if (!meta) throw new AppError('NOT_FOUND', '找不到该附件，请刷新后重试。')
  const extension = meta.fileName.includes('.') ? (meta.fileName.split('.').at(-1) ?? '') : ''
  const filters = extension ? [{ name: `${extension.toUpperCase()} 文件`, extensions: [extension] }] : [{ name: '所有文件', extensions: ['*'] }]
  const path = await core.shell.pickSaveFile({ title: '导出附件（导出的文件不再加密，请妥善保管）', defaultName: meta.fileName, filters })
  if (!path) return null
  const current = stillUnlocked(core, session)
  const chunks = vaultFileChunks(mainFileStore(current.vault), 'attachment', input.attachmentId)
  await writeThenRename(path, (temp) => writeChunks(temp, chunks)).catch((error: unknown) => {
    throw error instanceof AppError ? error : unwritable(path, error)
  })
  appendAudit(current.db, current.actor, { action: 'followUp.exportAttachment', entity: 'follow_up_task', entityId: meta.taskId, summary: `导出督办事项“${meta.title}”的附件“${meta.fileName}”到 ${path}` }, core.now())
  return { path }
}

const day = (date: string | null) => (date ? chineseDate(date) : '')

const columns: { header: string; width: number; value: (row: FollowUpRow) => string }[] = [
  { header: '会议', width: 26, value: (r) => r.meetingLabel },
  { header: '会议日期', width: 16, value: (r) => day(r.meetingDate) },
  { header: '议题', width: 36, value: (r) => r.topicTitle },
  { header: '类别', width: 14, value: (r) => topicCategoryLabels[r.category] },
  { header: '决定事项', width: 50, value: (r) => r.decisionText },
  { header: '牵头领导', width: 12, value: (r) => r.leadLeaderName ?? '' },
  { header: '责任单位', width: 24, value: (r) => r.responsibleUnits ?? '' },
  { header: '办结时限', width: 16, value: (r) => day(r.deadline) },
  { header: '状态', width: 10, value: (r) => taskStatusLabels[r.status] },
  { header: '最近报告', width: 16, value: (r) => day(r.lastReportDate) },
  { header: '报告次数', width: 10, value: (r) => String(r.reportCount) },
]

export function taskListWorkbook(rows: readonly FollowUpRow[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('督办事项清单', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)))
  sheet.getColumn(5).alignment = { wrapText: true, vertical: 'top' }
  return workbook
}

export async function exportTaskList(session: Session, core: CoreContext, filter: TaskFilter): Promise<SavedFile | null> {
  const today = statusDay(session.db, core).today
  const path = await core.shell.pickSaveFile({ title: '导出督办事项清单', defaultName: `督办事项清单-${today}.xlsx`, filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }] })
  if (!path) return null
  const current = stillUnlocked(core, session)
  const rows = listTasks(current.db, statusDay(current.db, core), filter)
  const workbook = taskListWorkbook(rows)
  await writeThenRename(path, (temp) => workbook.xlsx.writeFile(temp)).catch((error: unknown) => {
    throw unwritable(path, error)
  })
  appendAudit(current.db, current.actor, { action: 'followUp.exportList', entity: 'follow_up_task', summary: `导出督办事项清单 ${rows.length} 项到 ${path}` }, core.now())
  return { path }
}
