import { useCallback, useState, type FormEvent } from 'react'
import type { BookEntryView } from '../../../../shared/personnel/views'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { TextField } from '../../components/TextField'
import { useLoad } from '../../lib/useLoad'
import { CorrectionCandidates } from './CorrectionCandidates'
import { correctionInput, correctionOf, correctionProblems, type CorrectionDraft } from './correctionDraft'
import './personnel-correction.css'

interface CorrectionDialogProps {
  /** The sealed entry being corrected. */
  original: BookEntryView
  onClose: () => void
  onCorrected: (correction: BookEntryView) => void
}

/** 更正记录: a new entry that re-records the original's candidates, references it and is sealed at once. */
export function CorrectionDialog({ original, onClose, onCorrected }: CorrectionDialogProps) {
  // The meeting record fixes who was present and who was out or recused for the whole item.
  const load = useCallback(() => call('meetings.get', { id: original.meetingId }), [original.meetingId])
  const [meeting] = useLoad(load)
  const [draft, setDraft] = useState<CorrectionDraft | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const item = meeting.status === 'ready' ? meeting.value.items.find((candidate) => candidate.id === original.agendaItemId) : undefined
  const current = draft ?? (item ? correctionOf(original, item) : null)
  function change(next: Partial<CorrectionDraft>) {
    if (!current) return
    setDraft({ ...current, ...next })
    // A refusal answered the form as it was; once changed it no longer applies.
    setError(null)
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (meeting.status !== 'ready' || !item || !current) return
    setBusy(true)
    setError(null)
    const result = await call('personnel.correctEntry', correctionInput(meeting.value, item, original.id, current))
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    onCorrected(result.value)
  }

  return (
    <Dialog title={`更正 ${original.label}`} onClose={onClose} busy={busy} size="wide">
      {meeting.status === 'loading' && <LoadingIndicator text="正在读取会议记录…" />}
      {meeting.status === 'error' && <ErrorMessage message={meeting.error.message} />}
      {meeting.status === 'ready' && !item && <ErrorMessage message="会议记录中找不到该条记录的议题，无法更正。" />}
      {meeting.status === 'ready' && item && current && (
        <form className="correction-form" onSubmit={(event) => void submit(event)} aria-label={`更正${original.label}`}>
          <p className="correction-intro">
            原记录{original.label}保持封存时的样子，不作任何改动；保存后另立一条更正记录，注明更正的是哪一条、为什么更正，并由主持人和记录人签名后立即封存。
          </p>
          <p className="live-muted">
            {original.meetingLabel} · {original.topicTitle}
          </p>
          <div className="field">
            <label htmlFor="correction-reason">更正原因（必填）</label>
            <textarea
              id="correction-reason"
              rows={2}
              maxLength={500}
              value={current.reason}
              placeholder="如：孙部长的意见误记为不同意，经核对会议录音应为同意"
              onChange={(event) => change({ reason: event.target.value })}
              data-autofocus
            />
          </div>
          <div className="correction-signers">
            <TextField id="correction-chair" label="主持人" value={current.chairName} maxLength={40} onChange={(event) => change({ chairName: event.target.value })} />
            <TextField id="correction-recorder" label="记录人" value={current.recorderName} maxLength={40} onChange={(event) => change({ recorderName: event.target.value })} />
          </div>
          <CorrectionCandidates detail={meeting.value} item={item} candidates={current.candidates} onChange={(candidates) => change({ candidates })} />
          <CorrectionProblems problems={correctionProblems(meeting.value, item, current)} />
          <ErrorMessage message={error} />
          <div className="dialog-actions">
            <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
              取消
            </button>
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? '正在保存…' : '保存并封存更正记录'}
            </button>
          </div>
        </form>
      )}
      {meeting.status !== 'ready' && (
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            关闭
          </button>
        </div>
      )}
    </Dialog>
  )
}

function CorrectionProblems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return <p className="message message-success">可以保存：各人选的到会人数和表决结果符合规则。</p>
  return (
    <div className="message message-warning correction-problems" aria-live="polite">
      <p>保存前请处理：</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  )
}
