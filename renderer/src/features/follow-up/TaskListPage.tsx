import { useCallback, useState } from 'react'
import type { TaskFilter } from '../../../../shared/follow-up/task-filter'
import { call } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { PageHeader } from '../../components/PageHeader'
import { StatusMessage } from '../../components/StatusMessage'
import { useAction } from '../../lib/useAction'
import { useLoad } from '../../lib/useLoad'
import { FollowUpReportDialog } from './FollowUpReportDialog'
import { defaultTaskFilter, TaskFilterBar } from './TaskFilterBar'
import { TaskTable } from './TaskTable'

// The default year is no filter the user set: an empty list then means there are no tasks yet.
const hasFilter = ({ year, ...rest }: TaskFilter) => year !== defaultTaskFilter().year || Object.values(rest).some((value) => value !== undefined && value !== null && value !== '')

/** The list of tasks with its filters, the .xlsx export and the 督办通报. */
export function TaskListPage({ filter, onFilter, onOpen }: { filter: TaskFilter; onFilter: (filter: TaskFilter) => void; onOpen: (taskId: string) => void }) {
  const load = useCallback(() => call('followUp.list', filter), [filter])
  const [rows] = useLoad(load)
  const [savedPath, setSavedPath] = useState<string | null>(null)
  const [reportOpen, setReportOpen] = useState(false)
  const exporting = useAction()

  function exportList() {
    setSavedPath(null)
    void exporting.run(
      () => call('followUp.exportList', filter),
      (saved) => setSavedPath(saved?.path ?? null),
    )
  }

  const ready = rows.status === 'ready'
  return (
    <div className="follow-up-page stack">
      <PageHeader
        title="督办"
        description="会议通过的决定事项：牵头领导、责任单位、办结时限，进展报告与回头看。逾期按工作日历自动计算。"
        actions={
          <>
            <button type="button" className="button button-secondary" onClick={exportList} disabled={exporting.busy || !ready || rows.value.length === 0}>
              导出清单…
            </button>
            <button type="button" className="button button-primary" onClick={() => setReportOpen(true)} disabled={!ready}>
              生成督办通报…
            </button>
          </>
        }
      />
      <TaskFilterBar filter={filter} onSearch={onFilter} />
      {exporting.busy && <StatusMessage tone="busy">正在导出督办事项清单…</StatusMessage>}
      <ErrorMessage message={exporting.error} />
      {savedPath && (
        <StatusMessage tone="success">
          已导出到 <span className="path">{savedPath}</span>
        </StatusMessage>
      )}
      {rows.status === 'loading' && <LoadingIndicator text="正在加载督办事项…" />}
      {rows.status === 'error' && <ErrorMessage message={rows.error.message} />}
      {ready &&
        (rows.value.length === 0 ? (
          <EmptyState title={hasFilter(filter) ? '没有符合条件的督办事项。' : '还没有督办事项。'}>
            <p>{hasFilter(filter) ? '可减少筛选条件再试。' : '会议中记为“通过”的决定（干部任免事项除外）会自动成为督办事项。'}</p>
          </EmptyState>
        ) : (
          <>
            <p className="table-count">共 {rows.value.length} 项</p>
            <TaskTable rows={rows.value} onOpen={onOpen} />
          </>
        ))}
      {reportOpen && <FollowUpReportDialog filter={filter} onClose={() => setReportOpen(false)} />}
    </div>
  )
}
