import ExcelJS from 'exceljs'
import { buildSelfCheckReport, committeeOf, defaultNarrative, type SelfCheckNarrative } from '../../../shared/documents/self-check-report'
import type { DocumentModel } from '../../../shared/documents/model'
import type { DocumentOutput, DocumentOutputResult } from '../../../shared/documents/output'
import { AppError } from '../../../shared/errors'
import type { ChannelParsed } from '../../../shared/ipc/contract'
import type { SavedFile } from '../../../shared/personnel/views'
import type { SelfCheckResult } from '../../../shared/self-check/views'
import { appendAudit } from '../audit/audit-log'
import type { CoreContext } from '../context'
import { exportDocument } from '../documents/export-document'
import { readDocumentSettings } from '../documents/settings-store'
import { writeThenRename } from '../files/write-then-rename'
import type { Session } from '../session'
import { runSelfCheck } from './self-check-service'

// The self-check's report (公文 block model → preview and .docx) and its findings as .xlsx.

type CheckInput = ChannelParsed<'selfCheck.run'>

function reportParts(session: Session, core: CoreContext, input: CheckInput) {
  const result = runSelfCheck(session, input, core.now())
  const office = readDocumentSettings(session.db).printingOffice
  return { result, office, committee: committeeOf(office) }
}

export function selfCheckNarrative(session: Session, core: CoreContext, input: CheckInput): SelfCheckNarrative {
  const { result, committee } = reportParts(session, core, input)
  return defaultNarrative(result, committee)
}

export function selfCheckReportModel(session: Session, core: CoreContext, input: CheckInput & { narrative?: SelfCheckNarrative }): DocumentModel {
  const { result, office, committee } = reportParts(session, core, input)
  return buildSelfCheckReport({ result, office, committee, narrative: input.narrative ?? defaultNarrative(result, committee) })
}

export function exportSelfCheckReport(session: Session, core: CoreContext, input: CheckInput & { narrative?: SelfCheckNarrative; output?: DocumentOutput }): Promise<DocumentOutputResult> {
  const model = selfCheckReportModel(session, core, input)
  return exportDocument(session, core, { model, defaultName: model.documentTitle, dialogTitle: '导出自查报告', action: 'selfCheck.exportReport', entity: 'settings' }, input.output)
}

const refKindLabels = { meeting: '会议', item: '议题', matter: '干部任免事项', task: '督办事项' } as const

/** One row a finding: the rule, its verdict, the finding and the records it refers to. */
export function findingsWorkbook(result: SelfCheckResult): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('自查问题清单', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = [
    { header: '序号', width: 6 },
    { header: '规则', width: 40 },
    { header: '执行情况', width: 10 },
    { header: '类别', width: 8 },
    { header: '情况', width: 70 },
    { header: '相关记录', width: 50 },
  ]
  sheet.getRow(1).font = { bold: true }
  let number = 0
  for (const rule of result.rules) {
    for (const finding of rule.findings) {
      number += 1
      sheet.addRow([number, rule.text, rule.statusLabel, finding.severity === 'breach' ? '问题' : '记录', finding.text, finding.refs.map((ref) => `${refKindLabels[ref.kind]}：${ref.label}`).join('\n')])
    }
    if (rule.hiddenFindings > 0) sheet.addRow([null, rule.text, rule.statusLabel, '问题', `另有${rule.hiddenFindings}条涉及干部任免事项的情况，仅持有干部任免权限的用户可见`, ''])
  }
  for (const column of [2, 5, 6]) sheet.getColumn(column).alignment = { wrapText: true, vertical: 'top' }
  return workbook
}

export async function exportSelfCheckFindings(session: Session, core: CoreContext, input: CheckInput): Promise<SavedFile | null> {
  const result = runSelfCheck(session, input, core.now())
  const path = await core.shell.pickSaveFile({ title: '导出自查问题清单', defaultName: `议事规则自查问题清单-${result.body.name}-${result.periodLabel}.xlsx`, filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }] })
  if (!path) return null
  if (core.session !== session) throw new AppError('VAULT_LOCKED')
  const workbook = findingsWorkbook(result)
  await writeThenRename(path, (temp) => workbook.xlsx.writeFile(temp)).catch((error: unknown) => {
    throw new AppError('EXPORT_FAILED', `无法写入所选位置 ${path}（${error instanceof Error ? error.message : String(error)}）：请确认文件夹存在且可写、空间足够，或换一个位置。`)
  })
  const count = result.rules.reduce((sum, rule) => sum + rule.findings.length, 0)
  appendAudit(session.db, session.actor, { action: 'selfCheck.exportFindings', entity: 'settings', summary: `导出${result.body.name}${result.periodLabel}议事规则自查问题清单 ${count} 条到 ${path}` }, core.now())
  return { path }
}
