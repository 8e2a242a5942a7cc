import { useState, type FormEvent } from 'react'
import type { MeetingDetail } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import type { MeetingActions } from './useMeetingDetail'

interface GuestsSectionProps {
  meeting: MeetingDetail
  actions: MeetingActions
  editable: boolean
}

/** 列席 for the whole meeting (those for one topic are kept with the topic). */
export function GuestsSection({ meeting, actions, editable }: GuestsSectionProps) {
  const [name, setName] = useState('')
  const [post, setPost] = useState('')

  async function add(event: FormEvent) {
    event.preventDefault()
    if (actions.busy) return
    const added = await actions.run(() => call('meetings.addGuest', { meetingId: meeting.id, name, post: post || null }), `已添加列席：${name.trim()}。`)
    if (added) {
      setName('')
      setPost('')
    }
  }

  const topicGuests = meeting.items.flatMap((item) => item.topic.guests.map((guest) => ({ ...guest, topic: item.topic.title })))

  return (
    <section className="card" aria-labelledby="meeting-guests-title">
      <h2 id="meeting-guests-title">列席人员</h2>
      {meeting.guests.length === 0 ? (
        <p className="muted-line">全程列席：暂无。</p>
      ) : (
        <ul className="guest-list" aria-label="全程列席">
          {meeting.guests.map((guest) => (
            <li key={guest.id}>
              <span>
                {guest.name}
                {guest.post && <span className="guest-post">{guest.post}</span>}
              </span>
              {editable && (
                <button
                  type="button"
                  className="button button-small button-danger-quiet"
                  aria-label={`移除列席：${guest.name}`}
                  disabled={actions.busy}
                  onClick={() => void actions.run(() => call('meetings.removeGuest', { meetingId: meeting.id, guestId: guest.id }), `已移除列席：${guest.name}。`)}
                >
                  移除
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form className="guest-add" onSubmit={add} noValidate>
          <div className="field">
            <label htmlFor="meeting-guest-name">列席人员或单位</label>
            <input id="meeting-guest-name" value={name} onChange={(event) => setName(event.target.value)} maxLength={32} placeholder="如：区委办公室" />
          </div>
          <div className="field">
            <label htmlFor="meeting-guest-post">职务</label>
            <input id="meeting-guest-post" value={post} onChange={(event) => setPost(event.target.value)} maxLength={64} placeholder="可不填" />
          </div>
          <button type="submit" className="button button-secondary" disabled={actions.busy || name.trim() === ''}>
            添加列席
          </button>
        </form>
      )}
      {topicGuests.length > 0 && (
        <>
          <h3 className="subheading">按议题列席</h3>
          <ul className="guest-list guest-list-topic">
            {topicGuests.map((guest) => (
              <li key={`${guest.topic}-${guest.id}`}>
                <span>
                  {guest.name}
                  {guest.post && <span className="guest-post">{guest.post}</span>}
                </span>
                <span className="guest-topic">{guest.topic}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
