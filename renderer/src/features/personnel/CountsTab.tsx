import { actionTypeLabels, actionTypes } from '../../../../shared/personnel/vocabulary'
import { call } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'

const loadCounts = () => call('personnel.counts')

/** 统计: matters by year (rows) and action type (columns), with totals. */
export function CountsTab() {
  const [counts] = useLoad(loadCounts)
  if (counts.status === 'loading') return <LoadingIndicator />
  if (counts.status === 'error') return <ErrorMessage message={counts.error.message} />
  if (counts.value.length === 0) {
    return (
      <EmptyState title="尚无可统计的任免事项。">
        <p>任免事项按登记日期（讨论决定、酝酿或动议之日）归入年度统计。</p>
      </EmptyState>
    )
  }
  const years = [...new Set(counts.value.map((row) => row.year))].sort((a, b) => b - a)
  const types = actionTypes.filter((type) => counts.value.some((row) => row.actionType === type))
  const count = (year: number, type: string) => counts.value.find((row) => row.year === year && row.actionType === type)?.count ?? 0
  const yearTotal = (year: number) => counts.value.filter((row) => row.year === year).reduce((sum, row) => sum + row.count, 0)
  return (
    <div className="table-wrap counts-table">
      <table className="table">
        <caption className="visually-hidden">按年度和任免类型统计的任免事项数</caption>
        <thead>
          <tr>
            <th scope="col">年度</th>
            {types.map((type) => (
              <th key={type} scope="col" className="cell-number">
                {actionTypeLabels[type]}
              </th>
            ))}
            <th scope="col" className="cell-number">
              合计
            </th>
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr key={year}>
              <th scope="row">{year}年</th>
              {types.map((type) => (
                <td key={type} className="cell-number">
                  {count(year, type)}
                </td>
              ))}
              <td className="cell-number">
                <strong>{yearTotal(year)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
