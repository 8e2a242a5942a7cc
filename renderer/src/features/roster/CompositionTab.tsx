import { useCallback, useState } from 'react'
import type { MembershipView } from '../../../../shared/roster/views'
import { chineseDate } from '../../../../shared/roster/dates'
import { call } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { StatusMessage } from '../../components/StatusMessage'
import { useLoad } from '../../lib/useLoad'
import { useSession } from '../session/SessionContext'
import { AddMemberDialog } from './AddMemberDialog'
import { AsOfDateField } from './AsOfDateField'
import { ChangeMembershipDialog } from './ChangeMembershipDialog'
import { EndMembershipDialog } from './EndMembershipDialog'
import { MembershipHistory } from './MembershipHistory'
import { ReorderDialog } from './ReorderDialog'
import { todayIso } from '../../lib/clock'
import { canWriteRoster } from './canWriteRoster'

type OpenDialog = { kind: 'add' } | { kind: 'reorder'; running: MembershipView[] } | { kind: 'change' | 'end'; membership: MembershipView }

/** 常委会组成: the committee on a chosen day by rank, its changes, and every period ever held. */
export function CompositionTab() {
  const { session } = useSession()
  const writable = canWriteRoster(session.permissions)
  const [date, setDate] = useState(todayIso)
  const loadRoster = useCallback(() => call('roster.asOf', { date }), [date])
  const [roster, reloadRoster] = useLoad(loadRoster)
  const loadHistory = useCallback(() => call('roster.history'), [])
  const [history, reloadHistory] = useLoad(loadHistory)
  const [dialog, setDialog] = useState<OpenDialog | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  function done(message: string) {
    setDialog(null)
    setNotice(message)
    reloadRoster()
    reloadHistory()
  }

  return (
    <div className="stack">
      <section className="card" aria-labelledby="roster-asof-title">
        <div className="card-header">
          <h2 id="roster-asof-title">截至{chineseDate(date)}的常委会组成</h2>
          {writable && (
            <div className="card-actions">
              {roster.status === 'ready' && roster.value.some((row) => row.endDate === null) && (
                <button type="button" className="button button-secondary" onClick={() => { setNotice(null); setDialog({ kind: 'reorder', running: roster.value.filter((row) => row.endDate === null) }) }}>
                  多人调整
                </button>
              )}
              <button type="button" className="button button-primary" onClick={() => { setNotice(null); setDialog({ kind: 'add' }) }}>
                新增常委
              </button>
            </div>
          )}
        </div>
        <div className="roster-toolbar">
          <AsOfDateField id="roster-asof-date" value={date} onChange={setDate} />
          {roster.status === 'ready' && roster.value.length > 0 && <p className="table-count">共 {roster.value.length} 名常委</p>}
        </div>
        {notice && <StatusMessage tone="success">{notice}</StatusMessage>}
        {roster.status === 'loading' && <LoadingIndicator />}
        {roster.status === 'error' && <ErrorMessage message={roster.error.message} />}
        {roster.status === 'ready' && roster.value.length === 0 && (
          <EmptyState title="这一天没有常委会成员记录">{writable ? '点击“新增常委”，按职务和排名录入常委会成员。' : '请换一个日期查看。'}</EmptyState>
        )}
        {roster.status === 'ready' && roster.value.length > 0 && (
          <RosterTable rows={roster.value} writable={writable} onAction={(kind, membership) => { setNotice(null); setDialog({ kind, membership }) }} />
        )}
      </section>
      <section className="card" aria-labelledby="roster-history-title">
        <h2 id="roster-history-title">任职记录</h2>
        <p className="card-note">每次职务或排名调整都结束原任职、开始新任职，历史记录保留不改。</p>
        {history.status === 'loading' && <LoadingIndicator />}
        {history.status === 'error' && <ErrorMessage message={history.error.message} />}
        {history.status === 'ready' && <MembershipHistory rows={history.value} />}
      </section>

      {dialog?.kind === 'add' && <AddMemberDialog defaultDate={date} onClose={() => setDialog(null)} onSaved={(saved) => done(`已新增常委 ${saved.name}（第 ${saved.rank} 位）。`)} />}
      {dialog?.kind === 'change' && (
        <ChangeMembershipDialog membership={dialog.membership} onClose={() => setDialog(null)} onSaved={(saved) => done(`已调整 ${saved.name}：${chineseDate(saved.startDate)}起为${saved.post}，第 ${saved.rank} 位。`)} />
      )}
      {dialog?.kind === 'reorder' && <ReorderDialog running={dialog.running} onClose={() => setDialog(null)} onSaved={(changed) => done(`已调整 ${changed.map((row) => `${row.name}（第 ${row.rank} 位）`).join('、')}，${chineseDate(changed[0]?.startDate ?? date)}起生效。`)} />}
      {dialog?.kind === 'end' && <EndMembershipDialog membership={dialog.membership} onClose={() => setDialog(null)} onSaved={(saved) => done(`已记录 ${saved.name}离任，任职至${chineseDate(saved.endDate ?? saved.startDate)}。`)} />}
    </div>
  )
}

function RosterTable({ rows, writable, onAction }: { rows: MembershipView[]; writable: boolean; onAction: (kind: 'change' | 'end', membership: MembershipView) => void }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">常委会组成（按排名）</caption>
        <thead>
          <tr>
            <th scope="col" className="cell-rank">排名</th>
            <th scope="col">姓名</th>
            <th scope="col">职务</th>
            <th scope="col">任职起始</th>
            {writable && <th scope="col" className="cell-actions">操作</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="cell-rank">{row.rank}</td>
              <th scope="row" className="cell-name">{row.name}</th>
              <td>{row.post}</td>
              <td className="cell-time">
                {chineseDate(row.startDate)}
                {row.endDate && <span className="tag">至{chineseDate(row.endDate)}</span>}
              </td>
              {writable && (
                <td className="cell-actions">
                  {row.endDate === null && (
                    <div className="row-actions">
                      <button type="button" className="button button-small button-secondary" aria-label={`${row.name}：职务/排名调整`} onClick={() => onAction('change', row)}>
                        职务/排名调整
                      </button>
                      <button type="button" className="button button-small button-danger-quiet" aria-label={`${row.name}：离任`} onClick={() => onAction('end', row)}>
                        离任
                      </button>
                    </div>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
