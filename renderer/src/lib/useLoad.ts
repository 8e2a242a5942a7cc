import { useCallback, useEffect, useState } from 'react'
import type { AppErrorShape, Result } from '../../../shared/errors'

export type LoadState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: AppErrorShape }
  | { status: 'ready'; value: T }

/**
 * Loads one value from the backend when the component mounts. `load` must be stable
 * (a module-level function or a useCallback). `reload()` fetches again and keeps the
 * old value on screen until the new one arrives, so tables do not flash. `replace(update)`
 * shows what a change answered with, without fetching again (changes are only offered once
 * the value is on screen, so it does nothing before).
 */
export function useLoad<T>(load: () => Promise<Result<T>>): [LoadState<T>, () => void, (update: (current: T) => T) => void] {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' })
  const [generation, setGeneration] = useState(0)

  useEffect(() => {
    let current = true
    void load().then((result) => {
      if (!current) return
      setState(result.ok ? { status: 'ready', value: result.value } : { status: 'error', error: result.error })
    })
    return () => {
      current = false
    }
  }, [load, generation])

  const reload = useCallback(() => setGeneration((value) => value + 1), [])
  const replace = useCallback((update: (current: T) => T) => setState((current) => (current.status === 'ready' ? { status: 'ready', value: update(current.value) } : current)), [])
  return [state, reload, replace]
}
