import { formatPercentage } from '../../../../shared/dashboard/rates'
import { tallyStatuses } from '../../../../shared/dashboard/task-tally'
import { taskStatusLabels } from '../../../../shared/follow-up/task-status'
import { topicOutcomeLabels } from '../../../../shared/meetings/vocabulary'
import type { SelfCheckStatistics } from '../../../../shared/self-check/statistics'

// The figures of the report, as tables (the report prints the same ones).

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <div className="table-wrap self-check-table">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((cell) => (
              <th key={cell} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) => (column === 0 ? <th key={column} scope="row">{cell}</th> : <td key={column}>{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function StatisticsTables({ statistics }: { statistics: SelfCheckStatistics }) {
  const decisions = (['passed', 'deferred', 'rejected', 'withdrawn'] as const).map((outcome) => [topicOutcomeLabels[outcome], statistics.decisions[outcome]])
  const tasks = statistics.tasks
  return (
    <div className="self-check-statistics">
      <Table caption="会议召开次数（按月）" head={['月份', '召开次数']} rows={statistics.meetingsByMonth.map((month) => [month.label, month.held])} />
      <Table caption="议题分类（三重一大）" head={['类别', '议题数', '通过']} rows={statistics.categories.map((row) => [row.major ? `${row.label}（三重一大）` : row.label, row.topics, row.passed])} />
      <Table caption="决定事项" head={['结果', '项数']} rows={decisions} />
      {statistics.personnelByAction && <Table caption="干部任免事项（按类型）" head={['类型', '人次']} rows={statistics.personnelByAction.map((row) => [row.label, row.count])} />}
      <Table
        caption="成员出席情况"
        head={['姓名', '应到', '出席', '请假', '出席率', '请假事由']}
        rows={statistics.attendance.map((row) => [row.name, row.shouldAttend, row.present, row.leave, formatPercentage(row.rate), row.leaveReasons.map((reason) => `${reason.reason}${reason.count}次`).join('、') || '—'])}
      />
      <Table
        caption="督办落实"
        head={['项目', '数值']}
        rows={[
          ['督办事项', tasks.total],
          ...tallyStatuses.map((status) => [taskStatusLabels[status], tasks.byStatus[status]]),
          ['办结率', formatPercentage(tasks.completionRate)],
          ['逾期率', formatPercentage(tasks.overdueRate)],
        ]}
      />
    </div>
  )
}
