import { useCallback, useState } from 'react'
import type { YearStatistics as Statistics } from '../../../../shared/dashboard/views'
import { call } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import { AttendanceChart } from './AttendanceChart'
import { CategoryChart } from './CategoryChart'
import { MeetingsByBodyChart } from './MeetingsByBodyChart'
import { TaskChart } from './TaskChart'

const isEmptyYear = (stats: Statistics) => stats.meetingsByBody.every((row) => row.held + row.planned === 0) && stats.tasks.total === 0

function Charts({ stats }: { stats: Statistics }) {
  if (isEmptyYear(stats)) {
    return (
      <EmptyState title={`${stats.year}年没有会议记录。`}>
        <p>{stats.years.length > 0 ? `有记录的年度：${stats.years.map((year) => `${year}年`).join('、')}。` : '召开第一次会议后，这里会按年度统计会议、出席、议题和督办情况。'}</p>
      </EmptyState>
    )
  }
  return (
    <div className="chart-grid">
      <MeetingsByBodyChart rows={stats.meetingsByBody} year={stats.year} />
      <CategoryChart rows={stats.categories} year={stats.year} />
      <AttendanceChart rows={stats.attendance} year={stats.year} />
      <TaskChart tally={stats.tasks} year={stats.year} />
    </div>
  )
}

/** 年度统计: the year's figures as charts, each with its numbers as a table; a year selector. */
export function YearStatistics({ initialYear }: { initialYear: number }) {
  const [year, setYear] = useState(initialYear)
  const load = useCallback(() => call('dashboard.yearStatistics', { year }), [year])
  const [stats] = useLoad(load)
  const known = stats.status === 'ready' ? stats.value.years : []
  const years = [...new Set([initialYear, year, ...known])].sort((a, b) => b - a)
  const stale = stats.status === 'ready' && stats.value.year !== year
  return (
    <section className="home-statistics" aria-labelledby="home-statistics-title">
      <div className="home-statistics-header">
        <h2 id="home-statistics-title">年度统计</h2>
        <div className="field field-inline">
          <label htmlFor="home-statistics-year">年度</label>
          <select id="home-statistics-year" value={year} onChange={(event) => setYear(Number(event.target.value))}>
            {years.map((option) => (
              <option key={option} value={option}>
                {option}年
              </option>
            ))}
          </select>
        </div>
        {stale && <LoadingIndicator text="正在统计…" />}
      </div>
      {stats.status === 'loading' && <LoadingIndicator text="正在统计…" />}
      {stats.status === 'error' && <ErrorMessage message={stats.error.message} />}
      {stats.status === 'ready' && <Charts stats={stats.value} />}
    </section>
  )
}
