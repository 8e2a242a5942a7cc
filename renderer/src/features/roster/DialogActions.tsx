import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'

/** The end of a roster dialog: the refusal message, progress, 取消 and the submit button (Enter submits). */
export function DialogActions({ error, busy, submitLabel, onCancel }: { error: string | null; busy: boolean; submitLabel: string; onCancel: () => void }) {
  return (
    <>
      <ErrorMessage message={error} />
      {busy && <StatusMessage tone="busy">正在保存…</StatusMessage>}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
          取消
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </>
  )
}
