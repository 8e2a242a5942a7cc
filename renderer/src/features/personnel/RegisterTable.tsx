import type { RegisterRow } from '../../../../shared/personnel/views'
import { dayText } from './personnelFormat'
import { appointmentText, noticeText, stageReached } from './stageReached'

interface Selection {
  ids: ReadonlySet<string>
  /** Whether a row may be ticked (decided matters only). */
  allowed: (row: RegisterRow) => boolean
  onToggle: (row: RegisterRow) => void
}

/** The register's rows; a name opens that person's timeline; decided rows can be ticked for documents. */
export function RegisterTable({ rows, onOpenTimeline, selection }: { rows: RegisterRow[]; onOpenTimeline: (row: RegisterRow) => void; selection?: Selection }) {
  return (
    <div className="table-wrap">
      <table className="table register-table">
        <thead>
          <tr>
            {selection && (
              <th scope="col" className="register-select">
                选
              </th>
            )}
            <th scope="col">姓名</th>
            <th scope="col">任免类型</th>
            <th scope="col">拟任职务</th>
            <th scope="col">拟免职务</th>
            <th scope="col">进展到</th>
            <th scope="col">记录本</th>
            <th scope="col">任前公示</th>
            <th scope="col">任职通知</th>
            <th scope="col">状态</th>
            <th scope="col">登记日期</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {selection && (
                <td className="register-select">
                  {selection.allowed(row) && (
                    <input type="checkbox" aria-label={`选择${row.cadreName}（${row.actionLabel}）`} checked={selection.ids.has(row.id)} onChange={() => selection.onToggle(row)} />
                  )}
                </td>
              )}
              <th scope="row" className="cell-name">
                <button type="button" className="book-link" onClick={() => onOpenTimeline(row)} aria-label={`${row.cadreName}的任免经历`}>
                  {row.cadreName}
                </button>
              </th>
              <td className="cell-name">{row.actionLabel}</td>
              <td>{row.proposedPost || '—'}</td>
              <td>{row.postToRemove || '—'}</td>
              <td>{stageReached(row)}</td>
              <td className="cell-name">{row.decision ? `${row.decision.entryLabel}（${row.decision.resultLabel}）` : '—'}</td>
              <td>{noticeText(row)}</td>
              <td>{appointmentText(row)}</td>
              <td className="cell-name">
                <span className="badge badge-off">{row.statusLabel}</span>
              </td>
              <td className="cell-time">{dayText(row.registerDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
