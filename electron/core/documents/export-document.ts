import { dirname } from 'node:path'
import type { DocumentModel } from '../../../shared/documents/model'
import type { DocumentOutput, DocumentOutputResult } from '../../../shared/documents/output'
import { AppError } from '../../../shared/errors'
import { appendAudit } from '../audit/audit-log'
import type { CoreContext } from '../context'
import { writeBytesThenRename } from '../files/write-then-rename'
import type { Session } from '../session'
import { renderDocx } from './docx/render-docx'

// Every 公文 export: the user picks the file, the document is rendered in memory (the .docx
// by our renderer, the PDF by the window printing the open preview's sheets) and written
// beside it under a hidden name, then renamed into place; nothing else touches the disk.
// The audit entry names the user (the session's actor) and the path. 打印 goes to the
// system print dialog and is audited too.

export interface ExportDocumentRequest {
  model: DocumentModel
  /** 2026年第15次常委会会议通知.docx */
  defaultName: string
  dialogTitle: string
  /** Audit action, with a label in shared/audit/action-labels.ts. */
  action: string
  entity: string
  entityId?: string | null
  /**
   * Personnel documents: their file names may carry cadres' names, and the audit log lives in
   * the main store, which users without the 干部任免 grant read; the log then names the folder.
   */
  auditFolderOnly?: boolean
}

const formats = {
  docx: { extension: 'docx', filters: [{ name: 'Word 文档', extensions: ['docx'] }], verb: '导出' },
  pdf: { extension: 'pdf', filters: [{ name: 'PDF 文件', extensions: ['pdf'] }], verb: '导出PDF' },
} as const

/** Characters Windows does not allow in a file name become full-width look-alikes or go. */
export function safeFileName(name: string, extension: 'docx' | 'pdf' = 'docx'): string {
  const cleaned = name.replace(/[\\/:*?"<>|]/gu, (c) => ({ ':': '：', '*': '＊', '?': '？', '"': '＂', '<': '＜', '>': '＞', '|': '｜' })[c] ?? '－').trim()
  const stem = cleaned.replace(/\.docx$/iu, '')
  return `${stem}.${extension}`
}

function audit(session: Session, core: CoreContext, request: ExportDocumentRequest, summary: string): void {
  appendAudit(session.db, session.actor, { action: request.action, entity: request.entity, entityId: request.entityId ?? null, summary }, core.now())
}

export async function exportDocument(session: Session, core: CoreContext, request: ExportDocumentRequest, output: DocumentOutput = 'docx'): Promise<DocumentOutputResult> {
  if (output === 'print') {
    let outcome: 'printed' | 'cancelled'
    try {
      outcome = await core.shell.print()
    } catch (error) {
      throw new AppError('EXPORT_FAILED', `《${request.model.documentTitle}》未能打印（${error instanceof Error ? error.message : String(error)}），请检查打印机后重试。`)
    }
    if (outcome === 'cancelled') return null
    if (core.session !== session) throw new AppError('VAULT_LOCKED')
    audit(session, core, request, `打印《${request.model.documentTitle}》`)
    return { printed: true }
  }
  const format = formats[output]
  const docx = output === 'docx' ? await renderDocx(request.model) : null
  const title = output === 'pdf' ? request.dialogTitle.replace(/^导出/u, '导出PDF：') : request.dialogTitle
  const chosen = await core.shell.pickSaveFile({ title, defaultName: safeFileName(request.defaultName, format.extension), filters: format.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })) })
  if (!chosen) return null
  // An OS lock may have ended the session while the dialog was open.
  if (core.session !== session) throw new AppError('VAULT_LOCKED')
  const path = new RegExp(`\\.${format.extension}$`, 'iu').test(chosen) ? chosen : `${chosen}.${format.extension}`
  let bytes: Uint8Array
  try {
    bytes = docx ?? (await core.shell.printToPdf())
  } catch (error) {
    throw new AppError('EXPORT_FAILED', `《${request.model.documentTitle}》未能打印成 PDF（${error instanceof Error ? error.message : String(error)}），请关闭预览后重试。`)
  }
  try {
    await writeBytesThenRename(path, bytes)
  } catch (error) {
    throw new AppError('EXPORT_FAILED', `《${request.model.documentTitle}》未能写入 ${path}（${error instanceof Error ? error.message : String(error)}），请换一个位置重试。`)
  }
  const where = request.auditFolderOnly ? `${dirname(path)}（文件名不记入日志）` : path
  audit(session, core, request, `${format.verb}《${request.model.documentTitle}》到 ${where}`)
  return { path }
}
