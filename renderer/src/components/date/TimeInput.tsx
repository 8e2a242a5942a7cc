import { useState } from 'react'
import { formatTimeInput, parseTimeInput } from '../../../../shared/format/date-input'
import './date-field.css'

export interface TimeInputProps {
  id: string
  /** 'HH:MM' (24-hour), or '' for none. */
  value: string
  onChange: (value: string) => void
  required?: boolean
  disabled?: boolean
  className?: string
  'aria-describedby'?: string
  'data-autofocus'?: boolean
}

/**
 * A time typed as 09:00, 900, 9点半 or 下午3:30 and shown as 上午9:00, whatever the machine's
 * locale. A time that cannot be read is said so and changes nothing.
 */
export function TimeInput({ id, value, onChange, required, disabled, className, 'aria-describedby': describedBy, 'data-autofocus': autofocus }: TimeInputProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const errorId = `${id}-error`

  const take = (text: string): boolean => {
    if (text.trim() === '') {
      if (value !== '') onChange('')
      return true
    }
    const time = parseTimeInput(text)
    if (!time) return false
    if (time !== value) onChange(time)
    return true
  }

  const commit = () => {
    if (draft === null) return
    if (take(draft)) {
      setDraft(null)
      setProblem(null)
    } else setProblem(`无法识别「${draft.trim()}」：请输入如 09:00、9点半 或 下午3:30。`)
  }

  const describedByAll = [describedBy, problem ? errorId : undefined].filter(Boolean).join(' ') || undefined
  return (
    <span className={className ? `date-input time-input ${className}` : 'date-input time-input'}>
      <input
        id={id}
        type="text"
        className="date-text"
        autoComplete="off"
        placeholder="如 09:00"
        value={draft ?? formatTimeInput(value)}
        required={required}
        disabled={disabled}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedByAll}
        data-autofocus={autofocus}
        onFocus={(event) => event.currentTarget.select()}
        onChange={(event) => {
          setDraft(event.target.value)
          if (take(event.target.value)) setProblem(null)
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit()
        }}
      />
      {problem && (
        <span id={errorId} className="date-input-error" role="alert">
          {problem}
        </span>
      )}
    </span>
  )
}
