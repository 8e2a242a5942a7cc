// The 年度 filter of the lists: this year by default, the last dozen years, or 全部年度.

import { currentYear } from '../lib/clock'

/** Next year, this year and the ten before it, counted when the list is drawn. */
const recentYears = () => Array.from({ length: 12 }, (_, index) => currentYear() + 1 - index)

interface YearSelectProps {
  id: string
  value: number | null
  onChange: (year: number | null) => void
}

export function YearSelect({ id, value, onChange }: YearSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>年度</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value ? Number(event.target.value) : null)}>
        <option value="">全部年度</option>
        {recentYears().map((year) => (
          <option key={year} value={year}>
            {year}年
          </option>
        ))}
      </select>
    </div>
  )
}
