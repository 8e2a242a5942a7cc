import { useCallback, useState } from 'react'
import type { TopicSummary } from '../../../../shared/meetings/views'
import { topicStates, topicStateLabels, type TopicState } from '../../../../shared/meetings/vocabulary'
import { call } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { YearSelect } from '../../components/YearSelect'
import { currentYear } from '../../lib/clock'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { StatusMessage } from '../../components/StatusMessage'
import { useLoad } from '../../lib/useLoad'
import { useBodies } from '../meetings/useBodies'
import { useSession } from '../session/SessionContext'
import { TopicDetailDialog } from './TopicDetailDialog'
import { TopicFormDialog } from './TopicFormDialog'
import { TopicsTable } from './TopicsTable'

interface TopicsSectionProps {
  /** A topic to open at once (from search). */
  initialTopicId?: string
  onOpenMeeting: (meetingId: string) => void
}

type OpenDialog = { kind: 'propose' } | { kind: 'edit'; topic: TopicSummary } | { kind: 'detail'; topicId: string }

/** 议题库: every topic with its state; 申报议题, and each topic's details, approval and materials. */
export function TopicsSection({ initialTopicId, onOpenMeeting }: TopicsSectionProps) {
  const { session } = useSession()
  const canWrite = session.permissions.includes('records.write')
  const [state, setState] = useState<TopicState | ''>('')
  const [titleQuery, setTitleQuery] = useState('')
  const [bodyId, setBodyId] = useState('')
  // A year's topics and the open ones of earlier years, not thirty years at once.
  const [year, setYear] = useState<number | null>(currentYear)
  const [bodies] = useBodies()
  const load = useCallback(() => call('topics.list', { scope: 'all', ...(bodyId ? { bodyId } : {}), ...(year === null ? {} : { year }) }), [bodyId, year])
  const [topics, reload] = useLoad(load)
  const [dialog, setDialog] = useState<OpenDialog | null>(initialTopicId ? { kind: 'detail', topicId: initialTopicId } : null)
  const [notice, setNotice] = useState<string | null>(null)
  const words = titleQuery.trim().split(/\s+/u).filter(Boolean)
  const shown = topics.status === 'ready' ? topics.value.filter((topic) => (state === '' || topic.state === state) && words.every((word) => topic.title.includes(word))) : []

  const proposeButton = canWrite && (
    <button
      type="button"
      className="button button-primary"
      onClick={() => {
        setNotice(null)
        setDialog({ kind: 'propose' })
      }}
    >
      申报议题
    </button>
  )

  return (
    <section className="card" aria-labelledby="topics-title">
      <div className="card-header">
        <h2 id="topics-title">议题库</h2>
        {proposeButton}
      </div>
      <p className="card-note">议题经书记审定后方可在会上作出决定；干部任免议题须先经书记专题会议酝酿。缓议的议题保留在库中，可列入下次会议。</p>
      <div className="filter-bar">
        <div className="field">
          <label htmlFor="topic-filter-title">议题名称</label>
          <input id="topic-filter-title" type="text" value={titleQuery} maxLength={50} placeholder="输入名称中的字词" onChange={(event) => setTitleQuery(event.target.value)} />
        </div>
        <YearSelect id="topic-filter-year" value={year} onChange={setYear} />
        <div className="field">
          <label htmlFor="topic-filter-state">议题状态</label>
          <select id="topic-filter-state" value={state} onChange={(event) => setState(event.target.value as TopicState | '')}>
            <option value="">全部状态</option>
            {topicStates.map((value) => (
              <option key={value} value={value}>
                {topicStateLabels[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="topic-filter-body">会议类型</label>
          <select id="topic-filter-body" value={bodyId} onChange={(event) => setBodyId(event.target.value)}>
            <option value="">全部类型</option>
            {bodies.status === 'ready' &&
              bodies.value.map((body) => (
                <option key={body.id} value={body.id}>
                  {body.name}
                </option>
              ))}
          </select>
        </div>
      </div>
      {notice && <StatusMessage tone="success">{notice}</StatusMessage>}
      {topics.status === 'loading' && <LoadingIndicator text="正在加载议题…" />}
      {topics.status === 'error' && <ErrorMessage message={topics.error.message} />}
      {topics.status === 'ready' && shown.length === 0 && (
        <EmptyState title={topics.value.length === 0 ? '还没有议题' : '没有符合条件的议题'}>
          <p>{topics.value.length === 0 && year === currentYear() ? '提请单位报来的议题，在此申报登记，经书记审定后列入会议议程。' : '请调整上面的筛选条件。'}</p>
          {topics.value.length === 0 && proposeButton}
        </EmptyState>
      )}
      {shown.length > 0 && <TopicsTable topics={shown} onOpen={(topic) => setDialog({ kind: 'detail', topicId: topic.id })} />}

      {dialog?.kind === 'propose' && (
        <TopicFormDialog
          onClose={() => setDialog(null)}
          onSaved={(topic) => {
            setDialog({ kind: 'detail', topicId: topic.id })
            setNotice(`已申报议题《${topic.title}》。`)
            reload()
          }}
        />
      )}
      {dialog?.kind === 'edit' && (
        <TopicFormDialog
          topic={dialog.topic}
          onClose={() => setDialog({ kind: 'detail', topicId: dialog.topic.id })}
          onSaved={(topic) => {
            setDialog({ kind: 'detail', topicId: topic.id })
            reload()
          }}
        />
      )}
      {dialog?.kind === 'detail' && (
        <TopicDetailDialog
          topicId={dialog.topicId}
          canWrite={canWrite}
          onClose={() => setDialog(null)}
          onChanged={reload}
          onEdit={(topic) => setDialog({ kind: 'edit', topic })}
          onOpenMeeting={onOpenMeeting}
        />
      )}
    </section>
  )
}
