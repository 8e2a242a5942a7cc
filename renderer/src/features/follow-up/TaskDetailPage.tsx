import { useCallback, useState } from 'react'
import { allowedActions } from '../../../../shared/follow-up/transitions'
import { taskStatusLabels } from '../../../../shared/follow-up/task-status'
import type { FollowUpDetail } from '../../../../shared/follow-up/views'
import { topicCategoryLabels } from '../../../../shared/meetings/vocabulary'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import { useNavigation } from '../layout/navigation'
import { useSession } from '../session/SessionContext'
import { chineseDate } from '../meetings/chineseDate'
import { AdjustDialog } from './AdjustDialog'
import { CompleteDialog } from './CompleteDialog'
import { ReportDialog } from './ReportDialog'
import { ReviewDialog } from './ReviewDialog'
import { TaskTimeline } from './TaskTimeline'
import { taskStatusClass } from './statusTone'
import { UncoveredYearsNote } from '../calendar-settings/UncoveredYearsNote'

type Open = 'report' | 'complete' | 'review' | 'adjust' | null

/** One task: the decision it follows, where it stands, what was reported and reviewed, and what can be done next. */
export function TaskDetailPage({ taskId, onBack }: { taskId: string; onBack: () => void }) {
  const load = useCallback(() => call('followUp.get', { id: taskId }), [taskId])
  const [state, , replace] = useLoad(load)
  const [open, setOpen] = useState<Open>(null)
  const { navigate } = useNavigation()
  // A reader (查阅) sees the record without the buttons that would change it.
  const canWrite = useSession().session.permissions.includes('records.write')

  const back = (
    <button type="button" className="button button-link follow-up-back" onClick={onBack}>
      ← 返回督办事项
    </button>
  )
  if (state.status === 'loading') return <div className="stack">{back}<LoadingIndicator text="正在加载督办事项…" /></div>
  if (state.status === 'error') return <div className="stack">{back}<ErrorMessage message={state.error.message} /></div>
  const task = state.value
  const actions = canWrite ? allowedActions(task.state) : { report: false, complete: false, review: false, adjust: false }
  const done = (detail: FollowUpDetail) => {
    replace(() => detail)
    setOpen(null)
  }

  return (
    <div className="follow-up-page stack">
      {back}
      <header className="page-header">
        <div>
          <h1>{task.topicTitle}</h1>
          <p className="page-description">
            <span className={taskStatusClass[task.status]}>{taskStatusLabels[task.status]}</span> {topicCategoryLabels[task.category]} ·{' '}
            <button type="button" className="task-link" onClick={() => navigate('meetings', { meetingId: task.meetingId, itemId: task.agendaItemId })}>
              {task.meetingLabel}（{chineseDate(task.meetingDate)}）
            </button>
          </p>
        </div>
        <div className="page-actions">
          {actions.report && (
            <button type="button" className="button button-primary" onClick={() => setOpen('report')}>
              报告进展…
            </button>
          )}
          {actions.complete && (
            <button type="button" className="button button-secondary" onClick={() => setOpen('complete')}>
              报办结…
            </button>
          )}
          {actions.review && (
            <button type="button" className="button button-primary" onClick={() => setOpen('review')}>
              回头看…
            </button>
          )}
          {actions.adjust && (
            <button type="button" className="button button-secondary" onClick={() => setOpen('adjust')}>
              调整…
            </button>
          )}
        </div>
      </header>
      <section className="card" aria-labelledby="task-decision-title">
        <h2 id="task-decision-title">会议决定</h2>
        <p className="decision-text">{task.decisionText || '（决定内容未记录）'}</p>
        <dl className="detail-list">
          <dt>牵头领导</dt>
          <dd>{task.leadLeaderName ?? '未定'}</dd>
          <dt>责任单位</dt>
          <dd>{task.responsibleUnits ?? '未定'}</dd>
          <dt>办结时限</dt>
          <dd>
            {task.deadline ? chineseDate(task.deadline) : '未定'}
            {task.effectiveDeadline && task.effectiveDeadline !== task.deadline && `（逢休息日顺延至 ${chineseDate(task.effectiveDeadline)}）`}
            {task.status === 'overdue' && <strong className="overdue-note"> 已逾期</strong>}
            {task.dueSoon && task.status !== 'overdue' && <span className="due-soon"> 即将到期</span>}
            <div>
              <UncoveredYearsNote years={task.uncoveredYears} />
            </div>
          </dd>
        </dl>
        {task.state === 'completed' && <p className="card-note">责任单位已报办结，等待回头看：确认销号，或发现问题时重新交办。</p>}
        {task.state === 'closed' && <p className="card-note">经回头看确认销号，督办结束。</p>}
      </section>
      <section className="card" aria-labelledby="task-timeline-title">
        <h2 id="task-timeline-title">办理过程</h2>
        <TaskTimeline task={task} />
      </section>
      {open === 'report' && <ReportDialog task={task} onDone={done} onClose={() => setOpen(null)} />}
      {open === 'complete' && <CompleteDialog task={task} onDone={done} onClose={() => setOpen(null)} />}
      {open === 'review' && <ReviewDialog task={task} onDone={done} onClose={() => setOpen(null)} />}
      {open === 'adjust' && <AdjustDialog task={task} onDone={done} onClose={() => setOpen(null)} />}
    </div>
  )
}
