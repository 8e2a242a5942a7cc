import { dirname } from 'node:path'
import type { DocumentModel } from '../../../shared/documents/model'
import { AppError } from '../../../shared/errors'
import { appendAudit } from '../audit/audit-log'
import type { CoreContext } from '../context'
import { writeBytesThenRename } from '../files/write-then-rename'
import type { Session } from '../session'
import { renderDocx } from './docx/render-docx'

// Every 公文 export: the user picks the file, the document is rendered in memory and
// written beside it under a hidden name, then renamed into place; nothing else touches
// the disk. The audit entry names the user (the session's actor) and the path.

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

const docxFilters = [{ name: 'Word 文档', extensions: ['docx'] }]

/** Characters Windows does not allow in a file name become full-width look-alikes or go. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|]/gu, (c) => ({ ':': '：', '*': '＊', '?': '？', '"': '＂', '<': '＜', '>': '＞', '|': '｜' })[c] ?? '－').trim()
  return cleaned.endsWith('.docx') ? cleaned : `${cleaned}.docx`
}

export async function exportDocument(session: Session, core: CoreContext, request: ExportDocumentRequest): Promise<{ path: string } | null> {
  const bytes = await renderDocx(request.model)
  const chosen = await core.shell.pickSaveFile({ title: request.dialogTitle, defaultName: safeFileName(request.defaultName), filters: docxFilters })
  if (!chosen) return null
  // An OS lock may have ended the session while the dialog was open.
  if (core.session !== session) throw new AppError('VAULT_LOCKED')
  const path = /\.docx$/iu.test(chosen) ? chosen : `${chosen}.docx`
  try {
    await writeBytesThenRename(path, bytes)
  } catch (error) {
    throw new AppError('EXPORT_FAILED', `《${request.model.documentTitle}》未能写入 ${path}（${error instanceof Error ? error.message : String(error)}），请换一个位置重试。`)
  }
  const where = request.auditFolderOnly ? `${dirname(path)}（文件名不记入日志）` : path
  appendAudit(session.db, session.actor, { action: request.action, entity: request.entity, entityId: request.entityId ?? null, summary: `导出《${request.model.documentTitle}》到 ${where}` }, core.now())
  return { path }
}
