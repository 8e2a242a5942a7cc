import { DateField } from '../../components/date/DateField'

/** A labelled date input for a dialog ('YYYY-MM-DD'; the core checks the value again). */
export function DateInput({ id, label, value, onChange, hint }: { id: string; label: string; value: string; onChange: (date: string) => void; hint?: string }) {
  return <DateField id={id} label={label} value={value} onChange={onChange} hint={hint} required />
}
