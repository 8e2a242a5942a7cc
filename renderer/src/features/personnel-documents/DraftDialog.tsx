import type { ReactNode } from 'react'
import type { Result } from '../../../../shared/errors'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'

interface DraftDialogProps<T> {
  title: string
  /** The prefilled values from the core (stable: wrap in useCallback). */
  load: () => Promise<Result<T>>
  onClose: () => void
  children: (draft: T) => ReactNode
}

/** A document's dialog: the core's prefilled draft loads first, then the form shows with it. */
export function DraftDialog<T>({ title, load, onClose, children }: DraftDialogProps<T>) {
  const [draft] = useLoad(load)
  return (
    <Dialog title={title} onClose={onClose}>
      {draft.status === 'loading' && <LoadingIndicator />}
      {draft.status === 'error' && (
        <>
          <ErrorMessage message={draft.error.message} />
          <div className="dialog-actions">
            <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
              关闭
            </button>
          </div>
        </>
      )}
      {draft.status === 'ready' && children(draft.value)}
    </Dialog>
  )
}
