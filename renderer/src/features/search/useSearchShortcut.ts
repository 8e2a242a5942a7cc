import { useEffect, useEffectEvent } from 'react'

/** Ctrl+K or Ctrl+F (⌘ on macOS) anywhere in the window calls `onSearch`. */
export function useSearchShortcut(onSearch: () => void): void {
  const fire = useEffectEvent(onSearch)

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const key = event.key.toLowerCase()
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && (key === 'k' || key === 'f')) {
        event.preventDefault()
        fire()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
