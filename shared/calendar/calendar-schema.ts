import { z } from 'zod'
import { dateField } from '../ipc/fields'
import type { WorkingCalendar } from './working-days'

// The office's working-day overrides as stored in Settings and accepted from the UI.
// Lists come back sorted and without repeats; a day cannot be both a holiday and a workday.

const dateList = (label: string) =>
  z
    .array(dateField(label), { error: `${label}必须是日期列表` })
    .max(2000, { error: `${label}不能超过 2000 天` })
    .transform((dates) => [...new Set(dates)].sort())

export const workingCalendarSchema = z
  .strictObject({
    extraHolidays: dateList('增加的休息日'),
    extraWorkdays: dateList('增加的工作日'),
    // Absent in calendars saved before the field existed: nothing entered by the office.
    arrangedYears: z
      .array(z.number({ error: '年份必须是数字' }).int({ error: '年份必须是整数' }).min(1949, { error: '年份不能早于 1949 年' }).max(2200, { error: '年份不能晚于 2200 年' }), { error: '已录入安排的年份必须是年份列表' })
      .max(200, { error: '已录入安排的年份不能超过 200 个' })
      .default([])
      .transform((years) => [...new Set(years)].sort((a, b) => a - b)),
  })
  .superRefine((calendar, context) => {
    const holidays = new Set(calendar.extraHolidays)
    const both = calendar.extraWorkdays.filter((date) => holidays.has(date))
    if (both.length > 0) {
      const named = both.length > 5 ? `${both.slice(0, 5).join('、')} 等 ${both.length} 天` : both.join('、')
      context.addIssue({ code: 'custom', path: ['extraWorkdays'], message: `${named} 不能既是休息日又是工作日` })
    }
  }) satisfies z.ZodType<WorkingCalendar, unknown>
