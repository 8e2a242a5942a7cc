import { useCallback } from 'react'
import type { MeetingDetail } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import type { LoadState } from '../../lib/useLoad'
import { useRecord, type RecordActions } from '../../lib/useRecord'

export type MeetingActions = RecordActions<MeetingDetail>

/** One meeting, and the changes made to it: each answers with the new detail, shown at once. */
export function useMeetingDetail(id: string): [LoadState<MeetingDetail>, MeetingActions] {
  const load = useCallback(() => call('meetings.get', { id }), [id])
  return useRecord(load)
}
