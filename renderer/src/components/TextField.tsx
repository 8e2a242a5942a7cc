import type { InputHTMLAttributes, ReactNode, Ref } from 'react'

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string
  label: string
  /** A short explanation under the input, linked with aria-describedby. */
  hint?: ReactNode
  /** Further content under the input (e.g. live password rules). */
  after?: ReactNode
  ref?: Ref<HTMLInputElement>
}

/** A label bound to its input, with an optional hint. */
export function TextField({ id, label, hint, after, className, ...input }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined
  const describedBy = [hintId, input['aria-describedby']].filter(Boolean).join(' ') || undefined
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input id={id} {...input} aria-describedby={describedBy} />
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {after}
    </div>
  )
}
