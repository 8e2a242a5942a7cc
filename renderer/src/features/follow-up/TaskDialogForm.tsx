import type { FormEvent, KeyboardEvent, ReactNode } from 'react'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'

interface TaskDialogFormProps {
  title: string
  submitLabel: string
  busy: boolean
  busyText: string
  error: string | null
  onSubmit: () => void
  onClose: () => void
  children: ReactNode
}

/** Ctrl+Enter in a text area submits its form (Enter alone starts a new line). */
export function submitOnCtrlEnter(event: KeyboardEvent<HTMLTextAreaElement>): void {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault()
    event.currentTarget.form?.requestSubmit()
  }
}

/** The frame every 督办 dialog shares: the fields, the core's message, 取消 and the action. */
export function TaskDialogForm({ title, submitLabel, busy, busyText, error, onSubmit, onClose, children }: TaskDialogFormProps) {
  function submit(event: FormEvent) {
    event.preventDefault()
    onSubmit()
  }
  return (
    <Dialog title={title} onClose={onClose} busy={busy} size="wide">
      <form className="form" onSubmit={submit}>
        {children}
        <ErrorMessage message={error} />
        {busy && <StatusMessage tone="busy">{busyText}</StatusMessage>}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            取消
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
