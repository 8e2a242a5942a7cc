import { useEffect, useRef, useState } from 'react'
import type { DocumentModel } from '../../../../shared/documents/model'
import type { Result } from '../../../../shared/errors'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { StatusMessage } from '../../components/StatusMessage'
import { useAction } from '../../lib/useAction'
import type { LoadState } from '../../lib/useLoad'
import { DocumentPreview } from './DocumentPreview'

interface DocumentPreviewDialogProps {
  /** 会议记录, 督办通报 … (the dialog's heading: “预览：…”). */
  title: string
  /** Called once when the dialog opens. */
  load: () => Promise<Result<DocumentModel>>
  /** Asks where to save and writes the .docx; null when the user cancels the dialog. */
  export: () => Promise<Result<{ path: string } | null>>
  onClose: () => void
}

/** A document as it will print, with 导出… (to a file the user picks) and 关闭; Esc closes. */
export function DocumentPreviewDialog({ title, load, export: exportDocument, onClose }: DocumentPreviewDialogProps) {
  const [state, setState] = useState<LoadState<DocumentModel>>({ status: 'loading' })
  const [saved, setSaved] = useState<string | null>(null)
  const { busy, error, run } = useAction()
  // The caller may pass a new function on every render; the document is read once.
  const loadOnce = useRef(load)

  useEffect(() => {
    let current = true
    void loadOnce.current().then((result) => {
      if (current) setState(result.ok ? { status: 'ready', value: result.value } : { status: 'error', error: result.error })
    })
    return () => {
      current = false
    }
  }, [])

  return (
    <Dialog title={`预览：${title}`} onClose={onClose} busy={busy} size="wide">
      <div className="document-preview-dialog">
        {state.status === 'loading' && <LoadingIndicator text="正在生成预览…" />}
        {state.status === 'error' && <ErrorMessage message={state.error.message} />}
        {state.status === 'ready' && (
          <div className="document-preview-scroll" tabIndex={0} aria-label="文件预览，可滚动">
            <DocumentPreview model={state.value} />
          </div>
        )}
        <ErrorMessage message={error} />
        {busy && <StatusMessage tone="busy">正在导出…</StatusMessage>}
        {saved && <StatusMessage tone="success">已导出到 {saved}</StatusMessage>}
        <div className="document-preview-actions">
          <button
            type="button"
            className="button button-primary"
            data-autofocus
            disabled={busy || state.status !== 'ready'}
            onClick={() => void run(exportDocument, (result) => result && setSaved(result.path))}
          >
            导出…
          </button>
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            关闭
          </button>
        </div>
      </div>
    </Dialog>
  )
}
