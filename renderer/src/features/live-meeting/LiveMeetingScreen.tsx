import { useCallback, useEffect, useMemo, useState } from 'react'
import type { MeetingDetail } from '../../../../shared/meetings/views'
import { isRecordable } from '../../../../shared/meetings/status'
import { call } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import { useSession } from '../session/SessionContext'
import { AgendaNav } from './AgendaNav'
import { AttendancePanel } from './AttendancePanel'
import { AutosaveContext, AutosaveRegistry } from './autosave'
import type { DetailPatch } from './detailPatches'
import { ItemPanel } from './ItemPanel'
import { LiveContext, type LiveMeeting } from './LiveContext'
import { LiveHeader } from './LiveHeader'
import { useItemShortcuts } from './useItemShortcuts'
import { LivePapers } from '../meeting-papers/LivePapers'
import './live-meeting.css'

interface LiveMeetingScreenProps {
  meetingId: string
  initialItemId?: string
  onBack: () => void
}

/** The meeting as it is held: attendance on the left, the current agenda item in the main area. */
export function LiveMeetingScreen({ meetingId, initialItemId, onBack }: LiveMeetingScreenProps) {
  const load = useCallback(() => call('meetings.get', { id: meetingId }), [meetingId])
  const [loaded] = useLoad(load)
  const [detail, setDetail] = useState<MeetingDetail | null>(null)
  const shown = detail ?? (loaded.status === 'ready' ? loaded.value : null)

  if (!shown) {
    if (loaded.status === 'error') return <ErrorMessage message={loaded.error.message} />
    return <LoadingIndicator text="正在打开会议…" />
  }
  return <LiveMeeting detail={shown} setDetail={setDetail} initialItemId={initialItemId} onBack={onBack} />
}

interface LiveMeetingProps {
  detail: MeetingDetail
  setDetail: (update: (current: MeetingDetail | null) => MeetingDetail | null) => void
  initialItemId?: string
  onBack: () => void
}

function LiveMeeting({ detail, setDetail, initialItemId, onBack }: LiveMeetingProps) {
  const [registry] = useState(() => new AutosaveRegistry())
  const [currentId, setCurrentId] = useState<string | null>(() => (detail.items.some((item) => item.id === initialItemId) ? (initialItemId ?? null) : (detail.items[0]?.id ?? null)))
  const index = Math.max(0, detail.items.findIndex((item) => item.id === currentId))
  const current = detail.items[index]

  const live = useMemo<LiveMeeting>(
    () => ({
      detail,
      editable: isRecordable(detail.status),
      sealed: detail.status === 'signed',
      onDetail: (next) => setDetail(() => next),
      patch: (change: DetailPatch) => setDetail((existing) => change(existing ?? detail)),
    }),
    [detail, setDetail],
  )

  // Pending text is saved before another item's fields replace this one's.
  const select = useCallback(
    async (itemId: string) => {
      await registry.flushAll()
      setCurrentId(itemId)
      document.getElementById(`agenda-tab-${itemId}`)?.focus()
    },
    [registry],
  )
  useItemShortcuts(detail.items, index, select)

  // The meeting's longer idle lock while it is 进行中, and the item to come back to after a lock.
  const { setLiveMeeting, rememberPlace } = useSession()
  const inProgress = detail.status === 'in_progress'
  useEffect(() => {
    if (!inProgress) return
    setLiveMeeting(detail.id)
    return () => setLiveMeeting(null)
  }, [inProgress, detail.id, setLiveMeeting])
  useEffect(() => {
    rememberPlace({ destination: 'meetings', target: { meetingId: detail.id, itemId: current?.id, live: true } })
  }, [detail.id, current?.id, rememberPlace])

  useEffect(() => {
    const save = () => void registry.flushAll()
    window.addEventListener('beforeunload', save)
    return () => window.removeEventListener('beforeunload', save)
  }, [registry])

  return (
    <LiveContext.Provider value={live}>
      <AutosaveContext.Provider value={registry}>
        <div className="live-screen">
          <LiveHeader onBack={onBack} />
          <div className="live-body">
            <AttendancePanel />
            <div className="live-main">
              {detail.items.length === 0 || !current ? (
                <EmptyState title="本次会议还没有议题。">
                  <p>请在会议详情中把已审定的议题列入议程。</p>
                </EmptyState>
              ) : (
                <>
                  <AgendaNav items={detail.items} currentId={current.id} onSelect={(itemId) => void select(itemId)} />
                  <ItemPanel key={current.id} item={current} index={index} />
                </>
              )}
            </div>
          </div>
          <LivePapers meeting={detail} />
        </div>
      </AutosaveContext.Provider>
    </LiveContext.Provider>
  )
}
