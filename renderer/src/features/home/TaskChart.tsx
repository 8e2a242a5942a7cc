import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { formatPercentage, percentage } from '../../../../shared/dashboard/rates'
import { tallyStatuses, type TaskTally } from '../../../../shared/dashboard/task-tally'
import { taskStatusLabels } from '../../../../shared/follow-up/task-status'
import { axisTick, chartColors, taskStatusColors } from './chartTheme'
import { ChartCard } from './ChartCard'

function TaskTable({ tally, year }: { tally: TaskTally; year: number }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{year}年督办事项办理情况</caption>
        <thead>
          <tr>
            <th scope="col">状态</th>
            <th scope="col" className="cell-number">事项数</th>
            <th scope="col" className="cell-number">占比</th>
          </tr>
        </thead>
        <tbody>
          {tallyStatuses.map((status) => (
            <tr key={status}>
              <th scope="row">{taskStatusLabels[status]}</th>
              <td className="cell-number">{tally.byStatus[status]}</td>
              <td className="cell-number">{formatPercentage(percentage(tally.byStatus[status], tally.total))}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">合计</th>
            <td className="cell-number">{tally.total}</td>
            <td className="cell-number">{tally.total > 0 ? '100%' : '—'}</td>
          </tr>
          <tr>
            <th scope="row">办结率（已办结＋已销号）</th>
            <td className="cell-number">{tally.done}</td>
            <td className="cell-number">{formatPercentage(tally.completionRate)}</td>
          </tr>
          <tr>
            <th scope="row">逾期率</th>
            <td className="cell-number">{tally.byStatus.overdue}</td>
            <td className="cell-number">{formatPercentage(tally.overdueRate)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

/** 督办落实: the year's decisions' tasks by status, with the completion and overdue rates. */
export function TaskChart({ tally, year }: { tally: TaskTally; year: number }) {
  const data = tallyStatuses.map((status) => ({ status, label: taskStatusLabels[status], count: tally.byStatus[status] }))
  const label = `${year}年督办事项状态柱状图：${data.map((row) => `${row.label}${row.count}项`).join('；')}；办结率${formatPercentage(tally.completionRate)}，逾期率${formatPercentage(tally.overdueRate)}`
  return (
    <ChartCard
      id="stats-tasks"
      title="督办落实情况"
      chartLabel={label}
      summary={
        <span className="chart-kpis">
          <span>
            督办事项 <strong>{tally.total}</strong> 项
          </span>
          <span>
            办结率 <strong className="chart-good">{formatPercentage(tally.completionRate)}</strong>
          </span>
          <span>
            逾期率 <strong className="chart-bad">{formatPercentage(tally.overdueRate)}</strong>
          </span>
        </span>
      }
      chart={
        tally.total === 0 ? (
          <p className="home-empty">本年度的决定尚无督办事项。</p>
        ) : (
          <ResponsiveContainer width="100%" height={236}>
            <BarChart data={data} margin={{ top: 20, right: 8, bottom: 4, left: -16 }} barCategoryGap="30%">
              <CartesianGrid vertical={false} stroke={chartColors.grid} />
              <XAxis dataKey="label" interval={0} tick={axisTick} stroke={chartColors.grid} />
              <YAxis allowDecimals={false} tick={axisTick} stroke={chartColors.grid} />
              <Tooltip cursor={{ fill: '#f1f3f5' }} />
              <Bar dataKey="count" name="事项数" isAnimationActive={false}>
                {data.map((row) => (
                  <Cell key={row.status} fill={taskStatusColors[row.status]} />
                ))}
                <LabelList dataKey="count" position="top" fill={chartColors.axis} fontSize={12} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        )
      }
      table={<TaskTable tally={tally} year={year} />}
    />
  )
}
