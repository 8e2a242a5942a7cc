import { useState } from 'react'
import { printedItemTitle } from '../../../../shared/documents/meeting-papers/common'
import type { MeetingDetail } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import type { MeetingActions } from '../meetings/useMeetingDetail'

interface PlannedTimesProps {
  meeting: MeetingDetail
  actions: MeetingActions
  editable: boolean
  showPersonnelTitles: boolean
}

/** 议程时间安排: an optional planned time per item, printed on the 会议议程. */
export function PlannedTimes({ meeting, actions, editable, showPersonnelTitles }: PlannedTimesProps) {
  const items = [...meeting.items].sort((a, b) => a.position - b.position)
  if (items.length === 0) return null
  return (
    <section className="card" aria-labelledby="planned-times-title">
      <h2 id="planned-times-title">议程时间安排</h2>
      <p className="muted-line">可为议题填写计划时间（如 09:30），填写的时间印在会议议程上；不填则不印。</p>
      <ul className="planned-times">
        {items.map((item, index) => (
          <PlannedTimeRow key={`${item.id}-${item.plannedTime ?? ''}`} label={`议题${index + 1}：${printedItemTitle(item, showPersonnelTitles)}`} itemId={item.id} saved={item.plannedTime} actions={actions} editable={editable} />
        ))}
      </ul>
    </section>
  )
}

function PlannedTimeRow({ label, itemId, saved, actions, editable }: { label: string; itemId: string; saved: string | null; actions: MeetingActions; editable: boolean }) {
  const [value, setValue] = useState(saved ?? '')
  const save = () => {
    const next = value === '' ? null : value
    if (next !== saved) void actions.run(() => call('papers.setPlannedTime', { itemId, plannedTime: next }), next ? `已保存计划时间 ${next}。` : '已取消计划时间。')
  }
  return (
    <li>
      <label>
        <span className="planned-time-label">{label}</span>
        <input type="time" value={value} disabled={!editable || actions.busy} onChange={(event) => setValue(event.target.value)} onBlur={save} aria-label={`${label} 计划时间`} />
      </label>
    </li>
  )
}
