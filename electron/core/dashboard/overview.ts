import { localDay } from '../../../shared/calendar/local-day'
import type { DashboardOverview } from '../../../shared/dashboard/views'
import { readWorkingCalendar } from '../calendar/calendar-store'
import type { CoreContext } from '../context'
import { readMeetingRules } from '../meetings/meeting-rules-store'
import type { Session } from '../session'
import { dueTasks } from './due-tasks'
import { openMeetings } from './upcoming-meetings'
import { topicsAwaitingApproval, topicsAwaitingMaterials } from './waiting-topics'

/** 首页: what waits for the office today, from the main store only (the personnel book is never opened here). */
export function dashboardOverview(session: Session, core: CoreContext): DashboardOverview {
  const today = localDay(core.now())
  const calendar = readWorkingCalendar(session.db)
  const tasks = dueTasks(session.db, today, calendar)
  const meetings = openMeetings(session.db, today)
  return {
    today,
    upcomingMeetings: meetings.upcoming,
    overdueMeetings: meetings.overdue,
    awaitingApproval: topicsAwaitingApproval(session.db),
    awaitingMaterials: topicsAwaitingMaterials(session.db, readMeetingRules(session.db), calendar),
    overdueTasks: tasks.overdue,
    dueSoonTasks: tasks.dueSoon,
  }
}
