import { useState, type FormEvent } from 'react'
import type { AgendaItemView, MeetingMemberView } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import { isPersonnel } from './liveState'
import { useStructuralAction } from './liveActions'
import { useLive } from './LiveContext'
import { ErrorMessage } from '../../components/ErrorMessage'

/** 回避 of one member: for the whole item, or for one candidate of a personnel item; the reason is required. */
export function RecusalForm({ item, member, onDone }: { item: AgendaItemView; member: MeetingMemberView; onDone: () => void }) {
  const { onDetail } = useLive()
  const action = useStructuralAction(onDetail)
  const [reason, setReason] = useState('')
  const [candidate, setCandidate] = useState('')
  const base = `recusal-${member.personId}`

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (await action.run(() => call('live.addRecusal', { itemId: item.id, personId: member.personId, candidate: candidate.trim(), reason }))) onDone()
  }

  return (
    <form className="recusal-form" onSubmit={submit} aria-label={`${member.name}回避`}>
      <div className="field">
        <label htmlFor={`${base}-reason`}>回避原因</label>
        <input id={`${base}-reason`} value={reason} maxLength={200} autoFocus onChange={(event) => setReason(event.target.value)} placeholder="如：系拟任人选的近亲属" />
      </div>
      {/* On a personnel item a recusal for one candidate is entered in the book's form (no name in the record). */}
      {!isPersonnel(item) && (
      <div className="field">
        <label htmlFor={`${base}-candidate`}>涉及人选（可不填）</label>
        <input id={`${base}-candidate`} value={candidate} maxLength={64} onChange={(event) => setCandidate(event.target.value)} placeholder="不填为回避整个议题" />
      </div>
      )}
      <div className="recusal-actions">
        <button type="submit" className="button button-small button-primary" disabled={action.busy}>
          登记回避
        </button>
        <button type="button" className="button button-small button-secondary" onClick={onDone}>
          取消
        </button>
      </div>
      <ErrorMessage message={action.error} />
    </form>
  )
}
