import ExcelJS from 'exceljs'
import { localDay } from '../../../shared/calendar/local-day'
import type { RegisterFilter } from '../../../shared/ipc/channels/personnel'
import type { RegisterRow, SavedFile } from '../../../shared/personnel/views'
import { appendAudit } from '../audit/audit-log'
import type { CoreContext } from '../context'
import type { Session } from '../session'
import { searchRegister } from './register-service'
import { writeThenRename } from '../files/write-then-rename'

// The filtered register as an .xlsx table (exceljs), one matter a row. The export is
// written to the audit log with the path, never with a name from the book.

const columns: { header: string; width: number; value: (row: RegisterRow) => string }[] = [
  { header: '姓名', width: 10, value: (r) => r.cadreName },
  { header: '身份证号', width: 21, value: (r) => r.idNumber ?? '' },
  { header: '现任职务', width: 28, value: (r) => r.currentPost },
  { header: '任免类型', width: 12, value: (r) => r.actionLabel },
  { header: '拟任职务', width: 28, value: (r) => r.proposedPost },
  { header: '拟免职务', width: 28, value: (r) => r.postToRemove },
  { header: '单位', width: 18, value: (r) => r.unit },
  { header: '动议', width: 12, value: (r) => r.stages.proposedOn ?? '' },
  { header: '民主推荐', width: 12, value: (r) => r.stages.recommendedOn ?? '' },
  { header: '考察', width: 12, value: (r) => r.stages.inspectedOn ?? '' },
  { header: '酝酿', width: 12, value: (r) => r.stages.consultedOn ?? '' },
  { header: '讨论决定', width: 12, value: (r) => r.stages.decidedOn ?? '' },
  { header: '表决结果', width: 10, value: (r) => r.decision?.resultLabel ?? '' },
  { header: '专用记录本', width: 20, value: (r) => r.decision?.entryLabel ?? '' },
  { header: '公示开始', width: 12, value: (r) => r.stages.noticeStart ?? '' },
  { header: '公示结束', width: 12, value: (r) => r.stages.noticeEnd ?? '' },
  { header: '任职通知文号', width: 18, value: (r) => r.appointmentDocNo ?? '' },
  { header: '任职通知日期', width: 12, value: (r) => r.stages.appointedOn ?? '' },
  { header: '任职谈话', width: 12, value: (r) => r.stages.talkOn ?? '' },
  { header: '试用期满', width: 12, value: (r) => r.stages.probationEnd ?? '' },
  { header: '转正', width: 12, value: (r) => r.stages.confirmedOn ?? '' },
  { header: '状态', width: 16, value: (r) => r.statusLabel },
  { header: '会议', width: 30, value: (r) => r.meetingLabels.join('；') },
]

export function registerWorkbook(rows: readonly RegisterRow[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('干部任免台账', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)))
  return workbook
}

export async function exportRegister(session: Session, core: CoreContext, filter: RegisterFilter): Promise<SavedFile | null> {
  const rows = searchRegister(session, core, filter)
  const path = await core.shell.pickSaveFile({ title: '导出干部任免台账', defaultName: `干部任免台账-${localDay(core.now())}.xlsx`, filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }] })
  if (!path) return null
  const workbook = registerWorkbook(rows)
  await writeThenRename(path, (temp) => workbook.xlsx.writeFile(temp))
  appendAudit(session.db, session.actor, { action: 'personnel.exportRegister', entity: 'personnel_book', summary: `导出干部任免台账 ${rows.length} 条到 ${path}` }, core.now())
  return { path }
}
