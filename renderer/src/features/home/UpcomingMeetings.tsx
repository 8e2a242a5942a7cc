import type { UpcomingMeeting } from '../../../../shared/dashboard/views'
import { meetingStatusLabels } from '../../../../shared/meetings/vocabulary'
import { useNavigation } from '../layout/navigation'
import { chineseDate } from '../meetings/chineseDate'
import { meetingStatusTone } from '../meetings/statusTone'
import { HomeCard } from './HomeCard'
import { MetaLine } from './MetaLine'

/** 近期会议: the meetings not yet ended, earliest first; each opens its meeting. */
export function UpcomingMeetings({ meetings }: { meetings: UpcomingMeeting[] }) {
  const { navigate } = useNavigation()
  return (
    <HomeCard title="近期会议">
      {meetings.length === 0 ? (
        <p className="home-empty">没有待召开的会议。</p>
      ) : (
        <ul className="home-list">
          {meetings.map((meeting) => (
            <li key={meeting.id} className="home-item">
              <div className="home-item-date" aria-hidden="true">
                <span>{Number(meeting.date.slice(5, 7))}月</span>
                <strong>{Number(meeting.date.slice(8, 10))}</strong>
              </div>
              <div className="home-item-body">
                <button type="button" className="link-button home-item-title" onClick={() => navigate('meetings', { meetingId: meeting.id })}>
                  {meeting.label}
                </button>
                <MetaLine parts={[`${chineseDate(meeting.date, true)} ${meeting.startTime}`, meeting.place, `${meeting.topicCount} 个议题`]} />
              </div>
              <span className={`badge badge-${meetingStatusTone[meeting.status]}`}>{meetingStatusLabels[meeting.status]}</span>
            </li>
          ))}
        </ul>
      )}
    </HomeCard>
  )
}
