import { useId, useLayoutEffect, useRef, type ReactNode } from 'react'

interface DialogProps {
  title: string
  onClose: () => void
  children: ReactNode
  /** While an operation runs, Esc and the close button do nothing. */
  busy?: boolean
  size?: 'normal' | 'wide'
}

/**
 * A modal dialog on the native <dialog> element: the page behind is inert, focus stays
 * inside, Esc closes it, and focus returns to the button that opened it. Focus starts
 * on the element marked data-autofocus, else on the first field.
 */
export function Dialog({ title, onClose, children, busy = false, size = 'normal' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (!dialog.open) dialog.showModal()
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>('input:not([disabled]), select, textarea')
    first?.focus()
    return () => {
      if (dialog.open) dialog.close()
    }
  }, [])

  return (
    <dialog
      ref={ref}
      className={size === 'wide' ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Esc: React state decides whether the dialog is shown, not the browser.
        event.preventDefault()
        if (!busy) onClose()
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="dialog-close" aria-label="关闭" onClick={onClose} disabled={busy}>
          ×
        </button>
      </header>
      <div className="dialog-body">{children}</div>
    </dialog>
  )
}
