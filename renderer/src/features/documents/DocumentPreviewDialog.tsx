import { useEffect, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import type { DocumentModel } from '../../../../shared/documents/model'
import type { DocumentOutput, DocumentOutputResult } from '../../../../shared/documents/output'
import type { Result } from '../../../../shared/errors'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { StatusMessage } from '../../components/StatusMessage'
import { useAction } from '../../lib/useAction'
import type { LoadState } from '../../lib/useLoad'
import { DocumentPreview } from './DocumentPreview'
import { bodyFontWarning } from './font-check'

interface DocumentPreviewDialogProps {
  /** 会议记录, 督办通报 … (the dialog's heading: “预览：…”). */
  title: string
  /** Called once when the dialog opens. */
  load: () => Promise<Result<DocumentModel>>
  /** The .docx or PDF to a file the user picks, or the printer; null when the user cancels. */
  export: (output: DocumentOutput) => Promise<Result<DocumentOutputResult>>
  onClose: () => void
}

const busyText: Record<DocumentOutput, string> = { docx: '正在导出…', pdf: '正在导出PDF…', print: '正在打印…' }

/**
 * A document as it will print, with 导出… (.docx), 导出PDF…, 打印… and 关闭; Esc closes.
 * PDF and printing print the app's window: the sheets are also placed straight under
 * <body>, the only thing documents.css lets print while they are there.
 */
export function DocumentPreviewDialog({ title, load, export: exportDocument, onClose }: DocumentPreviewDialogProps) {
  const [state, setState] = useState<LoadState<DocumentModel>>({ status: 'loading' })
  const [done, setDone] = useState<string | null>(null)
  const [running, setRunning] = useState<DocumentOutput>('docx')
  const { busy, error, run } = useAction()
  // The caller may pass a new function on every render; the document is read once.
  const loadOnce = useRef(load)
  const fontWarning = useMemo(() => (state.status === 'ready' ? bodyFontWarning() : null), [state.status])

  useEffect(() => {
    let current = true
    void loadOnce.current().then((result) => {
      if (current) setState(result.ok ? { status: 'ready', value: result.value } : { status: 'error', error: result.error })
    })
    return () => {
      current = false
    }
  }, [])

  const start = (output: DocumentOutput) => {
    setDone(null)
    setRunning(output)
    void run(
      () => exportDocument(output),
      (result) => {
        if (result === null) return
        setDone('printed' in result ? '已送打印机。' : `已${output === 'pdf' ? '导出PDF' : '导出'}到 ${result.path}`)
      },
    )
  }
  const ready = state.status === 'ready'

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
        {state.status === 'ready' &&
          createPortal(
            <div className="gw-print-root" aria-hidden="true">
              <DocumentPreview model={state.value} />
            </div>,
            document.body,
          )}
        {fontWarning && <p className="document-font-warning" role="note">{fontWarning}</p>}
        <ErrorMessage message={error} />
        {busy && <StatusMessage tone="busy">{busyText[running]}</StatusMessage>}
        {done && <StatusMessage tone="success">{done}</StatusMessage>}
        <div className="document-preview-actions">
          <button type="button" className="button button-primary" data-autofocus disabled={busy || !ready} onClick={() => start('docx')}>
            导出…
          </button>
          <button type="button" className="button button-secondary" disabled={busy || !ready} onClick={() => start('pdf')}>
            导出PDF…
          </button>
          <button type="button" className="button button-secondary" disabled={busy || !ready} onClick={() => start('print')}>
            打印…
          </button>
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            关闭
          </button>
        </div>
      </div>
    </Dialog>
  )
}
