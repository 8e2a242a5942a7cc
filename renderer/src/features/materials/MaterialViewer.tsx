import { lazy, Suspense, useCallback } from 'react'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import './materials.css'

const PdfPages = lazy(() => import('./PdfPages'))

interface MaterialViewerProps {
  materialId: string
  fileName: string
  onClose: () => void
}

/** 查看: a material read-only in the app (PDF, .docx, image, text), decrypted in memory only. */
export function MaterialViewer({ materialId, fileName, onClose }: MaterialViewerProps) {
  const load = useCallback(() => call('topics.viewMaterial', { materialId }), [materialId])
  const [content] = useLoad(load)
  return (
    <Dialog title={`查看材料：${fileName}`} onClose={onClose} size="wide">
      <div className="material-viewer" tabIndex={0} role="region" aria-label={`${fileName}（只读）`} data-autofocus>
        {content.status === 'loading' && <LoadingIndicator text="正在读取材料…" />}
        {content.status === 'error' && <ErrorMessage message={content.error.message} />}
        {content.status === 'ready' && content.value.kind === 'pdf' && (
          <Suspense fallback={<LoadingIndicator text="正在显示 PDF…" />}>
            <PdfPages base64={content.value.base64} fileName={fileName} />
          </Suspense>
        )}
        {content.status === 'ready' && content.value.kind === 'html' && (
          // mammoth's HTML, with links and outside images removed in core (material-view.ts); the CSP runs no script.
          <article className="material-docx" dangerouslySetInnerHTML={{ __html: content.value.html }} />
        )}
        {content.status === 'ready' && content.value.kind === 'image' && <img className="material-image" src={content.value.dataUrl} alt={fileName} />}
        {content.status === 'ready' && content.value.kind === 'text' && <pre className="material-text">{content.value.text}</pre>}
        {content.status === 'ready' && content.value.kind === 'unsupported' && (
          <p>这种格式（{fileName.split('.').at(-1)}）不能在程序内查看。可以查看 PDF、Word（.docx）、图片和文本文件；其他格式请使用“导出…”后用相应软件打开。</p>
        )}
      </div>
      <p className="card-note">只读查看，不生成任何未加密的文件。↑↓ 或 PageUp/PageDown 翻看，Esc 关闭。</p>
    </Dialog>
  )
}
