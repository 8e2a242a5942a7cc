import type { AuditEntry } from '../../../../shared/ipc/channels/audit'
import { formatDateTime } from '../../../../shared/format/date-time'
import { auditActionLabel } from '../../../../shared/audit/action-labels'

/** Audit entries, newest first as the core returns them. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  return (
    <div className="table-wrap">
      <table className="table table-audit">
        <caption className="visually-hidden">审计日志</caption>
        <thead>
          <tr>
            <th scope="col" className="cell-number">
              序号
            </th>
            <th scope="col" className="cell-time">
              时间
            </th>
            <th scope="col" className="cell-name">
              用户
            </th>
            <th scope="col" className="cell-name">
              操作
            </th>
            <th scope="col">摘要</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="cell-number">{entry.id}</td>
              <td className="cell-time">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </td>
              {/* A name or an action label never breaks inside (王秘/书): the summary takes the wrapping. */}
              <td className="cell-name">{entry.userName}</td>
              <td className="cell-name">{auditActionLabel(entry.action)}</td>
              <td className="cell-summary">{entry.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
