import { useState, type FormEvent } from 'react'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { byRank } from './liveState'
import { useStructuralAction } from './liveActions'
import { useLive } from './LiveContext'
import { MemberAttendance } from './MemberAttendance'

/** The left column: each member by rank with present / on leave, then the meeting's 列席. */
export function AttendancePanel() {
  const { detail, editable, onDetail } = useLive()
  const guests = useStructuralAction(onDetail)
  const allPresent = useStructuralAction(onDetail)
  const [name, setName] = useState('')
  const [post, setPost] = useState('')
  const leave = detail.members.filter((member) => member.attendance === 'leave').length
  const pending = detail.members.filter((member) => member.attendance === 'pending').length

  async function addGuest(event: FormEvent) {
    event.preventDefault()
    const ok = await guests.run(() => call('meetings.addGuest', { meetingId: detail.id, name, post: post || null }))
    if (ok) {
      setName('')
      setPost('')
    }
  }

  return (
    <aside className="live-attendance" aria-labelledby="attendance-title">
      <h2 id="attendance-title">出席情况</h2>
      <p className="live-muted">
        应到 {detail.members.length} 人，请假 {leave} 人{pending > 0 && `，未登记 ${pending} 人`}
      </p>
      {editable && (
        // Never disabled: focus stays on it after the save, and Tab goes on to the first member.
        <button
          type="button"
          className="button button-small button-secondary attendance-all"
          aria-disabled={pending === 0 || allPresent.busy}
          onClick={() => {
            if (pending > 0 && !allPresent.busy) void allPresent.run(() => call('live.allPresent', { meetingId: detail.id }))
          }}
        >
          全部出席
        </button>
      )}
      <ErrorMessage message={allPresent.error} />
      <ol className="attendance-list">
        {byRank(detail.members).map((member) => (
          <MemberAttendance key={member.personId} member={member} />
        ))}
      </ol>
      <h3 className="live-subtitle">列席人员</h3>
      {detail.guests.length === 0 ? (
        <p className="live-muted">本次会议没有全程列席人员。</p>
      ) : (
        <ul className="guest-list">
          {detail.guests.map((guest) => (
            <li key={guest.id}>
              <span>
                {guest.name}
                {guest.post && <span className="live-muted">（{guest.post}）</span>}
              </span>
              {editable && (
                <button type="button" className="button button-link" onClick={() => void guests.run(() => call('meetings.removeGuest', { meetingId: detail.id, guestId: guest.id }))} aria-label={`移除列席人员${guest.name}`}>
                  移除
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form className="guest-form" onSubmit={addGuest}>
          <label htmlFor="guest-name" className="visually-hidden">
            列席人员姓名或单位
          </label>
          <input id="guest-name" placeholder="姓名或单位" value={name} maxLength={32} onChange={(event) => setName(event.target.value)} />
          <label htmlFor="guest-post" className="visually-hidden">
            职务
          </label>
          <input id="guest-post" placeholder="职务" value={post} maxLength={64} onChange={(event) => setPost(event.target.value)} />
          <button type="submit" className="button button-small button-secondary" disabled={guests.busy || !name.trim()}>
            添加
          </button>
        </form>
      )}
      <ErrorMessage message={guests.error} />
    </aside>
  )
}
