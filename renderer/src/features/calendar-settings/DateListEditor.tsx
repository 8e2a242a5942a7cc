import { useState } from 'react'
import { describeDay, emptyCalendar, type WorkingCalendar } from '../../../../shared/calendar/working-days'
import { officialDay } from '../../../../shared/calendar/official-days'
import { isRealDate } from '../../../../shared/ipc/fields'
import { weekdayOf } from '../../../../shared/roster/dates'
import { dayText } from '../personnel/personnelFormat'
import { DateInput } from '../../components/date/DateInput'

interface DateListEditorProps {
  id: string
  title: string
  note: string
  dates: string[]
  /** The other list: a day may not be in both. */
  otherList: { dates: string[]; name: string }
  calendar: WorkingCalendar
  onChange: (dates: string[]) => void
}

/** What the official data says about a day, so the secretary sees whether an entry is needed. */
function officialNote(date: string): string {
  const official = officialDay(date)
  if (official) return official.kind === 'holiday' ? `国家安排：${official.name}放假` : `国家安排：${official.name}调休上班`
  return describeDay(date, emptyCalendar).kind === 'weekend' ? '通常为周末' : '通常为工作日'
}

/** One list of days, grouped by year, each with its weekday; add with a date field (Enter adds), remove per day. */
export function DateListEditor({ id, title, note, dates, otherList, calendar, onChange }: DateListEditorProps) {
  const [draft, setDraft] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const years = [...new Set(dates.map((date) => date.slice(0, 4)))].sort()

  function add() {
    setProblem(null)
    if (!isRealDate(draft)) return setProblem('请选择一个有效的日期')
    if (dates.includes(draft)) return setProblem(`${dayText(draft)}已在列表中`)
    if (otherList.dates.includes(draft)) return setProblem(`${dayText(draft)}已在“${otherList.name}”中，同一天不能既是休息日又是工作日`)
    onChange([...dates, draft].sort())
    setDraft('')
  }

  return (
    <fieldset className="form-section date-list" aria-describedby={`${id}-note`}>
      <legend>{title}</legend>
      <p id={`${id}-note`} className="field-hint">
        {note}
      </p>
      <div className="date-list-add">
        <div className="field">
          <label htmlFor={`${id}-date`}>日期</label>
          <DateInput
            id={`${id}-date`}
            value={draft}
            onChange={(date) => {
              setDraft(date)
              setProblem(null)
            }}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return
              event.preventDefault()
              add()
            }}
          />
        </div>
        <button type="button" className="button button-secondary" onClick={add}>
          添加到“{title}”
        </button>
      </div>
      {problem && (
        <p role="alert" className="message message-error">
          {problem}
        </p>
      )}
      {dates.length === 0 ? (
        <p className="card-note">尚未添加。</p>
      ) : (
        years.map((year) => (
          <div key={year} className="date-year">
            <h3 className="date-year-title">{year}年</h3>
            <ul className="date-items" aria-label={`${title}：${year}年`}>
              {dates
                .filter((date) => date.startsWith(year))
                .map((date) => (
                  <li key={date} className="date-item">
                    <span className="date-item-day">
                      {dayText(date)} {weekdayOf(date)}
                    </span>
                    <span className="date-item-note">
                      {officialNote(date)}；按本单位日历{describeDay(date, calendar).working ? '上班' : '休息'}
                    </span>
                    <button type="button" className="button button-danger-quiet button-small" onClick={() => onChange(dates.filter((d) => d !== date))} aria-label={`删除${dayText(date)}`}>
                      删除
                    </button>
                  </li>
                ))}
            </ul>
          </div>
        ))
      )}
    </fieldset>
  )
}
