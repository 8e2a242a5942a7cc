import { eq } from 'drizzle-orm'
import { uncoveredYears } from '../../../shared/calendar/coverage'
import { localDay } from '../../../shared/calendar/local-day'
import { AppError } from '../../../shared/errors'
import type { ChannelParsed } from '../../../shared/ipc/contract'
import type { BodyKind } from '../../../shared/meetings/vocabulary'
import { runCatalogue } from '../../../shared/self-check/catalogue'
import { periodLabel, periodOf } from '../../../shared/self-check/period'
import type { PeriodRecords } from '../../../shared/self-check/records'
import { selfCheckStatistics } from '../../../shared/self-check/statistics'
import type { SelfCheckResult } from '../../../shared/self-check/views'
import { readWorkingCalendar } from '../calendar/calendar-store'
import { bodies } from '../db/schema/main'
import { readMeetingRules } from '../meetings/meeting-rules-store'
import type { Session } from '../session'
import { loadPeriodRecords } from './load-records'

// The self-check of one body over a period. The personnel book is read only when this
// user holds its key (the 干部任免 grant); without it personnel findings are counted only.

export function periodRecords(session: Session, input: ChannelParsed<'selfCheck.run'>, now: Date): PeriodRecords {
  const db = session.db
  const body = db.select().from(bodies).where(eq(bodies.id, input.bodyId)).get()
  if (!body) throw new AppError('NOT_FOUND', '找不到该会议类型（可能已被删除），请刷新后重试。')
  const rules = readMeetingRules(db)
  return loadPeriodRecords(db, session.vault.personnel, {
    body: { id: body.id, name: body.name, kind: body.kind as BodyKind, quorumRequired: body.quorumRequired },
    period: periodOf(input.period),
    today: localDay(now),
    settings: { cadence: input.cadence, meetingsPerMonth: input.meetingsPerMonth, quarterlyMemberReports: input.quarterlyMemberReports, materialDeadlineWorkingDays: rules.materialDeadlineWorkingDays, quorumReading: rules.quorumReading },
    calendar: readWorkingCalendar(db),
  })
}

export function runSelfCheck(session: Session, input: ChannelParsed<'selfCheck.run'>, now: Date): SelfCheckResult {
  const records = periodRecords(session, input, now)
  const personnelVisible = records.matters !== null
  return {
    period: records.period,
    periodLabel: periodLabel(input.period),
    body: { id: records.body.id, name: records.body.name },
    today: records.today,
    settings: records.settings,
    rules: runCatalogue(records, personnelVisible),
    statistics: selfCheckStatistics(records),
    personnelVisible,
    uncoveredYears: uncoveredYears(records.period.from, records.period.to, records.calendar),
  }
}
