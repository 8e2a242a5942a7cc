import { useCallback, useEffect, useState } from 'react'
import type { AuditEntry, AuditVerification } from '../../../../shared/ipc/channels/audit'
import type { AppErrorShape } from '../../../../shared/errors'
import { call } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { AuditTable } from './AuditTable'
import { AuditVerifyLine } from './AuditVerifyLine'

const pageSize = 100

type Loaded = { verification: AuditVerification; entries: AuditEntry[]; more: boolean }
type State = { status: 'loading' } | { status: 'error'; error: AppErrorShape } | ({ status: 'ready' } & Loaded)

/** The chain check and the first page of entries, newest first. */
async function loadFirstPage(): Promise<State> {
  const verification = await call('audit.verify')
  if (!verification.ok) return { status: 'error', error: verification.error }
  const entries = await call('audit.list', { limit: pageSize })
  if (!entries.ok) return { status: 'error', error: entries.error }
  return { status: 'ready', verification: verification.value, entries: entries.value, more: entries.value.length === pageSize }
}

/** 设置 → 审计日志 (audit.read): verification, entries, 加载更多, 重新校验. */
export function AuditSection() {
  const [state, setState] = useState<State>({ status: 'loading' })
  const [loadingMore, setLoadingMore] = useState(false)
  const [moreError, setMoreError] = useState<string | null>(null)
  const [generation, setGeneration] = useState(0)

  useEffect(() => {
    let current = true
    void loadFirstPage().then((next) => {
      if (current) setState(next)
    })
    return () => {
      current = false
    }
  }, [generation])

  const refresh = useCallback(() => {
    setMoreError(null)
    setState({ status: 'loading' })
    setGeneration((value) => value + 1)
  }, [])

  async function loadMore() {
    if (state.status !== 'ready' || loadingMore) return
    const last = state.entries.at(-1)
    if (!last) return
    setLoadingMore(true)
    setMoreError(null)
    const result = await call('audit.list', { limit: pageSize, beforeId: last.id })
    setLoadingMore(false)
    if (!result.ok) {
      setMoreError(result.error.message)
      return
    }
    setState({ ...state, entries: [...state.entries, ...result.value], more: result.value.length === pageSize })
  }

  return (
    <section className="card" aria-labelledby="audit-title">
      <div className="card-header">
        <h2 id="audit-title">审计日志</h2>
        <button type="button" className="button button-secondary" onClick={refresh} disabled={state.status === 'loading'}>
          重新校验并刷新
        </button>
      </div>
      <p className="card-note">每一次解锁、锁定和修改都记入日志。每条记录带有前一条的校验值，任何删除或改动都会被发现。</p>
      {state.status === 'loading' && <LoadingIndicator text="正在校验并读取日志…" />}
      {state.status === 'error' && <ErrorMessage message={state.error.message} />}
      {state.status === 'ready' && (
        <>
          <AuditVerifyLine result={state.verification} />
          {state.entries.length === 0 ? (
            <EmptyState title="日志中还没有记录。">
              <p>解锁、修改设置等操作会记录在这里。</p>
            </EmptyState>
          ) : (
            <AuditTable entries={state.entries} />
          )}
          <ErrorMessage message={moreError} />
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
