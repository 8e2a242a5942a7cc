import { z } from 'zod'
import { workingCalendarSchema } from '../../calendar/calendar-schema'
import type { YearArrangement } from '../../calendar/ics-arrangement'
import type { YearImportPlan } from '../../calendar/ics-import'
import type { WorkingCalendar } from '../../calendar/working-days'
import { channel } from '../define'
import { dateField, noInput, plainText } from '../fields'

export interface CalendarView {
  /** The office's own holidays and worked days, added to the official data. */
  calendar: WorkingCalendar
  /** The years the official arrangement (chinese-days) covers; later years need the office's entries. */
  officialYears: { first: number; last: number }
}

/** An .ics file read and checked, and what importing it would change (nothing saved yet). */
export interface IcsImportPreview {
  fileName: string
  years: YearArrangement[]
  plan: YearImportPlan[]
}

const yearDays = (label: string) => z.array(dateField(label)).max(366, { error: `${label}一年不能超过 366 天` })

/** The arrangement shown in the preview, sent back to be saved (planned again against the calendar as it is then). */
export const icsImportInput = z.strictObject({
  fileName: plainText(255, '文件名'),
  years: z
    .array(
      z
        .strictObject({ year: z.number().int().min(1949).max(2200), holidays: yearDays('休息日'), workdays: yearDays('调休上班日') })
        .refine((entry) => [...entry.holidays, ...entry.workdays].every((date) => date.startsWith(`${entry.year}-`)), { error: '日期与所属年份不一致' }),
    )
    .min(1, { error: '没有可导入的年份' })
    .max(50, { error: '一次最多导入 50 个年份' }),
})

export const calendarChannels = {
  'calendar.get': channel<CalendarView>()({ input: noInput, access: 'records.read' }),
  'calendar.save': channel<CalendarView>()({ input: workingCalendarSchema, access: 'settings.manage' }),
  /** Picks an .ics file and reads it (null when the dialog is cancelled); saves nothing. */
  'calendar.readIcs': channel<IcsImportPreview | null>()({ input: noInput, access: 'settings.manage' }),
  'calendar.importIcs': channel<CalendarView>()({ input: icsImportInput, access: 'settings.manage' }),
}
