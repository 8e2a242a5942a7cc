import { useEffect, useState } from 'react'
import { emptyCalendar, type WorkingCalendar } from '../../../../shared/calendar/working-days'
import { call } from '../../api/client'

// The office's own holidays and worked days, read once per opening of a calendar. Without
// them (a read that fails) the calendar still shows weekends and the official days.
export function useWorkingCalendar(open: boolean): WorkingCalendar {
  const [calendar, setCalendar] = useState<WorkingCalendar>(emptyCalendar)
  useEffect(() => {
    if (!open) return
    let current = true
    void call('calendar.get').then((result) => {
      if (current && result.ok) setCalendar(result.value.calendar)
    })
    return () => {
      current = false
    }
  }, [open])
  return calendar
}
