import { useState, type FormEvent } from 'react'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'

interface ReturnDialogProps {
  busy: boolean
  error: string | null
  onReturn: (reason: string) => void
  onClose: () => void
}

/** 退回修改: the 纪要 goes back to 起草 with the reason, which the drafter sees. */
export function ReturnDialog({ busy, error, onReturn, onClose }: ReturnDialogProps) {
  const [reason, setReason] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (reason.trim()) onReturn(reason.trim())
  }
  return (
    <Dialog title="退回修改" onClose={onClose} busy={busy}>
      <form onSubmit={submit} className="stack">
        <div className="field">
          <label htmlFor="minutes-return-reason">退回原因</label>
          <input id="minutes-return-reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} aria-describedby="minutes-return-hint" />
          <p id="minutes-return-hint" className="field-hint">
            纪要回到“起草”状态，可以修改后再次送审；原因会显示给起草人。
          </p>
        </div>
        <ErrorMessage message={error} />
        {busy && <StatusMessage tone="busy">正在退回…</StatusMessage>}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            取消
          </button>
          <button type="submit" className="button button-primary" disabled={busy || !reason.trim()}>
            退回修改
          </button>
        </div>
      </form>
    </Dialog>
  )
}
