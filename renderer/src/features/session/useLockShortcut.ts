import { useEffect, useEffectEvent } from 'react'

/** Ctrl+L (⌘L on macOS) anywhere in the window calls `onLock`. */
export function useLockShortcut(onLock: () => void): void {
  const fire = useEffectEvent(onLock)

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l') {
        event.preventDefault()
        fire()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
