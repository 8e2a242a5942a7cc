import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { sumOf } from '../../../../shared/dashboard/rates'
import type { BodyMeetingCount } from '../../../../shared/dashboard/views'
import { axisTick, chartColors } from './chartTheme'
import { ChartCard } from './ChartCard'

const hideZero = (value: unknown) => (value ? String(value) : '')

function MeetingsTable({ rows, year }: { rows: BodyMeetingCount[]; year: number }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{year}年各类会议召开次数</caption>
        <thead>
          <tr>
            <th scope="col">会议类型</th>
            <th scope="col" className="cell-number">已召开</th>
            <th scope="col" className="cell-number">未召开</th>
            <th scope="col" className="cell-number">合计</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.bodyId}>
              <th scope="row">{row.bodyName}</th>
              <td className="cell-number">{row.held}</td>
              <td className="cell-number">{row.planned}</td>
              <td className="cell-number">{row.held + row.planned}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">合计</th>
            <td className="cell-number">{sumOf(rows, (row) => row.held)}</td>
            <td className="cell-number">{sumOf(rows, (row) => row.planned)}</td>
            <td className="cell-number">{sumOf(rows, (row) => row.held + row.planned)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

/** 会议召开情况: held and planned meetings per body, as stacked horizontal bars. */
export function MeetingsByBodyChart({ rows, year }: { rows: BodyMeetingCount[]; year: number }) {
  const held = sumOf(rows, (row) => row.held)
  const label = `${year}年各类会议召开次数条形图：${rows.map((row) => `${row.bodyName}已召开${row.held}次${row.planned ? `、未召开${row.planned}次` : ''}`).join('；')}`
  return (
    <ChartCard
      id="stats-meetings"
      title="会议召开情况"
      chartLabel={label}
      summary={
        <>
          全年已召开 <strong>{held}</strong> 次会议
          {sumOf(rows, (row) => row.planned) > 0 && `，另有 ${sumOf(rows, (row) => row.planned)} 次尚未召开`}。
        </>
      }
      chart={
        <ResponsiveContainer width="100%" height={Math.max(180, rows.length * 38 + 56)}>
          <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 4 }} barCategoryGap="28%">
            <CartesianGrid horizontal={false} stroke={chartColors.grid} />
            <XAxis type="number" allowDecimals={false} tick={axisTick} stroke={chartColors.grid} />
            <YAxis type="category" dataKey="bodyName" width={120} tick={axisTick} stroke={chartColors.grid} />
            <Tooltip cursor={{ fill: '#f1f3f5' }} />
            <Legend wrapperStyle={{ fontSize: 12 }} formatter={(value: string) => <span style={{ color: chartColors.axis }}>{value}</span>} />
            <Bar dataKey="held" name="已召开" stackId="meetings" fill={chartColors.primary} isAnimationActive={false}>
              <LabelList dataKey="held" position="insideRight" fill="#fff" fontSize={12} formatter={hideZero} />
            </Bar>
            <Bar dataKey="planned" name="未召开" stackId="meetings" fill={chartColors.muted} isAnimationActive={false}>
              <LabelList dataKey="planned" position="insideRight" fill={chartColors.axis} fontSize={12} formatter={hideZero} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={<MeetingsTable rows={rows} year={year} />}
    />
  )
}
