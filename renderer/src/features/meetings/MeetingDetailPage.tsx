import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { MeetingDetailView } from './MeetingDetailView'
import { useMeetingDetail } from './useMeetingDetail'

export interface MeetingDetailPageProps {
  meetingId: string
  /** The agenda item to scroll to and mark (opened from search). */
  focusItemId?: string
  onBack: () => void
  onOpenLive: (itemId?: string) => void
  onOpenMeeting: (meetingId: string) => void
  onOpenTopic: (topicId: string) => void
}

/** One meeting before and around the session: loading and error states around the view. */
export function MeetingDetailPage(props: MeetingDetailPageProps) {
  const [meeting, actions] = useMeetingDetail(props.meetingId)
  if (meeting.status === 'ready') return <MeetingDetailView {...props} meeting={meeting.value} actions={actions} />
  return (
    <div className="stack meeting-page">
      <BackButton onBack={props.onBack} />
      {meeting.status === 'loading' ? <LoadingIndicator text="正在加载会议…" /> : <ErrorMessage message={meeting.error.message} />}
    </div>
  )
}

export function BackButton({ onBack }: { onBack: () => void }) {
  return (
    <button type="button" className="button button-link back-button" onClick={onBack}>
      ← 返回会议列表
    </button>
  )
}
