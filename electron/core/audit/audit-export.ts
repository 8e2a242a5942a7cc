import { writeFileSync } from 'node:fs'
import { auditActionLabel } from '../../../shared/audit/action-labels'
import { toCsv } from '../../../shared/format/csv'
import { formatDateTime } from '../../../shared/format/date-time'
import type { AuditExport, AuditFilter } from '../../../shared/ipc/channels/audit'
import { appendAudit } from './audit-log'
import { auditEntriesWithHashes } from './audit-query'
import type { CoreContext } from '../context'
import type { Session } from '../session'

const header = ['序号', '时间', '用户', '操作', '操作代码', '对象', '对象编号', '摘要', '前一条校验值', '本条校验值']

function defaultFileName(now: Date): string {
  return `审计日志-${formatDateTime(now.toISOString()).slice(0, 10)}.csv`
}

/**
 * Asks where to save, writes the matching entries oldest first with their hashes (so
 * the chain can be checked outside the app), and records the export in the log itself.
 */
export async function exportAudit(core: CoreContext, session: Session, filter: AuditFilter | undefined): Promise<AuditExport> {
  const path = await core.shell.pickSaveFile({ title: '导出审计日志', defaultName: defaultFileName(core.now()), filters: [{ name: 'CSV 表格', extensions: ['csv'] }] })
  if (!path) return { path: null, count: 0 }
  const entries = auditEntriesWithHashes(session.db, filter)
  const rows = entries.map((entry) => [entry.id, formatDateTime(entry.at), entry.userName, auditActionLabel(entry.action), entry.action, entry.entity, entry.entityId, entry.summary, entry.prevHash, entry.hash])
  writeFileSync(path, toCsv([header, ...rows]), { mode: 0o600 })
  appendAudit(session.db, session.actor, { action: 'audit.export', entity: 'audit', summary: `导出审计日志 ${entries.length} 条到 ${path}` }, core.now())
  return { path, count: entries.length }
}
