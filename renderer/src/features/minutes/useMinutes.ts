import { useCallback, useState } from 'react'
import type { MinutesState } from '../../../../shared/documents/minutes/views'
import type { Result } from '../../../../shared/errors'
import { call } from '../../api/client'
import { useLoad, type LoadState } from '../../lib/useLoad'

export interface MinutesActions {
  /** Runs a step that answers with the new state; true when it was accepted. */
  run: (step: () => Promise<Result<MinutesState>>, done?: string) => Promise<boolean>
  busy: boolean
  error: string | null
  notice: string | null
  setNotice: (notice: string | null) => void
  setError: (error: string | null) => void
}

/** A meeting's 纪要 and the steps taken on it: each answers with the new state, shown at once. */
export function useMinutes(meetingId: string): [LoadState<MinutesState>, MinutesActions, () => void] {
  const load = useCallback(() => call('minutes.get', { meetingId }), [meetingId])
  const [state, reload, replace] = useLoad(load)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const run = useCallback(
    async (step: () => Promise<Result<MinutesState>>, done?: string) => {
      setBusy(true)
      setError(null)
      setNotice(null)
      const result = await step()
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

  return [state, { run, busy, error, notice, setNotice, setError }, reload]
}
