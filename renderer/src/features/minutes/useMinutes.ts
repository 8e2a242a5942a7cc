import { useCallback } from 'react'
import type { MinutesState } from '../../../../shared/documents/minutes/views'
import { call } from '../../api/client'
import type { LoadState } from '../../lib/useLoad'
import { useRecord, type RecordActions } from '../../lib/useRecord'

export type MinutesActions = RecordActions<MinutesState>

/** A meeting's 纪要 and the steps taken on it: each answers with the new state, shown at once. */
export function useMinutes(meetingId: string): [LoadState<MinutesState>, MinutesActions] {
  const load = useCallback(() => call('minutes.get', { meetingId }), [meetingId])
  return useRecord(load)
}
