import type { DivisionView } from '../../../../shared/roster/views'
import { EmptyState } from '../../components/EmptyState'

/** Per member on the day: the fields they lead and assist; a member with none is marked. */
export function MemberDivisionTable({ members }: { members: DivisionView['members'] }) {
  if (members.length === 0) return <EmptyState>这一天没有常委会成员记录。</EmptyState>
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">各常委的分工</caption>
        <thead>
          <tr>
            <th scope="col" className="cell-rank">排名</th>
            <th scope="col">姓名</th>
            <th scope="col">分管</th>
            <th scope="col">协管</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const lead = member.areas.filter((area) => area.role === 'lead').map((area) => area.name)
            const assist = member.areas.filter((area) => area.role === 'assist').map((area) => area.name)
            return (
              <tr key={member.personId}>
                <td className="cell-rank">{member.rank}</td>
                <th scope="row" className="cell-name">{member.name}</th>
                <td>{member.areas.length === 0 ? <span className="badge badge-warn">暂无分工</span> : lead.join('、')}</td>
                <td>{assist.join('、')}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
