import type { MeetingSummary } from '../../../../shared/meetings/views'
import { meetingStatusLabels } from '../../../../shared/meetings/vocabulary'
import { chineseDate } from './chineseDate'
import { meetingStatusTone } from './statusTone'

/** One row per meeting; the label is the link (a button) that opens it. */
export function MeetingTable({ meetings, onOpen }: { meetings: readonly MeetingSummary[]; onOpen: (meetingId: string) => void }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">会议列表</caption>
        <thead>
          <tr>
            <th scope="col">会议</th>
            <th scope="col">日期</th>
            <th scope="col">地点</th>
            <th scope="col">主持</th>
            <th scope="col" className="cell-number">
              议题数
            </th>
            <th scope="col">状态</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((meeting) => (
            <tr key={meeting.id}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpen(meeting.id)}>
                  {meeting.label}
                </button>
              </th>
              <td className="cell-time">
                {chineseDate(meeting.date)} {meeting.startTime}
              </td>
              <td>{meeting.place}</td>
              <td>{meeting.chairName ?? '—'}</td>
              <td className="cell-number meeting-count">{meeting.itemCount}</td>
              <td>
                <span className={`badge badge-${meetingStatusTone[meeting.status]}`}>{meetingStatusLabels[meeting.status]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
