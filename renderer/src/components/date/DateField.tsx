import type { ReactNode } from 'react'
import { DateInput, type DateInputProps } from './DateInput'
import { TimeInput, type TimeInputProps } from './TimeInput'

interface LabelledProps {
  label: string
  hint?: ReactNode
}

function Labelled({ id, label, hint, className, children }: LabelledProps & { id: string; className?: string; children: (hintId: string | undefined) => ReactNode }) {
  const hintId = hint ? `${id}-hint` : undefined
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(hintId)}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  )
}

/** A labelled date field (see DateInput), laid out like TextField. */
export function DateField({ label, hint, className, ...input }: LabelledProps & DateInputProps) {
  return (
    <Labelled id={input.id} label={label} hint={hint} className={className}>
      {(hintId) => <DateInput {...input} aria-describedby={[hintId, input['aria-describedby']].filter(Boolean).join(' ') || undefined} />}
    </Labelled>
  )
}

/** A labelled time field (see TimeInput), laid out like TextField. */
export function TimeField({ label, hint, className, ...input }: LabelledProps & TimeInputProps) {
  return (
    <Labelled id={input.id} label={label} hint={hint} className={className}>
      {(hintId) => <TimeInput {...input} aria-describedby={[hintId, input['aria-describedby']].filter(Boolean).join(' ') || undefined} />}
    </Labelled>
  )
}
