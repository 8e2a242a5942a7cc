import { currentYear } from '../../lib/clock'

interface Props {
  /** The last year of the bundled official data. */
  lastOfficialYear: number
  /** Years the office's lists have days in (they may need ticking). */
  listedYears: readonly number[]
  arrangedYears: readonly number[]
  onChange: (years: number[]) => void
}

/**
 * 已录入的年份: a year beyond the bundled data is counted by weekends, with a note wherever a
 * result falls in it, until the office ticks it here (having entered its holidays and 调休).
 */
export function ArrangedYearsField({ lastOfficialYear, listedYears, arrangedYears, onChange }: Props) {
  const upTo = Math.max(lastOfficialYear + 1, currentYear() + 1, ...listedYears, ...arrangedYears)
  const years: number[] = []
  for (let year = lastOfficialYear + 1; year <= upTo; year += 1) years.push(year)
  return (
    <fieldset className="form-section arranged-years" aria-describedby="arranged-years-note">
      <legend>已录入国家放假安排的年份</legend>
      <p id="arranged-years-note" className="field-hint">
        录入（或导入）某年全部法定节假日和调休上班日后勾选该年份；未勾选的年份按周末计算，相关日期旁会提示“尚未录入”。
      </p>
      <div className="arranged-years-list">
        {years.map((year) => (
          <label key={year} className="checkbox">
            <input
              type="checkbox"
              checked={arrangedYears.includes(year)}
              onChange={(event) => onChange(event.target.checked ? [...arrangedYears, year].sort((a, b) => a - b) : arrangedYears.filter((y) => y !== year))}
            />
            {year}年放假安排已录入
          </label>
        ))}
      </div>
    </fieldset>
  )
}
