import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { formatDateInput, parseDateInput } from '../../../../shared/format/date-input'
import { DayPickerPopover } from './DayPickerPopover'
import './date-field.css'

export interface DateInputProps {
  id: string
  /** 'YYYY-MM-DD', or '' for none. */
  value: string
  /** Called with 'YYYY-MM-DD' as soon as what is typed is a whole date, or '' when cleared. */
  onChange: (value: string) => void
  min?: string
  max?: string
  required?: boolean
  disabled?: boolean
  className?: string
  'aria-describedby'?: string
  'data-autofocus'?: boolean
  /** After the field's own keys (Enter commits first), e.g. Enter to add the date to a list. */
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void
}

function rangeProblem(iso: string, min?: string, max?: string): string | null {
  if (min && iso < min) return `日期不能早于${formatDateInput(min)}。`
  if (max && iso > max) return `日期不能晚于${formatDateInput(max)}。`
  return null
}

/**
 * A date typed as the office writes it (2026年12月5日, 2026-12-05 or 20261205), shown as
 * 2026年12月5日 whatever the machine's locale, with a calendar (Alt+↓ or the button).
 * A date that is not real or out of range is said so and changes nothing.
 */
export function DateInput({ id, value, onChange, min, max, required, disabled, className, 'aria-describedby': describedBy, 'data-autofocus': autofocus, onKeyDown: afterKey }: DateInputProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const popoverId = useId()
  const errorId = `${id}-error`

  const take = (text: string): boolean => {
    if (text.trim() === '') {
      setProblem(null)
      if (value !== '') onChange('')
      return true
    }
    const iso = parseDateInput(text)
    if (!iso) return false
    const outOfRange = rangeProblem(iso, min, max)
    if (outOfRange) {
      setProblem(outOfRange)
      return false
    }
    setProblem(null)
    if (iso !== value) onChange(iso)
    return true
  }

  // On Enter, Tab or leaving: a good date is shown the office's way; a bad one is explained.
  const commit = () => {
    if (draft === null) return
    if (take(draft)) setDraft(null)
    else setProblem((current) => current ?? `无法识别「${draft.trim()}」：请输入如 2026-12-05、20261205 或 2026年12月5日。`)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit()
    if (event.key === 'ArrowDown' && event.altKey) {
      event.preventDefault()
      setOpen(true)
    }
    afterKey?.(event)
  }

  const describedByAll = [describedBy, problem ? errorId : undefined].filter(Boolean).join(' ') || undefined
  return (
    <span className={className ? `date-input ${className}` : 'date-input'}>
      <input
        ref={input}
        id={id}
        type="text"
        className="date-text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="如 2026-12-05"
        value={draft ?? formatDateInput(value)}
        required={required}
        disabled={disabled}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedByAll}
        data-autofocus={autofocus}
        onFocus={(event) => event.currentTarget.select()}
        onChange={(event) => {
          setDraft(event.target.value)
          // A whole date counts at once, so a form submitted right after typing has it.
          take(event.target.value)
        }}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      <button type="button" className="date-input-button" tabIndex={-1} aria-label="打开日历" aria-expanded={open} aria-controls={popoverId} disabled={disabled} onClick={() => setOpen((current) => !current)}>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
          <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" />
        </svg>
      </button>
      <DayPickerPopover
        id={popoverId}
        open={open}
        anchor={input}
        value={value}
        min={min}
        max={max}
        onPick={(iso) => {
          setDraft(null)
          setProblem(null)
          onChange(iso)
          setOpen(false)
          input.current?.focus()
        }}
        onClose={() => setOpen(false)}
      />
      {problem && (
        <span id={errorId} className="date-input-error" role="alert">
          {problem}
        </span>
      )}
    </span>
  )
}
