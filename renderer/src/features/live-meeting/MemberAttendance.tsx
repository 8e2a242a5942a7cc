import { useState } from 'react'
import type { MeetingMemberView } from '../../../../shared/meetings/views'
import { attendanceLabels, leaveReasonLabels, leaveReasons, type Attendance, type LeaveReason } from '../../../../shared/meetings/vocabulary'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { AmendableText } from './AmendableText'
import { useAutosave } from './autosave'
import { AutosaveTextarea } from './AutosaveTextarea'
import { patchMember } from './detailPatches'
import { useStructuralAction } from './liveActions'
import { useLive } from './LiveContext'
import { SaveIndicator } from './SaveIndicator'

/** One member's row: 出席 / 请假 (arrow keys move between them, as radio buttons do), reason, note, 书面意见. */
export function MemberAttendance({ member }: { member: MeetingMemberView }) {
  const { detail, editable, sealed, onDetail, patch } = useLive()
  const action = useStructuralAction(onDetail)
  // 请假 is saved once its reason is chosen; until then only this row knows.
  const [choosingLeave, setChoosingLeave] = useState(false)
  // The choice shows at once; core's answer (or refusal) settles it.
  const [sending, setSending] = useState<Attendance | null>(null)
  const shown: Attendance = sending ?? (choosingLeave ? 'leave' : member.attendance)
  const base = `member-${member.personId}`

  async function setAttendance(attendance: Attendance, leaveReason: LeaveReason | null, leaveNote: string | null): Promise<boolean> {
    setSending(attendance)
    const ok = await action.run(() => call('live.setAttendance', { meetingId: detail.id, personId: member.personId, attendance, leaveReason, leaveNote }))
    setSending(null)
    return ok
  }

  const note = useAutosave(member.leaveNote ?? '', async (text) => {
    const result = await call('live.setAttendance', { meetingId: detail.id, personId: member.personId, attendance: 'leave', leaveReason: member.leaveReason, leaveNote: text || null })
    if (result.ok) onDetail(result.value)
    return result
  })

  function choose(attendance: Attendance) {
    // Not disabled while saving (focus would drop to the page): a second choice waits its turn.
    if (action.busy) return
    if (attendance === 'leave') {
      if (member.attendance !== 'leave') setChoosingLeave(true)
      return
    }
    setChoosingLeave(false)
    void setAttendance(attendance, null, null)
  }

  return (
    <li className={`attendance-row attendance-row-${shown}`}>
      <div className="attendance-who">
        <span className="attendance-rank" aria-hidden="true">
          {member.rank}
        </span>
        <span className="attendance-name">{member.name}</span>
        <span className="attendance-post">{member.post}</span>
      </div>
      {editable ? (
        <div className="segmented" role="radiogroup" aria-label={`${member.name}出席情况`}>
          {(['present', 'leave'] as const).map((option) => (
            <label key={option} className="segment">
              <input type="radio" name={`${base}-attendance`} value={option} checked={shown === option} onChange={() => choose(option)} aria-busy={action.busy || undefined} />
              <span>{attendanceLabels[option]}</span>
            </label>
          ))}
        </div>
      ) : (
        <span className={`badge ${member.attendance === 'present' ? 'badge-ok' : member.attendance === 'leave' ? 'badge-warn' : 'badge-off'}`}>
          {attendanceLabels[member.attendance]}
          {member.leaveReason && `（${leaveReasonLabels[member.leaveReason]}）`}
        </span>
      )}
      {shown === 'leave' && editable && (
        <div className="attendance-leave">
          <div className="field">
            <label htmlFor={`${base}-reason`}>请假原因</label>
            <select
              id={`${base}-reason`}
              value={choosingLeave ? '' : (member.leaveReason ?? '')}
              autoFocus={choosingLeave}
              onChange={(event) => {
                const reason = event.target.value as LeaveReason
                void setAttendance('leave', reason, note.value || null).then((ok) => ok && setChoosingLeave(false))
              }}
            >
              <option value="" disabled>
                请选择原因
              </option>
              {leaveReasons.map((reason) => (
                <option key={reason} value={reason}>
                  {leaveReasonLabels[reason]}
                </option>
              ))}
            </select>
          </div>
          {!choosingLeave && (
            <>
              <div className="field">
                <div className="live-field-label">
                  <label htmlFor={`${base}-note`}>请假说明</label>
                  <SaveIndicator state={note.state} />
                </div>
                <input id={`${base}-note`} value={note.value} maxLength={200} onChange={(event) => note.change(event.target.value)} onBlur={() => void note.flush()} />
              </div>
              <AutosaveTextarea
                id={`${base}-written`}
                label="书面意见（不计入表决）"
                initial={member.writtenView ?? ''}
                rows={2}
                save={async (text) => {
                  const result = await call('live.saveWrittenView', { meetingId: detail.id, personId: member.personId, text })
                  if (result.ok) patch(patchMember(member.personId, { writtenView: text || null }))
                  return result
                }}
              />
            </>
          )}
        </div>
      )}
      {sealed && member.attendance === 'leave' && (
        <div className="attendance-leave-record">
          <AmendableText target="member" targetId={member.personId} field="leaveNote" original={member.leaveNote ?? ''} />
          <AmendableText target="member" targetId={member.personId} field="writtenView" original={member.writtenView ?? ''} />
        </div>
      )}
      {!editable && !sealed && member.writtenView && <p className="record-text">书面意见（不计入表决）：{member.writtenView}</p>}
      <ErrorMessage message={action.error} />
    </li>
  )
}
