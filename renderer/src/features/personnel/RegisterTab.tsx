import { useCallback, useState } from 'react'
import type { RegisterFilter } from '../../../../shared/ipc/channels/personnel'
import type { RegisterRow } from '../../../../shared/personnel/views'
import { call } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { StatusMessage } from '../../components/StatusMessage'
import { useLoad } from '../../lib/useLoad'
import { RegisterFilterBar } from './RegisterFilterBar'
import { RegisterTable } from './RegisterTable'
import { TimelineDialog } from './TimelineDialog'
import { useAction } from '../../lib/useAction'
import { documentReady, RegisterDocumentActions } from '../personnel-documents/RegisterDocumentActions'

// A user with the grant but without records.read gets no meeting list: the filter is simply not offered.
const loadMeetings = async () => {
  const result = await call('meetings.list', {})
  return { ok: true as const, value: result.ok ? result.value : [] }
}

/** 台账: find matters by name, ID number, post, unit, type, dates or meeting; export what is found. */
export function RegisterTab({ onOpenCadre }: { onOpenCadre: (cadreId: string) => void }) {
  const [filter, setFilter] = useState<RegisterFilter>({})
  const load = useCallback(() => call('personnel.searchRegister', filter), [filter])
  const [rows] = useLoad(load)
  const [meetings] = useLoad(loadMeetings)
  const [timelineOf, setTimelineOf] = useState<RegisterRow | null>(null)
  const [savedPath, setSavedPath] = useState<string | null>(null)
  const exporting = useAction()
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set())
  const toggle = (row: RegisterRow) =>
    setSelectedIds((current) => {
      const next = new Set(current)
      if (!next.delete(row.id)) next.add(row.id)
      return next
    })
  const selectedRows = rows.status === 'ready' ? rows.value.filter((row) => selectedIds.has(row.id)) : []

  function exportXlsx() {
    setSavedPath(null)
    void exporting.run(
      () => call('personnel.exportRegister', filter),
      (saved) => setSavedPath(saved?.path ?? null),
    )
  }

  return (
    <div className="stack">
      <RegisterFilterBar meetings={meetings.status === 'ready' ? meetings.value : []} onSearch={setFilter} />
      <div className="register-toolbar">
        <span className="table-count">{rows.status === 'ready' ? `共 ${rows.value.length} 条` : ''}</span>
        <button type="button" className="button button-secondary" onClick={exportXlsx} disabled={exporting.busy || rows.status !== 'ready' || rows.value.length === 0}>
          导出 .xlsx…
        </button>
      </div>
      <RegisterDocumentActions rows={selectedRows} />
      {exporting.busy && <StatusMessage tone="busy">正在导出台账…</StatusMessage>}
      <ErrorMessage message={exporting.error} />
      {savedPath && (
        <StatusMessage tone="success">
          已导出到 <span className="path">{savedPath}</span>
        </StatusMessage>
      )}
      {rows.status === 'loading' && <LoadingIndicator />}
      {rows.status === 'error' && <ErrorMessage message={rows.error.message} />}
      {rows.status === 'ready' &&
        (rows.value.length === 0 ? (
          <EmptyState title="没有符合条件的任免事项。">
            <p>可减少查找条件再试；新的任免事项在“干部档案”中为干部建立。</p>
          </EmptyState>
        ) : (
          <RegisterTable rows={rows.value} onOpenTimeline={setTimelineOf} selection={{ ids: selectedIds, allowed: documentReady, onToggle: toggle }} />
        ))}
      {timelineOf && (
        <TimelineDialog
          cadreId={timelineOf.cadreId}
          cadreName={timelineOf.cadreName}
          onClose={() => setTimelineOf(null)}
          onOpenCadre={() => {
            setTimelineOf(null)
            onOpenCadre(timelineOf.cadreId)
          }}
        />
      )}
    </div>
  )
}
