import { localDay } from '../../../shared/calendar/local-day'
import { readWorkingCalendar } from '../calendar/calendar-store'
import type { HandlerGroup } from '../handler-types'
import { dashboardOverview } from './overview'
import { yearStatistics } from './year-statistics'

export const dashboardHandlers = {
  'dashboard.overview': (_input, session, core) => dashboardOverview(session, core),
  'dashboard.yearStatistics': (input, session, core) => yearStatistics(session.db, input.year, localDay(core.now()), readWorkingCalendar(session.db)),
} satisfies HandlerGroup<'dashboard.overview' | 'dashboard.yearStatistics'>
