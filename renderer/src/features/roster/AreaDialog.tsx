import { useState, type FormEvent } from 'react'
import type { DivisionView, WorkAreaView } from '../../../../shared/roster/views'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { TextField } from '../../components/TextField'
import { DialogActions } from './DialogActions'
import { useAction } from '../../lib/useAction'

/** 新增/编辑分工领域: its name, its units, its place in the list; 停用 hides it from new assignments. */
export function AreaDialog({ area, asOf, onClose, onSaved }: { area?: WorkAreaView; asOf: string; onClose: () => void; onSaved: (view: DivisionView) => void }) {
  const [name, setName] = useState(area?.name ?? '')
  const [units, setUnits] = useState(area?.units ?? '')
  const [sortOrder, setSortOrder] = useState(String(area?.sortOrder ?? 0))
  const [archived, setArchived] = useState(area?.archived ?? false)
  const action = useAction()

  function submit(event: FormEvent) {
    event.preventDefault()
    void action.run(() => call('roster.saveArea', { id: area?.id, name, units, sortOrder: Number(sortOrder), archived, asOf }), onSaved)
  }

  return (
    <Dialog title={area ? `编辑分工领域：${area.name}` : '新增分工领域'} onClose={onClose} busy={action.busy}>
      <form className="form" onSubmit={submit} noValidate>
        <TextField id="area-name" label="领域名称" value={name} onChange={(event) => setName(event.target.value)} maxLength={64} required placeholder="如：组织工作" />
        <TextField id="area-units" label="所属单位" value={units} onChange={(event) => setUnits(event.target.value)} maxLength={500} placeholder="如：区委组织部、区委编办" />
        <TextField id="area-order" label="排列顺序" type="number" min={0} max={999} value={sortOrder} onChange={(event) => setSortOrder(event.target.value)} hint="数字小的排在前面" className="field-short" />
        {area && (
          <label className="checkbox">
            <input type="checkbox" checked={archived} onChange={(event) => setArchived(event.target.checked)} />
            停用该领域（不再安排新的分工，历史记录保留）
          </label>
        )}
        <DialogActions error={action.error} busy={action.busy} submitLabel="保存" onCancel={onClose} />
      </form>
    </Dialog>
  )
}
