import { useState, type FormEvent } from 'react'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { chineseDate } from './chineseDate'
import { useRosterAsOf } from './useRosterAsOf'

interface ChooseMembersDialogProps {
  date: string
  chosen: readonly string[]
  onClose: () => void
  onSave: (personIds: string[]) => Promise<boolean>
  error: string | null
  busy: boolean
}

/** Checkboxes over the roster as of the meeting date. */
export function ChooseMembersDialog({ date, chosen, onClose, onSave, error, busy }: ChooseMembersDialogProps) {
  const roster = useRosterAsOf(date)
  const [picked, setPicked] = useState<Set<string>>(new Set(chosen))

  function toggle(personId: string, on: boolean) {
    setPicked((current) => {
      const next = new Set(current)
      if (on) next.add(personId)
      else next.delete(personId)
      return next
    })
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (roster.status !== 'ready') return
    // Keep the roster's order (rank), not the order of clicking.
    await onSave(roster.value.filter((member) => picked.has(member.personId)).map((member) => member.personId))
  }

  return (
    <Dialog title="选择应到成员" onClose={onClose} busy={busy}>
      <form className="form" onSubmit={submit} noValidate>
        {roster.status === 'loading' && <LoadingIndicator />}
        {roster.status === 'error' && <ErrorMessage message={roster.error.message} />}
        {roster.status === 'ready' && roster.value.length === 0 && <ErrorMessage message={`${chineseDate(date)}没有在任的常委会成员。`} />}
        {roster.status === 'ready' && roster.value.length > 0 && (
          <fieldset className="choice-group">
            <legend>{chineseDate(date)}在任的常委</legend>
            {roster.value.map((member) => (
              <label key={member.personId} className="checkbox choice">
                <input type="checkbox" checked={picked.has(member.personId)} onChange={(event) => toggle(member.personId, event.target.checked)} />
                {member.name}
                <span className="choice-hint">{member.post}</span>
              </label>
            ))}
          </fieldset>
        )}
        <ErrorMessage message={error} />
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            取消
          </button>
          <button type="submit" className="button button-primary" disabled={busy || roster.status !== 'ready'}>
            保存（{picked.size} 人）
          </button>
        </div>
      </form>
    </Dialog>
  )
}
