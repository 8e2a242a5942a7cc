import type { UpcomingMeeting } from '../../../../shared/dashboard/views'
import { meetingStatusLabels } from '../../../../shared/meetings/vocabulary'
import { useNavigation } from '../layout/navigation'
import { chineseDate } from '../meetings/chineseDate'
import { meetingStatusTone } from '../meetings/statusTone'
import { HomeCard } from './HomeCard'
import { MetaLine } from './MetaLine'

/**
 * 近期会议: the meetings not yet ended, earliest first; each opens its meeting. With
 * `overdue`, the 逾期未召开 ones instead (shown only when there are any), with a note on what to do.
 */
export function UpcomingMeetings({ meetings, overdue = false }: { meetings: UpcomingMeeting[]; overdue?: boolean }) {
  const { navigate } = useNavigation()
  if (overdue && meetings.length === 0) return null
  return (
    <HomeCard title={overdue ? '逾期未召开' : '近期会议'} count={overdue ? meetings.length : undefined} className={overdue ? 'home-card-overdue' : ''}>
      {overdue && <p className="home-note">会议日期已过，仍为“筹备”或“已通知”：如已改期，请修改会议日期；如已召开，请开始会议并确认实际召开日期。</p>}
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
