import { officialYears } from '../../../shared/calendar/official-days'
import { appendAudit } from '../audit/audit-log'
import type { HandlerGroup } from '../ipc/handler-types'
import { readWorkingCalendar, writeWorkingCalendar } from './calendar-store'

export const calendarHandlers = {
  'calendar.get': (_input, session) => ({ calendar: readWorkingCalendar(session.db), officialYears }),
  'calendar.save': (input, session, core) => {
    const now = core.now()
    session.db.transaction((tx) => {
      const saved = writeWorkingCalendar(tx, input, session.actor, now)
      const summary = `修改工作日历：增加休息日 ${saved.extraHolidays.length} 天，增加工作日 ${saved.extraWorkdays.length} 天`
      appendAudit(tx, session.actor, { action: 'calendar.save', entity: 'settings', entityId: 'workingCalendar', summary }, now)
    })
    return { calendar: readWorkingCalendar(session.db), officialYears }
  },
} satisfies HandlerGroup<'calendar.get' | 'calendar.save'>
