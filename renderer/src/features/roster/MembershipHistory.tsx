import type { MembershipView } from '../../../../shared/roster/views'
import { chineseDate } from '../../../../shared/roster/dates'
import { EmptyState } from '../../components/EmptyState'

/** Every membership period, newest first: nothing is ever overwritten. */
export function MembershipHistory({ rows }: { rows: MembershipView[] }) {
  if (rows.length === 0) return <EmptyState>还没有任职记录。</EmptyState>
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">任职记录</caption>
        <thead>
          <tr>
            <th scope="col">姓名</th>
            <th scope="col">职务</th>
            <th scope="col" className="cell-rank">排名</th>
            <th scope="col">起始</th>
            <th scope="col">截止</th>
            <th scope="col">结束原因</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.endDate ? 'row-muted' : undefined}>
              <th scope="row" className="cell-name">{row.name}</th>
              <td>{row.post}</td>
              <td className="cell-rank">{row.rank}</td>
              <td className="cell-time">{chineseDate(row.startDate)}</td>
              <td className="cell-time">{row.endDate ? chineseDate(row.endDate) : <span className="badge badge-ok">在任</span>}</td>
              <td>{row.endReason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
