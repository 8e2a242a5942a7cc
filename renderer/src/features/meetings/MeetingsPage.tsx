import { Suspense, useEffect, useState } from 'react'
import { PageHeader } from '../../components/PageHeader'
import { useNavigation } from '../layout/navigation'
import { useSession } from '../session/SessionContext'
import { TopicsSection } from '../topics/TopicsSection'
import { MeetingDetailPage } from './MeetingDetailPage'
import { MeetingList } from './MeetingList'
import { TabList, TabPanel } from '../../components/Tabs'
import './meetings.css'
import { PageLoading } from '../../components/PageLoading'
import { lazyNamed } from '../../lib/lazyNamed'

type Tab = 'meetings' | 'topics'
const tabs = [
  { id: 'meetings', label: '会议' },
  { id: 'topics', label: '议题库' },
] as const satisfies readonly { id: Tab; label: string }[]

type View = { kind: 'list' } | { kind: 'detail'; meetingId: string; itemId?: string } | { kind: 'live'; meetingId: string; itemId?: string }

/** 会议: the meetings of every body and the topic pool; opens on the meeting or topic it was navigated to. */
// The live meeting screen is its own chunk, loaded when a meeting is opened for recording.
const LiveMeetingScreen = lazyNamed(() => import('../live-meeting/LiveMeetingScreen'), 'LiveMeetingScreen')

export function MeetingsPage() {
  const { target } = useNavigation()
  const { rememberPlace } = useSession()
  const [tab, setTab] = useState<Tab>(target?.topicId && !target.meetingId ? 'topics' : 'meetings')
  const [view, setView] = useState<View>(target?.meetingId ? { kind: target.live ? 'live' : 'detail', meetingId: target.meetingId, itemId: target.itemId } : { kind: 'list' })
  // A lock brings the user back to this meeting (the live screen then remembers its item).
  useEffect(() => {
    if (view.kind === 'list') rememberPlace({ destination: 'meetings', target: null })
    else rememberPlace({ destination: 'meetings', target: { meetingId: view.meetingId, itemId: view.itemId, live: view.kind === 'live' } })
  }, [view, rememberPlace])
  const [topicFocus, setTopicFocus] = useState(target?.meetingId ? undefined : target?.topicId)

  if (view.kind === 'live') {
    return (
      <Suspense fallback={<PageLoading text="正在打开会议记录屏…" />}>
        <LiveMeetingScreen meetingId={view.meetingId} initialItemId={view.itemId} onBack={() => setView({ kind: 'detail', meetingId: view.meetingId })} />
      </Suspense>
    )
  }
  if (view.kind === 'detail') {
    return (
      <MeetingDetailPage
        meetingId={view.meetingId}
        focusItemId={view.itemId}
        onBack={() => setView({ kind: 'list' })}
        onOpenLive={(itemId) => setView({ kind: 'live', meetingId: view.meetingId, itemId })}
        onOpenMeeting={(meetingId) => setView({ kind: 'detail', meetingId })}
        onOpenTopic={(topicId) => {
          setTopicFocus(topicId)
          setTab('topics')
          setView({ kind: 'list' })
        }}
      />
    )
  }

  return (
    <>
      <PageHeader title="会议" description="会议的筹备、通知与议题申报；会议开始后进入会议记录。" />
      <TabList label="会议与议题" idPrefix="meetings" tabs={tabs} current={tab} onSelect={setTab} />
      <TabPanel idPrefix="meetings" current={tab}>
        {tab === 'meetings' ? (
          <MeetingList onOpen={(meetingId) => setView({ kind: 'detail', meetingId })} />
        ) : (
          <TopicsSection
            key={topicFocus ?? ''}
            initialTopicId={topicFocus}
            onOpenMeeting={(meetingId) => {
              setTab('meetings')
              setView({ kind: 'detail', meetingId })
            }}
          />
        )}
      </TabPanel>
    </>
  )
}
