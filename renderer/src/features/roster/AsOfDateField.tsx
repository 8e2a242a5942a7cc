import { DateInput } from '../../components/date/DateInput'

/** "截至日期": the day whose roster is shown. Only a complete, real date is passed on. */
export function AsOfDateField({ id, value, onChange, label = '截至日期' }: { id: string; value: string; onChange: (date: string) => void; label?: string }) {
  return (
    <div className="field field-date">
      <label htmlFor={id}>{label}</label>
      <DateInput
        id={id}
        value={value}
        onChange={(date) => {
          // Clearing the field keeps the day shown.
          if (date !== '') onChange(date)
        }}
      />
    </div>
  )
}
