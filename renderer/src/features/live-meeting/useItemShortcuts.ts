import { useEffect } from 'react'
import type { AgendaItemView } from '../../../../shared/meetings/views'

/** Alt+↑ / Alt+↓ and Ctrl+[ / Ctrl+] move to the previous / next item, wherever the caret is. */
export function useItemShortcuts(items: readonly AgendaItemView[], index: number, select: (itemId: string) => void) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const previous = (event.altKey && event.key === 'ArrowUp') || (event.ctrlKey && event.key === '[')
      const next = (event.altKey && event.key === 'ArrowDown') || (event.ctrlKey && event.key === ']')
      if (!previous && !next) return
      // A modal dialog owns the keyboard.
      if (document.querySelector('dialog[open]')) return
      const target = items[index + (next ? 1 : -1)]
      event.preventDefault()
      if (target) select(target.id)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [items, index, select])
}
