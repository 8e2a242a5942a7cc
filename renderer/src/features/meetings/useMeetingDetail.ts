import { useCallback, useEffect, useState } from 'react'
import type { Result } from '../../../../shared/errors'
import type { MeetingDetail } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import type { LoadState } from '../../lib/useLoad'

export interface MeetingActions {
  /** Runs a change that answers with the whole meeting; true when it was accepted. */
  run: (change: () => Promise<Result<MeetingDetail>>, done?: string) => Promise<boolean>
  reload: () => void
  busy: boolean
  error: string | null
  notice: string | null
}

/** One meeting, and the changes made to it: each answers with the new detail, shown at once. */
export function useMeetingDetail(id: string): [LoadState<MeetingDetail>, MeetingActions] {
  const [state, setState] = useState<LoadState<MeetingDetail>>({ status: 'loading' })
  const [generation, setGeneration] = useState(0)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    void call('meetings.get', { id }).then((result) => {
      if (current) setState(result.ok ? { status: 'ready', value: result.value } : { status: 'error', error: result.error })
    })
    return () => {
      current = false
    }
  }, [id, generation])

  const run = useCallback(async (change: () => Promise<Result<MeetingDetail>>, done?: string) => {
    setBusy(true)
    setError(null)
    setNotice(null)
    const result = await change()
    setBusy(false)
    if (!result.ok) {
      setError(result.error.message)
      return false
    }
    setState({ status: 'ready', value: result.value })
    if (done) setNotice(done)
    return true
  }, [])

  const reload = useCallback(() => setGeneration((value) => value + 1), [])
  return [state, { run, reload, busy, error, notice }]
}
