import { useState, type FormEvent } from 'react'
import type { BodyView } from '../../../../shared/meetings/views'
import { bodyKindLabels, bodyKinds, meetingNumberingLabels, meetingNumberings, type BodyKind, type MeetingNumbering } from '../../../../shared/meetings/vocabulary'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'
import { TextField } from '../../components/TextField'

interface BodyFormDialogProps {
  body?: BodyView
  nextOrder: number
  onClose: () => void
  onSaved: (body: BodyView) => void
}

/** 新增 / 编辑会议类型 (bodies.save). */
export function BodyFormDialog({ body, nextOrder, onClose, onSaved }: BodyFormDialogProps) {
  const [name, setName] = useState(body?.name ?? '')
  const [kind, setKind] = useState<BodyKind>(body?.kind ?? 'coordination')
  const [numbering, setNumbering] = useState<MeetingNumbering>(body?.numbering ?? 'year')
  const [quorumRequired, setQuorumRequired] = useState(body?.quorumRequired ?? true)
  const [sortOrder, setSortOrder] = useState(String(body?.sortOrder ?? nextOrder))
  const [archived, setArchived] = useState(body?.archived ?? false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const order = Number(sortOrder)
    if (sortOrder.trim() === '' || !Number.isInteger(order) || order < 0 || order > 999) {
      setError('排列顺序须是 0–999 的整数。')
      return
    }
    setError(null)
    setBusy(true)
    const result = await call('bodies.save', { ...(body ? { id: body.id } : {}), name, kind, numbering, quorumRequired, sortOrder: order, archived })
    setBusy(false)
    if (result.ok) onSaved(result.value)
    else setError(result.error.message)
  }

  return (
    <Dialog title={body ? `编辑会议类型：${body.name}` : '新增会议类型'} onClose={onClose} busy={busy}>
      <form className="form" onSubmit={submit} noValidate>
        <TextField id="body-form-name" label="名称" value={name} onChange={(event) => setName(event.target.value)} maxLength={32} placeholder="如：人才工作领导小组会议" required />
        <div className="form-grid">
          <div className="field">
            <label htmlFor="body-form-kind">类别</label>
            <select id="body-form-kind" value={kind} onChange={(event) => setKind(event.target.value as BodyKind)}>
              {bodyKinds.map((value) => (
                <option key={value} value={value}>
                  {bodyKindLabels[value]}
                </option>
              ))}
            </select>
          </div>
          <TextField id="body-form-order" label="排列顺序" type="number" min={0} max={999} className="field-short" value={sortOrder} onChange={(event) => setSortOrder(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="body-form-numbering">编号方式</label>
          <select id="body-form-numbering" value={numbering} onChange={(event) => setNumbering(event.target.value as MeetingNumbering)}>
            {meetingNumberings.map((value) => (
              <option key={value} value={value}>
                {meetingNumberingLabels[value]}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={quorumRequired} onChange={(event) => setQuorumRequired(event.target.checked)} />
          检查到会人数（半数以上成员到会方可开会）
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={archived} onChange={(event) => setArchived(event.target.checked)} />
          停用（不再用于新会议）
        </label>
        <ErrorMessage message={error} />
        {busy && <StatusMessage tone="busy">正在保存…</StatusMessage>}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            取消
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            保存
          </button>
        </div>
      </form>
    </Dialog>
  )
}
