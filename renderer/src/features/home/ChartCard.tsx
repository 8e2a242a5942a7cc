import { useState, type ReactNode } from 'react'
import { TabList, TabPanel } from '../../components/Tabs'

type View = 'chart' | 'table'
const views = [
  { id: 'chart', label: '图表' },
  { id: 'table', label: '数据表' },
] as const satisfies readonly { id: View; label: string }[]

interface ChartCardProps {
  /** Unique on the page: the tabs' element ids. */
  id: string
  title: string
  /** What the chart shows, in words: the chart's accessible name. */
  chartLabel: string
  /** A line of the key figures, above both views. */
  summary?: ReactNode
  chart: ReactNode
  table: ReactNode
}

/** One statistic as a chart, with the same numbers as a table one tab away (数据表). */
export function ChartCard({ id, title, chartLabel, summary, chart, table }: ChartCardProps) {
  const [view, setView] = useState<View>('chart')
  const titleId = `${id}-title`
  return (
    <section className="card chart-card" aria-labelledby={titleId}>
      <div className="chart-card-header">
        <h3 id={titleId}>{title}</h3>
        <TabList label={`${title}的显示方式`} idPrefix={id} tabs={views} current={view} onSelect={setView} />
      </div>
      {summary && <p className="chart-summary">{summary}</p>}
      <TabPanel idPrefix={id} current={view}>
        {view === 'chart' ? (
          <div className="chart-area" role="img" aria-label={chartLabel}>
            {chart}
          </div>
        ) : (
          table
        )}
      </TabPanel>
    </section>
  )
}
