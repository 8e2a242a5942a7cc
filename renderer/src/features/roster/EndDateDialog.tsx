import { useState, type FormEvent } from 'react'
import type { Result } from '../../../../shared/errors'
import { Dialog } from '../../components/Dialog'
import { DateInput } from './DateInput'
import { DialogActions } from './DialogActions'
import { todayIso } from '../../lib/clock'
import { useAction } from '../../lib/useAction'

interface EndDateDialogProps<T> {
  title: string
  note: string
  save: (endDate: string) => Promise<Result<T>>
  onClose: () => void
  onSaved: (value: T) => void
}

/** Ends a dated arrangement (分工, 缺位互补) on its last day; the record stays in the history. */
export function EndDateDialog<T>({ title, note, save, onClose, onSaved }: EndDateDialogProps<T>) {
  const [endDate, setEndDate] = useState(todayIso)
  const action = useAction()

  function submit(event: FormEvent) {
    event.preventDefault()
    void action.run(() => save(endDate), onSaved)
  }

  return (
    <Dialog title={title} onClose={onClose} busy={action.busy}>
      <form className="form" onSubmit={submit} noValidate>
        <p className="card-note">{note}</p>
        <DateInput id="end-date-input" label="结束日期（最后一天）" value={endDate} onChange={setEndDate} />
        <DialogActions error={action.error} busy={action.busy} submitLabel="确认结束" onCancel={onClose} />
      </form>
    </Dialog>
  )
}
