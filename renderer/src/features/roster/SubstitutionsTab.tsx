import { useCallback, useState } from 'react'
import { chineseDate } from '../../../../shared/roster/dates'
import type { SubstitutionView } from '../../../../shared/roster/views'
import { call } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { StatusMessage } from '../../components/StatusMessage'
import { useLoad } from '../../lib/useLoad'
import { useSession } from '../session/SessionContext'
import { AsOfDateField } from './AsOfDateField'
import { EndDateDialog } from './EndDateDialog'
import { SubstitutionDialog } from './SubstitutionDialog'
import { todayIso } from '../../lib/clock'
import { canWriteRoster } from './canWriteRoster'

type OpenDialog = { kind: 'add' } | { kind: 'end'; pair: SubstitutionView }

/** 缺位互补: who covers for whom, in force on a day. */
export function SubstitutionsTab() {
  const { session } = useSession()
  const writable = canWriteRoster(session.permissions)
  const [date, setDate] = useState(todayIso)
  const loadPairs = useCallback(() => call('roster.substitutions', { date }), [date])
  const [pairs, reload] = useLoad(loadPairs)
  const [dialog, setDialog] = useState<OpenDialog | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  function done(message: string) {
    setDialog(null)
    setNotice(message)
    reload()
  }

  return (
    <section className="card" aria-labelledby="substitution-title">
      <div className="card-header">
        <h2 id="substitution-title">截至{chineseDate(date)}的缺位互补</h2>
        {writable && (
          <button type="button" className="button button-primary" onClick={() => { setNotice(null); setDialog({ kind: 'add' }) }}>
            新增互补
          </button>
        )}
      </div>
      <p className="card-note">常委因公出、请假等缺位时，由互补的常委代为负责其分管工作。</p>
      <div className="roster-toolbar">
        <AsOfDateField id="substitution-asof-date" value={date} onChange={setDate} />
      </div>
      {notice && <StatusMessage tone="success">{notice}</StatusMessage>}
      {pairs.status === 'loading' && <LoadingIndicator />}
      {pairs.status === 'error' && <ErrorMessage message={pairs.error.message} />}
      {pairs.status === 'ready' && pairs.value.length === 0 && <EmptyState title="这一天没有缺位互补安排">{writable ? '点击“新增互补”，为常委安排缺位时的补位人。' : '请换一个日期查看。'}</EmptyState>}
      {pairs.status === 'ready' && pairs.value.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">缺位互补</caption>
            <thead>
              <tr>
                <th scope="col">缺位常委</th>
                <th scope="col">补位常委</th>
                <th scope="col">开始</th>
                <th scope="col">结束</th>
                {writable && <th scope="col" className="cell-actions">操作</th>}
              </tr>
            </thead>
            <tbody>
              {pairs.value.map((pair) => (
                <tr key={pair.id}>
                  <th scope="row" className="cell-name">{pair.personName}</th>
                  <td>{pair.substituteName}</td>
                  <td className="cell-time">{chineseDate(pair.startDate)}</td>
                  <td className="cell-time">{pair.endDate ? chineseDate(pair.endDate) : '—'}</td>
                  {writable && (
                    <td className="cell-actions">
                      {pair.endDate === null && (
                        <button type="button" className="button button-small button-danger-quiet" aria-label={`结束${pair.personName}与${pair.substituteName}的互补`} onClick={() => { setNotice(null); setDialog({ kind: 'end', pair }) }}>
                          结束
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {dialog?.kind === 'add' && <SubstitutionDialog defaultDate={date} onClose={() => setDialog(null)} onSaved={(pair) => done(`已安排：${pair.personName}缺位时由${pair.substituteName}补位。`)} />}
      {dialog?.kind === 'end' && (
        <EndDateDialog
          title={`结束缺位互补：${dialog.pair.personName} — ${dialog.pair.substituteName}`}
          note={`${chineseDate(dialog.pair.startDate)}起。结束后该记录仍保留。`}
          save={(endDate) => call('roster.endSubstitution', { id: dialog.pair.id, endDate })}
          onClose={() => setDialog(null)}
          onSaved={() => done('已结束该缺位互补安排。')}
        />
      )}
    </section>
  )
}
