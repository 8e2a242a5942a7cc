import { isRealDate } from '../../../../shared/ipc/fields'

/** "截至日期": the day whose roster is shown. Only a complete, real date is passed on. */
export function AsOfDateField({ id, value, onChange, label = '截至日期' }: { id: string; value: string; onChange: (date: string) => void; label?: string }) {
  return (
    <div className="field field-date">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value}
        onChange={(event) => {
          if (/^\d{4}-\d{2}-\d{2}$/u.test(event.target.value) && isRealDate(event.target.value)) onChange(event.target.value)
        }}
      />
    </div>
  )
}
