import { taskStatusLabels } from '../../../../shared/follow-up/task-status'
import type { FollowUpRow } from '../../../../shared/follow-up/views'
import { topicCategoryLabels } from '../../../../shared/meetings/vocabulary'
import { chineseDate } from '../meetings/chineseDate'
import { taskStatusClass } from './statusTone'
import { UncoveredYearsNote } from '../calendar-settings/UncoveredYearsNote'

/** The tasks; a title opens the task. An overdue row is marked, not only coloured. */
export function TaskTable({ rows, onOpen }: { rows: FollowUpRow[]; onOpen: (taskId: string) => void }) {
  return (
    <div className="table-wrap">
      <table className="table follow-up-table">
        <thead>
          <tr>
            <th scope="col">决定事项</th>
            <th scope="col">会议</th>
            <th scope="col">类别</th>
            <th scope="col">牵头领导</th>
            <th scope="col">责任单位</th>
            <th scope="col">办结时限</th>
            <th scope="col">状态</th>
            <th scope="col">最近报告</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.status === 'overdue' ? 'row-overdue' : undefined}>
              <th scope="row">
                <button type="button" className="task-link task-title" onClick={() => onOpen(row.id)}>
                  {row.topicTitle}
                </button>
              </th>
              <td className="cell-name">
                {row.meetingLabel}
                <div className="cell-sub">{chineseDate(row.meetingDate)}</div>
              </td>
              <td className="cell-name">{topicCategoryLabels[row.category]}</td>
              <td className="cell-name">{row.leadLeaderName ?? '—'}</td>
              <td>{row.responsibleUnits ?? '—'}</td>
              <td className="cell-time">
                {row.deadline ? chineseDate(row.deadline) : '未定'}
                {row.effectiveDeadline && row.effectiveDeadline !== row.deadline && <div className="cell-sub">顺延至 {chineseDate(row.effectiveDeadline)}</div>}
                <UncoveredYearsNote years={row.uncoveredYears} compact />
                {row.dueSoon && <div className="cell-sub due-soon">即将到期</div>}
              </td>
              <td className="cell-name">
                <span className={taskStatusClass[row.status]}>{taskStatusLabels[row.status]}</span>
              </td>
              <td className="cell-time">{row.lastReportDate ? chineseDate(row.lastReportDate) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
