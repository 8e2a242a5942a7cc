import type { ReactNode } from 'react'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'

interface ConfirmStepDialogProps {
  title: string
  children: ReactNode
  confirmLabel: string
  busy: boolean
  error: string | null
  onConfirm: () => void
  onClose: () => void
}

/** Says what a step of the 纪要 does before it happens; Esc or 取消 leaves everything as it was. */
export function ConfirmStepDialog({ title, children, confirmLabel, busy, error, onConfirm, onClose }: ConfirmStepDialogProps) {
  return (
    <Dialog title={title} onClose={onClose} busy={busy}>
      {children}
      <ErrorMessage message={error} />
      {busy && <StatusMessage tone="busy">正在处理…</StatusMessage>}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose} disabled={busy} data-autofocus>
          取消
        </button>
        <button type="button" className="button button-primary" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  )
}
