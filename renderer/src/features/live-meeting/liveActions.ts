import { useCallback, useState } from 'react'
import type { Result } from '../../../../shared/errors'
import type { MeetingDetail } from '../../../../shared/meetings/views'

/**
 * A structural change (attendance, order, vote, outcome): core answers with the whole
 * meeting, which replaces the one on screen. A refusal is kept for the caller to show.
 */
export function useStructuralAction(onDetail: (detail: MeetingDetail) => void) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(
    async (action: () => Promise<Result<MeetingDetail>>): Promise<boolean> => {
      setBusy(true)
      setError(null)
      const result = await action()
      setBusy(false)
      if (!result.ok) {
        setError(result.error.message)
        return false
      }
      onDetail(result.value)
      return true
    },
    [onDetail],
  )
  return { busy, error, setError, run }
}
