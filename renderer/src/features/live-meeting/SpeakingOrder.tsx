import { useState, type FormEvent } from 'react'
import { isSameOrder, lastSpeakerLabels } from '../../../../shared/meetings/speaking-order'
import type { AgendaItemView } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { AmendableText } from './AmendableText'
import { memberName } from './liveState'
import { useStructuralAction } from './liveActions'
import { useLive } from './LiveContext'

/**
 * 按照常委排名倒序发表意见，主要负责人最后表态: the order proposed from the ranks (the 书记
 * last, else the chair, with the reason shown), and the recorder's own order (moved with ↑ ↓), which needs a reason.
 */
export function SpeakingOrder({ item }: { item: AgendaItemView }) {
  const { detail, editable, sealed, onDetail } = useLive()
  const action = useStructuralAction(onDetail)
  const [draft, setDraft] = useState<string[] | null>(null)
  const [reason, setReason] = useState('')
  const changed = !isSameOrder(item.speakingOrder, item.proposedSpeakingOrder)
  const draftChanged = draft !== null && !isSameOrder(draft, item.proposedSpeakingOrder)

  function move(index: number, by: -1 | 1) {
    if (!draft) return
    const next = [...draft]
    const [moved] = next.splice(index, 1)
    next.splice(index + by, 0, moved as string)
    setDraft(next)
  }

  function startEditing() {
    setDraft([...item.speakingOrder])
    setReason(item.speakingOrderReason ?? '')
  }

  async function save(event: FormEvent) {
    event.preventDefault()
    if (!draft) return
    const order = draftChanged ? draft : null
    if (await action.run(() => call('live.setSpeakingOrder', { itemId: item.id, order, reason: order ? reason : null }))) setDraft(null)
  }

  return (
    <section className="live-section" aria-labelledby="order-title">
      <div className="live-section-head">
        <h3 id="order-title" className="live-section-title">
          发言顺序
        </h3>
        <span className="live-muted" data-testid="last-speaker-rule">
          {changed ? '记录人已调整' : lastSpeakerLabels[item.lastSpeaker]}
        </span>
        {editable && !draft && item.speakingOrder.length > 1 && (
          <button type="button" className="button button-small button-secondary" onClick={startEditing}>
            调整顺序…
          </button>
        )}
        {editable && !draft && changed && (
          <button type="button" className="button button-small button-secondary" onClick={() => void action.run(() => call('live.setSpeakingOrder', { itemId: item.id, order: null, reason: null }))}>
            恢复建议顺序
          </button>
        )}
      </div>
      {!draft && (
        <ol className="order-line" aria-label="发言顺序">
          {item.speakingOrder.map((personId) => (
            <li key={personId}>{memberName(detail, personId)}</li>
          ))}
        </ol>
      )}
      {!draft && item.speakingOrder.length === 0 && <p className="live-muted">还没有登记出席的成员。</p>}
      {!draft && changed && !sealed && item.speakingOrderReason && <p className="live-muted">调整原因：{item.speakingOrderReason}</p>}
      {sealed && changed && <AmendableText target="agenda_item" targetId={item.id} field="speakingOrderReason" original={item.speakingOrderReason ?? ''} />}
      {draft && (
        <form className="order-editor" onSubmit={save} aria-label="调整发言顺序">
          <ol>
            {draft.map((personId, index) => (
              <li key={personId}>
                <span className="order-name">{memberName(detail, personId)}</span>
                <button type="button" className="button button-small button-secondary" onClick={() => move(index, -1)} disabled={index === 0} aria-label={`${memberName(detail, personId)}上移`}>
                  ↑
                </button>
                <button type="button" className="button button-small button-secondary" onClick={() => move(index, 1)} disabled={index === draft.length - 1} aria-label={`${memberName(detail, personId)}下移`}>
                  ↓
                </button>
              </li>
            ))}
          </ol>
          {draftChanged && (
            <div className="field">
              <label htmlFor="order-reason">调整原因（必填）</label>
              <input id="order-reason" value={reason} maxLength={200} onChange={(event) => setReason(event.target.value)} />
            </div>
          )}
          <div className="order-actions">
            <button type="submit" className="button button-small button-primary" disabled={action.busy || (draftChanged && !reason.trim())}>
              {draftChanged ? '保存调整后的顺序' : '按建议顺序保存'}
            </button>
            <button type="button" className="button button-small button-secondary" onClick={() => setDraft(null)}>
              取消
            </button>
          </div>
        </form>
      )}
      <ErrorMessage message={action.error} />
    </section>
  )
}
