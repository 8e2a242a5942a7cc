import { useState, type FormEvent } from 'react'
import type { TopicSummary } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import type { TopicActions } from './useTopic'

interface TopicActionsBarProps {
  topic: TopicSummary
  actions: TopicActions
  onEdit: () => void
}

/** 编辑, 书记审定 and 撤回 (with its reason) for a topic still open. */
export function TopicActionsBar({ topic, actions, onEdit }: TopicActionsBarProps) {
  const [withdrawing, setWithdrawing] = useState(false)
  const [reason, setReason] = useState('')
  const open = topic.state !== 'withdrawn' && topic.state !== 'decided'
  if (!open) return null

  async function withdraw(event: FormEvent) {
    event.preventDefault()
    if (actions.busy) return
    const done = await actions.run(() => call('topics.withdraw', { id: topic.id, reason }), (value) => value, `已撤回议题《${topic.title}》。`)
    if (done) setWithdrawing(false)
  }

  return (
    <div className="topic-actions">
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onEdit} disabled={actions.busy}>
          编辑议题
        </button>
        {topic.approvedAt === null && (
          <button type="button" className="button button-primary" disabled={actions.busy} onClick={() => void actions.run(() => call('topics.approve', { id: topic.id }), (value) => value, '已登记书记审定。')}>
            书记审定
          </button>
        )}
        {!withdrawing && (
          <button type="button" className="button button-danger-quiet" onClick={() => setWithdrawing(true)} disabled={actions.busy}>
            撤回议题
          </button>
        )}
      </div>
      {withdrawing && (
        <form className="withdraw-form" onSubmit={withdraw} noValidate>
          <div className="field">
            <label htmlFor="topic-withdraw-reason">撤回原因</label>
            <input id="topic-withdraw-reason" value={reason} onChange={(event) => setReason(event.target.value)} maxLength={200} autoFocus placeholder="如：提请单位申请撤回，待进一步调研" />
          </div>
          <div className="form-actions">
            <button type="button" className="button button-secondary" onClick={() => setWithdrawing(false)} disabled={actions.busy}>
              取消
            </button>
            <button type="submit" className="button button-danger" disabled={actions.busy || reason.trim() === ''}>
              确认撤回
            </button>
          </div>
        </form>
      )}
    </div>
  )
}
