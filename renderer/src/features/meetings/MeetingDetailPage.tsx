import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { BackButton } from './BackButton'
import type { MeetingDetailPageProps } from './meetingDetailProps'
import { MeetingDetailView } from './MeetingDetailView'
import { useMeetingDetail } from './useMeetingDetail'

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
