import { useState, type FormEvent } from 'react'
import type { MembershipView } from '../../../../shared/roster/views'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { DateInput } from './DateInput'
import { DialogActions } from './DialogActions'
import { todayIso } from '../../lib/clock'
import { useAction } from '../../lib/useAction'

/**
 * 多人调整: several posts and ranks from one date, checked together — how two members swap
 * places or a list moves down when someone joins. Only the rows that differ are sent.
 */
export function ReorderDialog({ running, onClose, onSaved }: { running: MembershipView[]; onClose: () => void; onSaved: (changed: MembershipView[]) => void }) {
  const [effectiveDate, setEffectiveDate] = useState(todayIso)
  const [rows, setRows] = useState(() => running.map((row) => ({ row, post: row.post, rank: String(row.rank) })))
  const action = useAction()

  function submit(event: FormEvent) {
    event.preventDefault()
    const changes = rows.filter((one) => one.post !== one.row.post || one.rank !== String(one.row.rank)).map((one) => ({ membershipId: one.row.id, post: one.post, rank: Number(one.rank) }))
    if (changes.length === 0) {
      action.setError('没有任何变化：请修改至少一人的职务或排名。')
      return
    }
    void action.run(() => call('roster.changeMemberships', { effectiveDate, changes }), onSaved)
  }

  const update = (index: number, patch: { post?: string; rank?: string }) => setRows(rows.map((one, at) => (at === index ? { ...one, ...patch } : one)))
  return (
    <Dialog title="多人调整职务/排名" onClose={onClose} busy={action.busy} size="wide">
      <form className="form" onSubmit={submit} noValidate>
        <p className="card-note">同一生效日期的几项调整一起检查、一起保存，可用于两人互换排名。原任职截止于生效日期的前一天。</p>
        <DateInput id="reorder-date" label="生效日期" value={effectiveDate} onChange={setEffectiveDate} />
        <div className="table-wrap reorder-table">
          <table className="table">
            <caption className="visually-hidden">调整后的职务和排名</caption>
            <thead>
              <tr>
                <th scope="col">姓名</th>
                <th scope="col">职务</th>
                <th scope="col">排名</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((one, index) => (
                <tr key={one.row.id}>
                  <th scope="row" className="cell-name">{one.row.name}</th>
                  <td>
                    <input className="cell-input" aria-label={`${one.row.name}的职务`} value={one.post} maxLength={64} onChange={(event) => update(index, { post: event.target.value })} />
                  </td>
                  <td>
                    <input className="cell-input cell-input-rank" aria-label={`${one.row.name}的排名`} type="number" min={1} max={99} value={one.rank} onChange={(event) => update(index, { rank: event.target.value })} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <DialogActions error={action.error} busy={action.busy} submitLabel="保存调整" onCancel={onClose} />
      </form>
    </Dialog>
  )
}
