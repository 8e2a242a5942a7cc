import { useState, type FormEvent } from 'react'
import { chineseDate } from '../../../../shared/roster/dates'
import type { TermView } from '../../../../shared/roster/views'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { StatusMessage } from '../../components/StatusMessage'
import { TextField } from '../../components/TextField'
import { useLoad } from '../../lib/useLoad'
import { useSession } from '../session/SessionContext'
import { DateInput } from './DateInput'
import { DialogActions } from './DialogActions'
import { todayIso } from '../../lib/clock'
import { useAction } from '../../lib/useAction'
import { canWriteRoster } from './canWriteRoster'

const loadTerms = () => call('roster.terms')

/** 届次: each term with its dates; a meeting may be numbered within its term. */
export function TermsTab() {
  const { session } = useSession()
  const writable = canWriteRoster(session.permissions)
  const [terms, reload] = useLoad(loadTerms)
  const [editing, setEditing] = useState<{ term?: TermView } | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  return (
    <section className="card" aria-labelledby="terms-title">
      <div className="card-header">
        <h2 id="terms-title">届次</h2>
        {writable && (
          <button type="button" className="button button-primary" onClick={() => { setNotice(null); setEditing({}) }}>
            新增届次
          </button>
        )}
      </div>
      {notice && <StatusMessage tone="success">{notice}</StatusMessage>}
      {terms.status === 'loading' && <LoadingIndicator />}
      {terms.status === 'error' && <ErrorMessage message={terms.error.message} />}
      {terms.status === 'ready' && terms.value.length === 0 && <EmptyState title="还没有届次">{writable ? '点击“新增届次”，如“第十三届”，填写起止日期。' : '尚未录入届次。'}</EmptyState>}
      {terms.status === 'ready' && terms.value.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">届次</caption>
            <thead>
              <tr>
                <th scope="col">届次</th>
                <th scope="col">开始日期</th>
                <th scope="col">结束日期</th>
                {writable && <th scope="col" className="cell-actions">操作</th>}
              </tr>
            </thead>
            <tbody>
              {terms.value.map((term) => (
                <tr key={term.id}>
                  <th scope="row" className="cell-name">{term.name}</th>
                  <td className="cell-time">{chineseDate(term.startDate)}</td>
                  <td className="cell-time">{term.endDate ? chineseDate(term.endDate) : <span className="badge badge-ok">本届</span>}</td>
                  {writable && (
                    <td className="cell-actions">
                      <button type="button" className="button button-small button-secondary" aria-label={`编辑${term.name}`} onClick={() => { setNotice(null); setEditing({ term }) }}>
                        编辑
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <TermDialog
          term={editing.term}
          onClose={() => setEditing(null)}
          onSaved={(term) => {
            setEditing(null)
            setNotice(`已保存届次 ${term.name}。`)
            reload()
          }}
        />
      )}
    </section>
  )
}

function TermDialog({ term, onClose, onSaved }: { term?: TermView; onClose: () => void; onSaved: (term: TermView) => void }) {
  const [name, setName] = useState(term?.name ?? '')
  const [startDate, setStartDate] = useState(term?.startDate ?? todayIso())
  const [running, setRunning] = useState(term ? term.endDate === null : true)
  const [endDate, setEndDate] = useState(term?.endDate ?? '')
  const action = useAction()

  function submit(event: FormEvent) {
    event.preventDefault()
    void action.run(() => call('roster.saveTerm', { id: term?.id, name, startDate, endDate: running ? null : endDate }), onSaved)
  }

  return (
    <Dialog title={term ? `编辑届次：${term.name}` : '新增届次'} onClose={onClose} busy={action.busy}>
      <form className="form" onSubmit={submit} noValidate>
        <TextField id="term-name" label="届次名称" value={name} onChange={(event) => setName(event.target.value)} maxLength={32} required placeholder="如：第十三届" />
        <DateInput id="term-start" label="开始日期" value={startDate} onChange={setStartDate} />
        <label className="checkbox">
          <input type="checkbox" checked={running} onChange={(event) => setRunning(event.target.checked)} />
          本届尚未结束
        </label>
        {!running && <DateInput id="term-end" label="结束日期（最后一天）" value={endDate} onChange={setEndDate} />}
        <DialogActions error={action.error} busy={action.busy} submitLabel="保存" onCancel={onClose} />
      </form>
    </Dialog>
  )
}
