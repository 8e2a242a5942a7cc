/** A labelled date input for a dialog ('YYYY-MM-DD'; the core checks the value again). */
export function DateInput({ id, label, value, onChange, hint }: { id: string; label: string; value: string; onChange: (date: string) => void; hint?: string }) {
  const hintId = hint ? `${id}-hint` : undefined
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" value={value} required aria-describedby={hintId} onChange={(event) => onChange(event.target.value)} />
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  )
}
