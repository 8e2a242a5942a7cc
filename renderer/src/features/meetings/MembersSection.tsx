import { useState } from 'react'
import type { MeetingDetail } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import { ChooseMembersDialog } from './ChooseMembersDialog'
import { chineseDate } from './chineseDate'
import type { MeetingActions } from './useMeetingDetail'

interface MembersSectionProps {
  meeting: MeetingDetail
  actions: MeetingActions
  editable: boolean
}

/** 应到成员 by rank as of the meeting date; other bodies than the 常委会 choose theirs. */
export function MembersSection({ meeting, actions, editable }: MembersSectionProps) {
  const [choosing, setChoosing] = useState(false)
  const standing = meeting.body.kind === 'standing'
  return (
    <section className="card" aria-labelledby="meeting-members-title">
      <div className="card-header">
        <h2 id="meeting-members-title">应到成员（{meeting.members.length} 人）</h2>
        {editable && !standing && (
          <button type="button" className="button button-small button-secondary" onClick={() => setChoosing(true)}>
            选择应到成员
          </button>
        )}
      </div>
      <p className="card-note">{standing ? `按 ${chineseDate(meeting.date)} 在任的常委排名。` : '从会议日期在任的常委中选择应到成员。'}</p>
      {meeting.members.length === 0 ? (
        <p className="muted-line">暂无应到成员。</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">应到成员</caption>
            <thead>
              <tr>
                <th scope="col" className="cell-number">
                  排名
                </th>
                <th scope="col">姓名</th>
                <th scope="col">职务</th>
              </tr>
            </thead>
            <tbody>
              {meeting.members.map((member) => (
                <tr key={member.personId}>
                  <td className="cell-number">{member.rank}</td>
                  <th scope="row" className="cell-name">
                    {member.name}
                  </th>
                  <td>{member.post}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {choosing && (
        <ChooseMembersDialog
          date={meeting.date}
          chosen={meeting.members.map((member) => member.personId)}
          onClose={() => setChoosing(false)}
          onSave={async (personIds) => {
            const saved = await actions.run(() => call('meetings.setMembers', { id: meeting.id, personIds }), '已保存应到成员。')
            if (saved) setChoosing(false)
            return saved
          }}
          error={actions.error}
          busy={actions.busy}
        />
      )}
    </section>
  )
}
