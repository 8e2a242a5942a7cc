import { workingCalendarSchema } from '../../calendar/calendar-schema'
import type { WorkingCalendar } from '../../calendar/working-days'
import { channel } from '../define'
import { noInput } from '../fields'

export interface CalendarView {
  /** The office's own holidays and worked days, added to the official data. */
  calendar: WorkingCalendar
  /** The years the official arrangement (chinese-days) covers; later years need the office's entries. */
  officialYears: { first: number; last: number }
}

export const calendarChannels = {
  'calendar.get': channel<CalendarView>()({ input: noInput, access: 'records.read' }),
  'calendar.save': channel<CalendarView>()({ input: workingCalendarSchema, access: 'settings.manage' }),
}
