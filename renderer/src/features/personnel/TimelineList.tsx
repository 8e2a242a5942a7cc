import type { TimelineEvent } from '../../../../shared/personnel/views'
import { dayText } from './personnelFormat'

/** Events in date order, each with its date, what happened and the detail. */
export function TimelineList({ events }: { events: TimelineEvent[] }) {
  return (
    <ol className="timeline">
      {events.map((event, index) => (
        <li key={`${event.date}-${index}`} className="timeline-event">
          <span className="timeline-date">{dayText(event.date)}</span>
          <span className="timeline-title">{event.title}</span>
          {event.detail && <span className="timeline-detail">{event.detail}</span>}
        </li>
      ))}
    </ol>
  )
}
