import { useEffect, useRef, type ReactNode } from 'react'
import type { AgendaItemView } from '../../../../shared/meetings/views'
import { topicOutcomeLabels } from '../../../../shared/meetings/vocabulary'
import { ApprovalBadge, CategoryBadge, MaterialDeadlineBadge } from '../topics/TopicBadges'
import { chineseDate } from './chineseDate'

interface AgendaItemRowProps {
  item: AgendaItemView
  focused: boolean
  controls: ReactNode
  onOpenMeeting: (meetingId: string) => void
  onOpenTopic: (topicId: string) => void
}

/** One agenda item: what it is, who brings it, and whether it is ready to be decided. */
export function AgendaItemRow({ item, focused, controls, onOpenMeeting, onOpenTopic }: AgendaItemRowProps) {
  const ref = useRef<HTMLLIElement>(null)
  const { topic } = item
  const earlier = item.previous.at(-1)

  // Opened from search for this item: bring it into view and put the keyboard there.
  useEffect(() => {
    if (!focused) return
    ref.current?.scrollIntoView({ block: 'center' })
    ref.current?.focus()
  }, [focused])

  return (
    <li ref={ref} id={`agenda-item-${item.id}`} className={focused ? 'agenda-item agenda-item-focus' : 'agenda-item'} tabIndex={focused ? -1 : undefined} aria-label={`议题${item.position}：${topic.title}`}>
      <span className="agenda-position" aria-hidden="true">
        {item.position}
      </span>
      <div className="agenda-body">
        <div className="agenda-title-line">
          <button type="button" className="link-button agenda-title" onClick={() => onOpenTopic(topic.id)}>
            {topic.title}
          </button>
          <CategoryBadge category={topic.category} />
        </div>
        <p className="agenda-meta">
          提请单位：{topic.proposingUnit} · 汇报人：{topic.presenter}
          {topic.leaderInChargeName && ` · 分管领导：${topic.leaderInChargeName}`}
        </p>
        <div className="agenda-checks">
          <ApprovalBadge topic={topic} />
          {item.consultationRequired &&
            (topic.consultation ? (
              <span className={`badge badge-${topic.consultation.held ? 'ok' : 'warn'}`}>
                已酝酿：
                <button type="button" className="link-button" onClick={() => onOpenMeeting(topic.consultation!.meetingId)}>
                  {topic.consultation.meetingLabel}
                </button>
                （{chineseDate(topic.consultation.date)}
                {topic.consultation.held ? '' : '，尚未召开'}）
              </span>
            ) : (
              <span className="badge badge-warn">未经书记专题会议酝酿</span>
            ))}
          <MaterialDeadlineBadge deadline={item.materialDeadline} />
          {earlier && (
            <span className="badge badge-warn">
              缓议待续：
              <button type="button" className="link-button" onClick={() => onOpenMeeting(earlier.meetingId)}>
                {earlier.meetingLabel}
              </button>
            </span>
          )}
          {item.outcome && <span className="badge badge-info">{topicOutcomeLabels[item.outcome]}</span>}
        </div>
      </div>
      {controls && <div className="agenda-controls">{controls}</div>}
    </li>
  )
}
