import { useCallback } from 'react'
import type { MeetingPapersView } from '../../../../shared/meeting-papers/views'
import { call } from '../../api/client'
import { useLoad } from '../../lib/useLoad'

/** The meeting's 签到表 ticks and classified materials; each change answers with the new state. */
export function useMeetingPapers(meetingId: string) {
  const load = useCallback(() => call('papers.get', { meetingId }), [meetingId])
  const [state, reload, replace] = useLoad<MeetingPapersView>(load)
  const show = useCallback((papers: MeetingPapersView) => replace(() => papers), [replace])
  return { state, reload, show }
}

export type MeetingPapers = ReturnType<typeof useMeetingPapers>
