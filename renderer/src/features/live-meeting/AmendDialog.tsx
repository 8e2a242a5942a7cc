import { useState, type FormEvent } from 'react'
import type { AmendmentTarget } from '../../../../shared/meetings/vocabulary'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'
import { useLive } from './LiveContext'
import { DateInput } from '../../components/date/DateInput'
import { TimeInput } from '../../components/date/TimeInput'

interface AmendDialogProps {
  target: AmendmentTarget
  targetId: string
  field: string
  label: string
  /** The text in force now (the original or the latest correction), to start from. */
  current: string
  /** When the field takes one of a fixed list of values. */
  choices?: { value: string; label: string }[]
  onClose: () => void
}

/** 更正 of a signed record: new content and the reason; the original is kept and shown. */
export function AmendDialog({ target, targetId, field, label, current, choices, onClose }: AmendDialogProps) {
  const { detail, onDetail } = useLive()
  const [after, setAfter] = useState(current)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    const result = await call('meetings.amend', { meetingId: detail.id, target, targetId, field, after, reason })
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    onDetail(result.value)
    onClose()
  }

  return (
    <Dialog title={`更正：${label}`} onClose={onClose} busy={busy} size="wide">
      <form className="form" onSubmit={submit}>
        <p className="card-note">会议记录已签发封存。更正不会改动原文：原文保留，更正连同日期、更正人和原因显示在原文旁。</p>
        <div className="field">
          <label htmlFor="amend-after">更正后的内容</label>
          {choices ? (
            <select id="amend-after" value={after} onChange={(event) => setAfter(event.target.value)} data-autofocus>
              <option value="" disabled>
                请选择
              </option>
              {choices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          ) : field === 'deadline' || field === 'startTime' || field === 'endTime' ? (
            field === 'deadline' ? (
              <DateInput id="amend-after" value={after} onChange={setAfter} data-autofocus />
            ) : (
              <TimeInput id="amend-after" value={after} onChange={setAfter} data-autofocus />
            )
          ) : (
            <textarea id="amend-after" rows={5} value={after} onChange={(event) => setAfter(event.target.value)} data-autofocus />
          )}
        </div>
        <div className="field">
          <label htmlFor="amend-reason">更正原因</label>
          <input id="amend-reason" value={reason} onChange={(event) => setReason(event.target.value)} maxLength={500} />
        </div>
        <ErrorMessage message={error} />
        {busy && <StatusMessage tone="busy">正在保存更正…</StatusMessage>}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            取消
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            保存更正
          </button>
        </div>
      </form>
    </Dialog>
  )
}
