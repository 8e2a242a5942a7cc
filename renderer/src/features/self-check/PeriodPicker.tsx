import type { PeriodChoice } from '../../../../shared/self-check/period'
import { DateField } from '../../components/date/DateField'
import { currentYear } from '../../lib/clock'

// 自查期间: a year, a half-year, a quarter, or any dates.

type Kind = PeriodChoice['kind']
const kindLabels: Record<Kind, string> = { year: '年度', half: '半年', quarter: '季度', dates: '起止日期' }

const yearsOffered = () => Array.from({ length: 11 }, (_, index) => currentYear() - index)

/** The same year (or the dates' start year) carried into another kind of period. */
function switchKind(current: PeriodChoice, kind: Kind): PeriodChoice {
  const year = current.kind === 'dates' ? Number(current.from.slice(0, 4)) : current.year
  switch (kind) {
    case 'year':
      return { kind, year }
    case 'half':
      return { kind, year, half: 1 }
    case 'quarter':
      return { kind, year, quarter: 1 }
    case 'dates':
      return { kind, from: `${year}-01-01`, to: `${year}-12-31` }
  }
}

export function PeriodPicker({ value, onChange }: { value: PeriodChoice; onChange: (period: PeriodChoice) => void }) {
  return (
    <>
      <div className="field">
        <label htmlFor="self-check-period-kind">自查期间</label>
        <select id="self-check-period-kind" value={value.kind} onChange={(event) => onChange(switchKind(value, event.target.value as Kind))}>
          {(Object.keys(kindLabels) as Kind[]).map((kind) => (
            <option key={kind} value={kind}>
              {kindLabels[kind]}
            </option>
          ))}
        </select>
      </div>
      {value.kind !== 'dates' && (
        <div className="field">
          <label htmlFor="self-check-year">年度</label>
          <select id="self-check-year" value={value.year} onChange={(event) => onChange({ ...value, year: Number(event.target.value) })}>
            {[...new Set([value.year, ...yearsOffered()])].sort((a, b) => b - a).map((year) => (
              <option key={year} value={year}>
                {year}年
              </option>
            ))}
          </select>
        </div>
      )}
      {value.kind === 'half' && (
        <div className="field">
          <label htmlFor="self-check-half">半年</label>
          <select id="self-check-half" value={value.half} onChange={(event) => onChange({ ...value, half: Number(event.target.value) as 1 | 2 })}>
            <option value={1}>上半年</option>
            <option value={2}>下半年</option>
          </select>
        </div>
      )}
      {value.kind === 'quarter' && (
        <div className="field">
          <label htmlFor="self-check-quarter">季度</label>
          <select id="self-check-quarter" value={value.quarter} onChange={(event) => onChange({ ...value, quarter: Number(event.target.value) as 1 | 2 | 3 | 4 })}>
            {[1, 2, 3, 4].map((quarter) => (
              <option key={quarter} value={quarter}>
                第{'一二三四'[quarter - 1]}季度
              </option>
            ))}
          </select>
        </div>
      )}
      {value.kind === 'dates' && (
        <>
          <DateField id="self-check-from" label="开始日期" value={value.from} onChange={(from) => onChange({ ...value, from })} />
          <DateField id="self-check-to" label="结束日期" value={value.to} onChange={(to) => onChange({ ...value, to })} />
        </>
      )}
    </>
  )
}
