import { useState, type FormEvent } from 'react'
import type { CalendarView } from '../../../../shared/ipc/channels/calendar'
import type { WorkingCalendar } from '../../../../shared/calendar/working-days'
import { call } from '../../api/client'
import { SaveFooter } from '../../components/SaveFooter'
import { ArrangedYearsField } from './ArrangedYearsField'
import { DateListEditor } from './DateListEditor'

const sameList = <T,>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((date, index) => date === b[index])

/** Both lists and the years entered, checked that no day is in both, saved together (保存 only when something changed). */
export function CalendarForm({ initial }: { initial: CalendarView }) {
  const [saved, setSaved] = useState<WorkingCalendar>(initial.calendar)
  const [holidays, setHolidays] = useState(initial.calendar.extraHolidays)
  const [workdays, setWorkdays] = useState(initial.calendar.extraWorkdays)
  const [arranged, setArranged] = useState(initial.calendar.arrangedYears)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [justSaved, setJustSaved] = useState(false)
  const changed = !sameList(holidays, saved.extraHolidays) || !sameList(workdays, saved.extraWorkdays) || !sameList(arranged, saved.arrangedYears)
  const draft: WorkingCalendar = { extraHolidays: holidays, extraWorkdays: workdays, arrangedYears: arranged }
  const listedYears = [...new Set([...holidays, ...workdays].map((date) => Number(date.slice(0, 4))))]

  function edit<T>(setter: (values: T[]) => void) {
    return (dates: T[]) => {
      setter(dates)
      setJustSaved(false)
      setError(null)
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy || !changed) return
    setBusy(true)
    setError(null)
    const result = await call('calendar.save', draft)
    setBusy(false)
    if (!result.ok) {
      setError(result.error.message)
      return
    }
    setSaved(result.value.calendar)
    setHolidays(result.value.calendar.extraHolidays)
    setWorkdays(result.value.calendar.extraWorkdays)
    setArranged(result.value.calendar.arrangedYears)
    setJustSaved(true)
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="calendar-lists">
        <DateListEditor
          id="extra-holidays"
          title="增加的休息日"
          note="国家安排之外本单位放假的日子，以及内置数据尚未包含的年份的法定节假日。"
          dates={holidays}
          otherList={{ dates: workdays, name: '增加的工作日' }}
          calendar={draft}
          onChange={edit(setHolidays)}
        />
        <DateListEditor
          id="extra-workdays"
          title="增加的工作日"
          note="本应休息而安排上班的日子，如内置数据尚未包含的年份的调休上班日。"
          dates={workdays}
          otherList={{ dates: holidays, name: '增加的休息日' }}
          calendar={draft}
          onChange={edit(setWorkdays)}
        />
      </div>
      <ArrangedYearsField lastOfficialYear={initial.officialYears.last} listedYears={listedYears} arrangedYears={arranged} onChange={edit(setArranged)} />
      <SaveFooter error={error} busy={busy} saved={justSaved} changed={changed} />
    </form>
  )
}
