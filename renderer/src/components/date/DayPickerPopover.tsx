import { useLayoutEffect, useRef, type RefObject } from 'react'
import { DayPicker } from 'react-day-picker'
import { zhCN } from 'react-day-picker/locale'
import { describeDay, type WorkingCalendar } from '../../../../shared/calendar/working-days'
import { now } from '../../lib/clock'
import { useWorkingCalendar } from './useWorkingCalendar'
import 'react-day-picker/style.css'
import './date-field.css'

const pad = (value: number) => String(value).padStart(2, '0')
const isoOf = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
const dateOf = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  return new Date(year, month - 1, day)
}

function kindMatcher(calendar: WorkingCalendar, kinds: readonly string[]) {
  return (date: Date) => kinds.includes(describeDay(isoOf(date), calendar).kind)
}

interface DayPickerPopoverProps {
  id: string
  open: boolean
  anchor: RefObject<HTMLElement | null>
  value: string
  min?: string
  max?: string
  onPick: (iso: string) => void
  onClose: () => void
}

/**
 * The month calendar under a date field, in the browser's top layer (above dialogs, never
 * clipped): weekends, official holidays, 调休 working days and the office's own days marked
 * from the working calendar. Outside clicks and Escape close it (popover="auto").
 */
export function DayPickerPopover({ id, open, anchor, value, min, max, onPick, onClose }: DayPickerPopoverProps) {
  const ref = useRef<HTMLDivElement>(null)
  const calendar = useWorkingCalendar(open)

  useLayoutEffect(() => {
    const popover = ref.current
    const field = anchor.current
    if (!popover || !field) return
    if (!open) {
      if (popover.matches(':popover-open')) popover.hidePopover()
      return
    }
    const rect = field.getBoundingClientRect()
    const below = window.innerHeight - rect.bottom
    popover.style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - 340))}px`
    popover.style.top = below >= 380 || below >= rect.top ? `${rect.bottom + 4}px` : `${Math.max(8, rect.top - 384)}px`
    if (!popover.matches(':popover-open')) popover.showPopover()
  }, [open, anchor])

  const selected = /^\d{4}-\d{2}-\d{2}$/u.test(value) ? dateOf(value) : undefined
  const disabled = [...(min ? [{ before: dateOf(min) }] : []), ...(max ? [{ after: dateOf(max) }] : [])]
  return (
    <div
      ref={ref}
      id={id}
      popover="auto"
      className="day-picker-popover"
      role="dialog"
      aria-label="日历"
      onToggle={(event) => {
        if (event.newState === 'closed') onClose()
      }}
    >
      {open && (
        <>
          <DayPicker
            mode="single"
            locale={zhCN}
            weekStartsOn={1}
            today={now()}
            autoFocus
            defaultMonth={selected ?? now()}
            selected={selected}
            disabled={disabled}
            onSelect={(date) => {
              if (date) onPick(isoOf(date))
            }}
            modifiers={{
              weekend: kindMatcher(calendar, ['weekend']),
              holiday: kindMatcher(calendar, ['holiday']),
              adjusted: kindMatcher(calendar, ['adjusted-workday']),
              officeHoliday: kindMatcher(calendar, ['office-holiday']),
              officeWorkday: kindMatcher(calendar, ['office-workday']),
            }}
            modifiersClassNames={{
              weekend: 'day-weekend',
              holiday: 'day-holiday',
              adjusted: 'day-adjusted',
              officeHoliday: 'day-office-holiday',
              officeWorkday: 'day-office-workday',
            }}
          />
          <p className="day-picker-legend">
            <span className="legend-weekend">周末</span>
            <span className="legend-holiday">法定节假日</span>
            <span className="legend-adjusted">调休上班</span>
            <span className="legend-office">本单位休息日</span>
          </p>
        </>
      )}
    </div>
  )
}
