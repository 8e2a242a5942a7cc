import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { formatPercentage } from '../../../../shared/dashboard/rates'
import type { MemberAttendance } from '../../../../shared/dashboard/views'
import { axisTick, chartColors, lowAttendance } from './chartTheme'
import { ChartCard } from './ChartCard'

function AttendanceTable({ rows, year }: { rows: MemberAttendance[]; year: number }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{year}年成员出席情况</caption>
        <thead>
          <tr>
            <th scope="col">成员</th>
            <th scope="col" className="cell-number">应到（次）</th>
            <th scope="col" className="cell-number">出席</th>
            <th scope="col" className="cell-number">请假</th>
            <th scope="col" className="cell-number">未出席（含请假）</th>
            <th scope="col" className="cell-number">出席率</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.personId}>
              <th scope="row">{row.name}</th>
              <td className="cell-number">{row.shouldAttend}</td>
              <td className="cell-number">{row.present}</td>
              <td className="cell-number">{row.leave}</td>
              <td className="cell-number">{row.absent}</td>
              <td className="cell-number">{formatPercentage(row.rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** 出席率: each member's share of the held meetings they attended; low ones in amber. */
export function AttendanceChart({ rows, year }: { rows: MemberAttendance[]; year: number }) {
  const data = rows.map((row) => ({ ...row, shown: row.rate ?? 0 }))
  const label = `${year}年成员出席率条形图：${rows.map((row) => `${row.name}${formatPercentage(row.rate)}（应到${row.shouldAttend}次，出席${row.present}次）`).join('；')}`
  return (
    <ChartCard
      id="stats-attendance"
      title="成员出席率"
      chartLabel={label}
      summary={
        <>
          按全年已召开会议的应到次数计算，请假计为未出席；低于 {lowAttendance}% 的以<span className="chart-low">琥珀色</span>显示。
        </>
      }
      chart={
        rows.length === 0 ? (
          <p className="home-empty">本年度尚无已召开的会议。</p>
        ) : (
          <ResponsiveContainer width="100%" height={rows.length * 30 + 40}>
            <BarChart data={data} layout="vertical" margin={{ top: 4, right: 52, bottom: 4, left: 4 }} barCategoryGap="22%">
              <CartesianGrid horizontal={false} stroke={chartColors.grid} />
              <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} unit="%" tick={axisTick} stroke={chartColors.grid} />
              <YAxis type="category" dataKey="name" width={64} tick={axisTick} stroke={chartColors.grid} interval={0} />
              <Tooltip cursor={{ fill: '#f1f3f5' }} formatter={(value) => [formatPercentage(Number(value)), '出席率']} />
              <Bar dataKey="shown" name="出席率" isAnimationActive={false}>
                {data.map((row) => (
                  <Cell key={row.personId} fill={row.shown < lowAttendance ? chartColors.low : chartColors.primary} />
                ))}
                <LabelList dataKey="rate" position="right" fill={chartColors.axis} fontSize={12} formatter={(value: unknown) => formatPercentage(typeof value === 'number' ? value : null)} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        )
      }
      table={<AttendanceTable rows={rows} year={year} />}
    />
  )
}
