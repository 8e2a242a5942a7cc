import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { sumOf } from '../../../../shared/dashboard/rates'
import type { CategoryCount } from '../../../../shared/dashboard/views'
import { axisTick, chartColors } from './chartTheme'
import { ChartCard } from './ChartCard'

function CategoryTable({ rows, year }: { rows: CategoryCount[]; year: number }) {
  const majors = rows.filter((row) => row.major)
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{year}年各类别议题数</caption>
        <thead>
          <tr>
            <th scope="col">议题类别</th>
            <th scope="col">三重一大</th>
            <th scope="col" className="cell-number">上会议题</th>
            <th scope="col" className="cell-number">其中通过</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.category}>
              <th scope="row">{row.label}</th>
              <td>{row.major ? '是' : '否'}</td>
              <td className="cell-number">{row.topics}</td>
              <td className="cell-number">{row.passed}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">三重一大合计</th>
            <td />
            <td className="cell-number">{sumOf(majors, (row) => row.topics)}</td>
            <td className="cell-number">{sumOf(majors, (row) => row.passed)}</td>
          </tr>
          <tr>
            <th scope="row">全部议题</th>
            <td />
            <td className="cell-number">{sumOf(rows, (row) => row.topics)}</td>
            <td className="cell-number">{sumOf(rows, (row) => row.passed)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

/** 议题类别: topics heard per category; the 三重一大 in the brand colour. */
export function CategoryChart({ rows, year }: { rows: CategoryCount[]; year: number }) {
  const majors = sumOf(
    rows.filter((row) => row.major),
    (row) => row.topics,
  )
  const label = `${year}年各类别上会议题数柱状图：${rows.map((row) => `${row.label}${row.topics}项`).join('；')}；三重一大合计${majors}项`
  return (
    <ChartCard
      id="stats-categories"
      title="上会议题类别"
      chartLabel={label}
      summary={
        <>
          共研究议题 <strong>{sumOf(rows, (row) => row.topics)}</strong> 项，其中“三重一大”事项 <strong className="chart-major">{majors}</strong> 项。
        </>
      }
      chart={
        <ResponsiveContainer width="100%" height={236}>
          <BarChart data={rows} margin={{ top: 20, right: 8, bottom: 4, left: -16 }} barCategoryGap="30%">
            <CartesianGrid vertical={false} stroke={chartColors.grid} />
            <XAxis dataKey="label" interval={0} tick={axisTick} stroke={chartColors.grid} />
            <YAxis allowDecimals={false} tick={axisTick} stroke={chartColors.grid} />
            <Tooltip cursor={{ fill: '#f1f3f5' }} />
            <Bar dataKey="topics" name="上会议题" isAnimationActive={false}>
              {rows.map((row) => (
                <Cell key={row.category} fill={row.major ? chartColors.brand : chartColors.general} />
              ))}
              <LabelList dataKey="topics" position="top" fill={chartColors.axis} fontSize={12} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={<CategoryTable rows={rows} year={year} />}
    />
  )
}
