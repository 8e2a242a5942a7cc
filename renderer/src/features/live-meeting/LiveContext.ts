import { createContext, useContext } from 'react'
import type { MeetingDetail } from '../../../../shared/meetings/views'
import type { DetailPatch } from './detailPatches'

export interface LiveMeeting {
  detail: MeetingDetail
  /** In progress or ended, not yet signed: every field can be edited. */
  editable: boolean
  /** Signed: read-only, corrections only as amendments. */
  sealed: boolean
  /** Replaces the meeting on screen with the one core returned after a structural change. */
  onDetail(detail: MeetingDetail): void
  /** Keeps the meeting on screen in step with a text save. */
  patch(change: DetailPatch): void
}

export const LiveContext = createContext<LiveMeeting | null>(null)

export function useLive(): LiveMeeting {
  const live = useContext(LiveContext)
  if (!live) throw new Error('useLive outside LiveMeetingScreen')
  return live
}
