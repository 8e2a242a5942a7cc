import { useState } from 'react'
import type { MeetingDetail } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import { AddAgendaItemDialog } from './AddAgendaItemDialog'
import { AgendaItemRow } from './AgendaItemRow'
import type { MeetingActions } from './useMeetingDetail'

interface AgendaSectionProps {
  meeting: MeetingDetail
  actions: MeetingActions
  editable: boolean
  focusItemId?: string
  onOpenMeeting: (meetingId: string) => void
  onOpenTopic: (topicId: string) => void
}

/** 会议议程: the topics in order; before the meeting they can be added, moved and removed. */
export function AgendaSection({ meeting, actions, editable, focusItemId, onOpenMeeting, onOpenTopic }: AgendaSectionProps) {
  const [adding, setAdding] = useState(false)
  const last = meeting.items.length - 1
  return (
    <section className="card" aria-labelledby="meeting-agenda-title">
      <div className="card-header">
        <h2 id="meeting-agenda-title">会议议程（{meeting.items.length} 个议题）</h2>
        {editable && (
          <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
            添加议题
          </button>
        )}
      </div>
      {meeting.items.length === 0 ? (
        <p className="muted-line">{editable ? '还没有议题。点“添加议题”，从本类会议尚未决定的议题中选择。' : '这次会议没有议题。'}</p>
      ) : (
        <ol className="agenda-list">
          {meeting.items.map((item, index) => (
            <AgendaItemRow
              key={item.id}
              item={item}
              focused={item.id === focusItemId}
              onOpenMeeting={onOpenMeeting}
              onOpenTopic={onOpenTopic}
              controls={
                editable && (
                  <div className="row-actions">
                    <button type="button" className="button button-small button-secondary" aria-label={`上移：${item.topic.title}`} disabled={actions.busy || index === 0} onClick={() => void actions.run(() => call('agenda.move', { itemId: item.id, direction: 'up' }))}>
                      上移
                    </button>
                    <button type="button" className="button button-small button-secondary" aria-label={`下移：${item.topic.title}`} disabled={actions.busy || index === last} onClick={() => void actions.run(() => call('agenda.move', { itemId: item.id, direction: 'down' }))}>
                      下移
                    </button>
                    <button type="button" className="button button-small button-danger-quiet" aria-label={`移出议程：${item.topic.title}`} disabled={actions.busy} onClick={() => void actions.run(() => call('agenda.remove', { itemId: item.id }), `已将《${item.topic.title}》移出议程，议题仍保留在议题库中。`)}>
                      移出
                    </button>
                  </div>
                )
              }
            />
          ))}
        </ol>
      )}
      {adding && (
        <AddAgendaItemDialog
          meeting={meeting}
          busy={actions.busy}
          error={actions.error}
          onClose={() => setAdding(false)}
          onAdd={async (topicId, title) => {
            if (await actions.run(() => call('agenda.add', { meetingId: meeting.id, topicId }), `已将《${title}》列入议程。`)) setAdding(false)
          }}
        />
      )}
    </section>
  )
}
