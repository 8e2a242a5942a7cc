import { useCallback, useEffect, useMemo, useState } from 'react'
import type { AuditEntry, AuditFilter, AuditVerification } from '../../../../shared/ipc/channels/audit'
import type { AppErrorShape } from '../../../../shared/errors'
import { call } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { StatusMessage } from '../../components/StatusMessage'
import { AuditFilterBar } from './AuditFilterBar'
import { emptyAuditFilter, isFiltered, toAuditFilter, type AuditFilterForm } from './auditFilter'
import { AuditTable } from './AuditTable'
import { AuditVerifyLine } from './AuditVerifyLine'

const pageSize = 100

type Loaded = { verification: AuditVerification; entries: AuditEntry[]; more: boolean }
type State = { status: 'loading' } | { status: 'error'; error: AppErrorShape } | ({ status: 'ready' } & Loaded)

/** The chain check (always over the whole log) and the first page of matching entries. */
async function loadFirstPage(filter: AuditFilter): Promise<State> {
  const verification = await call('audit.verify')
  if (!verification.ok) return { status: 'error', error: verification.error }
  const entries = await call('audit.list', { limit: pageSize, filter })
  if (!entries.ok) return { status: 'error', error: entries.error }
  return { status: 'ready', verification: verification.value, entries: entries.value, more: entries.value.length === pageSize }
}

/** 设置 → 审计日志 (audit.read): verification, filters, entries, 加载更多, 导出. */
export function AuditSection() {
  const [state, setState] = useState<State>({ status: 'loading' })
  const [form, setForm] = useState<AuditFilterForm>(emptyAuditFilter)
  const [loadingMore, setLoadingMore] = useState(false)
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null)
  const [exporting, setExporting] = useState(false)
  const [generation, setGeneration] = useState(0)
  // A new filter only when the form changes, so the effect below reloads exactly then.
  const filter = useMemo(() => toAuditFilter(form), [form])

  useEffect(() => {
    // The previous entries stay on screen until the new ones arrive: no flashing table.
    let current = true
    void loadFirstPage(filter).then((next) => {
      if (current) setState(next)
    })
    return () => {
      current = false
    }
  }, [generation, filter])

  const refresh = useCallback(() => {
    setMessage(null)
    setGeneration((value) => value + 1)
  }, [])

  async function loadMore() {
    if (state.status !== 'ready' || loadingMore) return
    const last = state.entries.at(-1)
    if (!last) return
    setLoadingMore(true)
    setMessage(null)
    const result = await call('audit.list', { limit: pageSize, beforeId: last.id, filter })
    setLoadingMore(false)
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.error.message })
      return
    }
    setState({ ...state, entries: [...state.entries, ...result.value], more: result.value.length === pageSize })
  }

  async function exportLog() {
    setExporting(true)
    setMessage(null)
    const result = await call('audit.export', { filter })
    setExporting(false)
    if (!result.ok) setMessage({ kind: 'error', text: result.error.message })
    else if (result.value.path) {
      setMessage({ kind: 'success', text: `已导出 ${result.value.count} 条记录到 ${result.value.path}` })
      setGeneration((value) => value + 1) // the export itself is now in the log
    }
  }

  return (
    <section className="card" aria-labelledby="audit-title">
      <div className="card-header">
        <h2 id="audit-title">审计日志</h2>
        <div className="card-actions">
          <button type="button" className="button button-secondary" onClick={exportLog} disabled={exporting || state.status !== 'ready'}>
            {isFiltered(form) ? '导出筛选结果…' : '导出…'}
          </button>
          <button type="button" className="button button-secondary" onClick={refresh} disabled={state.status === 'loading'}>
            重新校验并刷新
          </button>
        </div>
      </div>
      <p className="card-note">每一次解锁、锁定和修改都记入日志。每条记录带有前一条的校验值，任何删除或改动都会被发现。导出的表格含校验值，可在程序外核对。</p>
      <AuditFilterBar value={form} onChange={setForm} />
      {message?.kind === 'success' && <StatusMessage tone="success">{message.text}</StatusMessage>}
      {exporting && <StatusMessage tone="busy">正在导出…</StatusMessage>}
      {state.status === 'loading' && <LoadingIndicator text="正在校验并读取日志…" />}
      {state.status === 'error' && <ErrorMessage message={state.error.message} />}
      {state.status === 'ready' && (
        <>
          <AuditVerifyLine result={state.verification} />
          {state.entries.length === 0 ? (
            <EmptyState title={isFiltered(form) ? '没有符合筛选条件的记录。' : '日志中还没有记录。'}>
              <p>{isFiltered(form) ? '请放宽筛选条件，或点击“清除筛选”。' : '解锁、修改设置等操作会记录在这里。'}</p>
            </EmptyState>
          ) : (
            <AuditTable entries={state.entries} />
          )}
          <ErrorMessage message={message?.kind === 'error' ? message.text : null} />
          {loadingMore && <LoadingIndicator />}
          <div className="table-footer">
            <span className="table-count">已显示 {state.entries.length} 条</span>
            {state.more && (
              <button type="button" className="button button-secondary" onClick={loadMore} disabled={loadingMore}>
                加载更多
              </button>
            )}
          </div>
        </>
      )}
    </section>
  )
}
