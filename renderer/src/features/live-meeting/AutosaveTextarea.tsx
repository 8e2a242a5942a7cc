import type { KeyboardEvent, Ref } from 'react'
import type { Result } from '../../../../shared/errors'
import { useAutosave } from './autosave'
import { SaveIndicator } from './SaveIndicator'

interface AutosaveTextareaProps {
  id: string
  label: string
  initial: string
  save: (text: string) => Promise<Result<unknown>>
  rows?: number
  placeholder?: string
  hint?: string
  /** Visually hide the label (it stays for screen readers), where a heading already names the field. */
  hideLabel?: boolean
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement>) => void
  ref?: Ref<HTMLTextAreaElement>
}

/** A text area saved as it is typed, with its save state beside the label. */
export function AutosaveTextarea({ id, label, initial, save, rows = 3, placeholder, hint, hideLabel = false, onKeyDown, ref }: AutosaveTextareaProps) {
  const field = useAutosave(initial, save)
  const stateId = `${id}-state`
  return (
    <div className="field live-field">
      <div className="live-field-label">
        <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
          {label}
        </label>
        <SaveIndicator state={field.state} id={stateId} />
      </div>
      <textarea
        id={id}
        ref={ref}
        rows={rows}
        value={field.value}
        placeholder={placeholder}
        aria-describedby={stateId}
        onChange={(event) => field.change(event.target.value)}
        onBlur={() => void field.flush()}
        onKeyDown={onKeyDown}
      />
      {hint && <p className="field-hint">{hint}</p>}
    </div>
  )
}
