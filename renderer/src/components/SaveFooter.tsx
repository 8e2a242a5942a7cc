import { ErrorMessage } from './ErrorMessage'
import { StatusMessage } from './StatusMessage'

interface SaveFooterProps {
  error: string | null
  busy: boolean
  /** Saved, and not edited since: says so until the next change. */
  saved: boolean
  /** Whether there is anything to save. */
  changed: boolean
}

/** The end of a settings form: its error, progress, "已保存", and the 保存 button. */
export function SaveFooter({ error, busy, saved, changed }: SaveFooterProps) {
  return (
    <>
      <ErrorMessage message={error} />
      {busy && <StatusMessage tone="busy">正在保存…</StatusMessage>}
      {saved && !changed && <StatusMessage tone="success">已保存</StatusMessage>}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || !changed}>
          保存
        </button>
      </div>
    </>
  )
}
