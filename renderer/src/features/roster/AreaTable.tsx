import { workRoleLabels } from '../../../../shared/meetings/vocabulary'
import { divisionStateLabels } from '../../../../shared/roster/rules'
import type { AssignmentView, WorkAreaView } from '../../../../shared/roster/views'

interface AreaTableProps {
  areas: WorkAreaView[]
  writable: boolean
  onAssign: (area: WorkAreaView) => void
  onEdit: (area: WorkAreaView) => void
  onEnd: (area: WorkAreaView, assignment: AssignmentView) => void
}

const stateBadge = { ok: 'badge-ok', gap: 'badge-gap', overlap: 'badge-overlap' } as const

/** Each field of work with who leads and who assists on the day; a gap or overlap says so in words. */
export function AreaTable({ areas, writable, onAssign, onEdit, onEnd }: AreaTableProps) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">分工领域</caption>
        <thead>
          <tr>
            <th scope="col">分工领域</th>
            <th scope="col">分管、协管常委</th>
            <th scope="col">状态</th>
            {writable && <th scope="col" className="cell-actions">操作</th>}
          </tr>
        </thead>
        <tbody>
          {areas.map((area) => (
            <tr key={area.id} className={area.archived ? 'row-muted' : undefined}>
              <th scope="row">
                {area.name}
                {area.archived && <span className="tag">已停用</span>}
                {area.units && <p className="cell-sub">{area.units}</p>}
              </th>
              <td>
                {area.assignments.length === 0 && <span className="cell-sub">（无）</span>}
                <ul className="assignment-list">
                  {area.assignments.map((assignment) => (
                    <li key={assignment.assignmentId}>
                      <span className={`role role-${assignment.role}`}>{workRoleLabels[assignment.role]}</span> {assignment.name}
                      {writable && assignment.endDate === null && (
                        <button type="button" className="button button-link assignment-end" aria-label={`结束${assignment.name}对“${area.name}”的${workRoleLabels[assignment.role]}`} onClick={() => onEnd(area, assignment)}>
                          结束
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <span className={`badge ${stateBadge[area.state]}`}>
                  {area.state === 'ok' ? '✓ ' : '⚠ '}
                  {divisionStateLabels[area.state]}
                </span>
              </td>
              {writable && (
                <td className="cell-actions">
                  <div className="row-actions">
                    {!area.archived && (
                      <button type="button" className="button button-small button-secondary" aria-label={`为“${area.name}”安排分工`} onClick={() => onAssign(area)}>
                        安排分工
                      </button>
                    )}
                    <button type="button" className="button button-small button-secondary" aria-label={`编辑“${area.name}”`} onClick={() => onEdit(area)}>
                      编辑
                    </button>
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
