import type { TopicSummary } from '../../../../shared/meetings/views'
import { topicOutcomeLabels } from '../../../../shared/meetings/vocabulary'
import { chineseDate } from '../meetings/chineseDate'

/** The meetings this topic was on, oldest first, with what each decided. */
export function TopicHistory({ topic, onOpenMeeting }: { topic: TopicSummary; onOpenMeeting: (meetingId: string) => void }) {
  return (
    <section className="topic-section" aria-labelledby="topic-history-title">
      <h3 id="topic-history-title">上会记录</h3>
      {topic.history.length === 0 ? (
        <p className="muted-line">尚未列入任何会议。</p>
      ) : (
        <ol className="topic-history">
          {topic.history.map((entry) => (
            <li key={entry.itemId}>
              <button type="button" className="link-button" onClick={() => onOpenMeeting(entry.meetingId)}>
                {entry.meetingLabel}
              </button>
              <span className="topic-history-date">{chineseDate(entry.date)}</span>
              <span className={`badge badge-${entry.outcome === null ? 'info' : entry.outcome === 'deferred' ? 'warn' : 'ok'}`}>{entry.outcome ? topicOutcomeLabels[entry.outcome] : '待会议决定'}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
