import { useCallback } from 'react'
import type { PersonRecordLine } from '../../../../shared/meetings/views'
import { chineseDate } from '../../../../shared/roster/dates'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import type { NavigationTarget } from '../layout/navigation'

interface PersonCardPanelProps {
  personId: string
  onOpen: (target: NavigationTarget) => void
  onClose: () => void
}

const period = (start: string, end: string | null) => `${chineseDate(start)}—${end ? chineseDate(end) : '至今'}`

function RecordLines({ title, lines, onOpen }: { title: string; lines: readonly PersonRecordLine[]; onOpen: PersonCardPanelProps['onOpen'] }) {
  return (
    <section className="person-card-part" aria-label={title}>
      <h3>
        {title}
        <span className="search-group-count">{lines.length} 条</span>
      </h3>
      {lines.length === 0 ? (
        <p className="card-note">无</p>
      ) : (
        <ul className="person-card-lines">
          {lines.map((line, index) => (
            <li key={`${line.itemId}:${index}`}>
              <button type="button" className="button-link" onClick={() => onOpen({ meetingId: line.meetingId, itemId: line.itemId })}>
                {line.label} · {chineseDate(line.date)} · {line.topicTitle}
              </button>
              {line.text && <p className="person-card-text">{line.text}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** 人员 card: posts over time, the meetings attended, speeches and recusals; each line opens its meeting. */
export function PersonCardPanel({ personId, onOpen, onClose }: PersonCardPanelProps) {
  const load = useCallback(() => call('search.person', { personId }), [personId])
  const [card] = useLoad(load)
  return (
    <section className="card person-card" aria-labelledby="person-card-title">
      <div className="person-card-head">
        <h2 id="person-card-title">{card.status === 'ready' ? `人员：${card.value.name}` : '人员'}</h2>
        <button type="button" className="button button-secondary" onClick={onClose}>
          关闭
        </button>
      </div>
      {card.status === 'loading' && <LoadingIndicator text="正在读取…" />}
      {card.status === 'error' && <ErrorMessage message={card.error.message} />}
      {card.status === 'ready' && (
        <>
          {card.value.unit && <p className="card-note">{card.value.unit}</p>}
          <section className="person-card-part" aria-label="任职经历">
            <h3>任职经历</h3>
            {card.value.posts.length === 0 ? (
              <p className="card-note">没有常委任职记录</p>
            ) : (
              <ul className="person-card-lines">
                {card.value.posts.map((post) => (
                  <li key={`${post.startDate}:${post.post}`}>
                    {period(post.startDate, post.endDate)}{'\u3000'}{post.post}（排名第 {post.rank} 位）
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="person-card-part" aria-label="出席会议">
            <h3>
              出席会议<span className="search-group-count">{card.value.meetings.length} 次</span>
            </h3>
            {card.value.meetings.length === 0 ? (
              <p className="card-note">无</p>
            ) : (
              <ul className="person-card-meetings">
                {card.value.meetings.map((meeting) => (
                  <li key={meeting.meetingId}>
                    <button type="button" className="button-link" onClick={() => onOpen({ meetingId: meeting.meetingId })}>
                      {meeting.label}（{chineseDate(meeting.date)}）
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <RecordLines title="发言" lines={card.value.speeches} onOpen={onOpen} />
          <RecordLines title="回避" lines={card.value.recusals} onOpen={onOpen} />
        </>
      )}
    </section>
  )
}
