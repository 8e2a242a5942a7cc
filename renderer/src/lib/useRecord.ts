import { useCallback, useState } from 'react'
import type { Result } from '../../../shared/errors'
import { useLoad, type LoadState } from './useLoad'

export interface RecordActions<T> {
  /** Runs a change that answers with the whole record; true when it was accepted. */
  run: (change: () => Promise<Result<T>>, done?: string) => Promise<boolean>
  reload: () => void
  busy: boolean
  error: string | null
  notice: string | null
  setNotice: (notice: string | null) => void
  setError: (error: string | null) => void
}

/** One record (a meeting, a 纪要) and the changes made to it: each answers with the new record, shown at once. */
export function useRecord<T>(load: () => Promise<Result<T>>): [LoadState<T>, RecordActions<T>] {
  const [state, reload, replace] = useLoad(load)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const run = useCallback(
    async (change: () => Promise<Result<T>>, done?: string) => {
      setBusy(true)
      setError(null)
      setNotice(null)
      const result = await change()
      setBusy(false)
      if (!result.ok) {
        setError(result.error.message)
        return false
      }
      replace(() => result.value)
      if (done) setNotice(done)
      return true
    },
    [replace],
  )

  return [state, { run, reload, busy, error, notice, setNotice, setError }]
}
