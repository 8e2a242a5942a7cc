import { useCallback, useState } from 'react'
import type { Result } from '../../../../shared/errors'
import type { MeetingDetail } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import { useLoad, type LoadState } from '../../lib/useLoad'

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
  const load = useCallback(() => call('meetings.get', { id }), [id])
  const [state, reload, replace] = useLoad(load)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

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
    replace(() => result.value)
    if (done) setNotice(done)
    return true
  }, [replace])

  return [state, { run, reload, busy, error, notice }]
}
