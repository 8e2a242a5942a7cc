import { useState, type FormEvent } from 'react'
import type { AgendaItemView } from '../../../../shared/meetings/views'
import type { BookEntryView, CandidateDecisionView, MatterView } from '../../../../shared/personnel/views'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { CandidateFields } from './CandidateFields'
import { decisionInput, draftOf, type CandidateDraft } from './candidateDraft'
import { wholeItemRecusals } from './liveState'
import { useLive } from './LiveContext'

interface CandidateFormProps {
  item: AgendaItemView
  matter: MatterView
  recorded: CandidateDecisionView | undefined
  onSaved: (entry: BookEntryView) => void
  onCancel: (() => void) | null
}

/** One candidate (逐一表决): recusals with reasons, each member's view or the secret-ballot counts, checked live. */
export function CandidateForm({ item, matter, recorded, onSaved, onCancel }: CandidateFormProps) {
  const { detail } = useLive()
  const [draft, setDraft] = useState<CandidateDraft>(() => draftOf(recorded, wholeItemRecusals(item)))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const reconsidering = matter.decision !== null && matter.decision.result !== 'deferred' && recorded === undefined

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    const result = await call('personnel.decideCandidate', decisionInput(detail, item, matter.id, draft))
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    onSaved(result.value)
  }

  return (
    <form className="candidate-form" onSubmit={submit} aria-label={`${matter.cadreName}的表决`}>
      <CandidateFields detail={detail} item={item} idBase={`candidate-${matter.id}`} cadreName={matter.cadreName} draft={draft} onChange={setDraft} reconsidering={reconsidering} />
      <ErrorMessage message={error} />
      <div className="recusal-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? '正在保存…' : `保存${matter.cadreName}的表决结果`}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
            取消
          </button>
        )}
      </div>
    </form>
  )
}
