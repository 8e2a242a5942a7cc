import { officialYears } from '../../../shared/calendar/official-days'
import { appendAudit } from '../audit/audit-log'
import type { HandlerGroup } from '../handler-types'
import { readWorkingCalendar, writeWorkingCalendar } from './calendar-store'
import { importIcs, readIcsFile } from './ics-service'

export const calendarHandlers = {
  'calendar.get': (_input, session) => ({ calendar: readWorkingCalendar(session.db), officialYears }),
  'calendar.save': (input, session, core) => {
    const now = core.now()
    session.db.transaction((tx) => {
      const saved = writeWorkingCalendar(tx, input, session.actor, now)
      const years = saved.arrangedYears.length > 0 ? `，已录入放假安排的年份：${saved.arrangedYears.join('、')}` : ''
      const summary = `修改工作日历：增加休息日 ${saved.extraHolidays.length} 天，增加工作日 ${saved.extraWorkdays.length} 天${years}`
      appendAudit(tx, session.actor, { action: 'calendar.save', entity: 'settings', entityId: 'workingCalendar', summary }, now)
    })
    return { calendar: readWorkingCalendar(session.db), officialYears }
  },
  'calendar.readIcs': (_input, session, core) => readIcsFile(session, core),
  'calendar.importIcs': (input, session, core) => {
    importIcs(session, core, input)
    return { calendar: readWorkingCalendar(session.db), officialYears }
  },
} satisfies HandlerGroup<'calendar.get' | 'calendar.save' | 'calendar.readIcs' | 'calendar.importIcs'>
