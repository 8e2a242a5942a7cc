import { useCallback } from 'react'
import type { MeetingDetail } from '../../../../shared/meetings/views'
import { isOpenTopic } from '../../../../shared/meetings/status'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { EmptyState } from '../../components/EmptyState'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import { ApprovalBadge, CategoryBadge, TopicStateBadge } from '../topics/TopicBadges'

interface AddAgendaItemDialogProps {
  meeting: MeetingDetail
  busy: boolean
  error: string | null
  onClose: () => void
  onAdd: (topicId: string, title: string) => Promise<void>
}

/** The open topics of this body (deferred ones first: they were promised a next meeting). */
export function AddAgendaItemDialog({ meeting, busy, error, onClose, onAdd }: AddAgendaItemDialogProps) {
  const load = useCallback(() => call('topics.list', { scope: 'open', bodyId: meeting.body.id }), [meeting.body.id])
  const [topics] = useLoad(load)
  const onAgenda = new Set(meeting.items.map((item) => item.topic.id))
  const offered =
    topics.status === 'ready'
      ? topics.value
          .filter((topic) => isOpenTopic(topic.state) && !onAgenda.has(topic.id))
          .sort((a, b) => Number(b.state === 'deferred') - Number(a.state === 'deferred'))
      : []

  return (
    <Dialog title={`添加议题：${meeting.label}`} onClose={onClose} busy={busy} size="wide">
      {topics.status === 'loading' && <LoadingIndicator text="正在加载议题…" />}
      {topics.status === 'error' && <ErrorMessage message={topics.error.message} />}
      {topics.status === 'ready' && offered.length === 0 && (
        <EmptyState title={`没有可列入的${meeting.body.name}议题`}>
          <p>请先在“议题库”中申报议题（会议类型选“{meeting.body.name}”）。已列入其他会议、已决定或已撤回的议题不在此列。</p>
        </EmptyState>
      )}
      {offered.length > 0 && (
        <ul className="pick-list" aria-label="可列入的议题">
          {offered.map((topic) => {
            const earlier = topic.history.at(-1)
            return (
              <li key={topic.id} className="pick-item">
                <div className="pick-body">
                  <p className="pick-title">{topic.title}</p>
                  <p className="agenda-meta">
                    提请单位：{topic.proposingUnit} · 汇报人：{topic.presenter}
                  </p>
                  <div className="agenda-checks">
                    <CategoryBadge category={topic.category} />
                    {topic.state === 'deferred' ? <TopicStateBadge state="deferred" /> : <ApprovalBadge topic={topic} />}
                    {topic.state === 'deferred' && earlier && <span className="pick-note">上次：{earlier.meetingLabel}</span>}
                  </div>
                </div>
                <button type="button" className="button button-small button-primary" aria-label={`列入议程：${topic.title}`} disabled={busy} onClick={() => void onAdd(topic.id, topic.title)}>
                  列入议程
                </button>
              </li>
            )
          })}
        </ul>
      )}
      <ErrorMessage message={error} />
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose} disabled={busy} data-autofocus>
          关闭
        </button>
      </div>
    </Dialog>
  )
}
