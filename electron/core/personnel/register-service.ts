import { and, asc, eq, gte, inArray, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm'
import { localDay } from '../../../shared/calendar/local-day'
import type { RegisterFilter } from '../../../shared/ipc/channels/personnel'
import { probationReminderDays, remindersOf } from '../../../shared/personnel/reminders'
import { addCalendarDays } from '../../../shared/calendar/working-days'
import { likePattern } from '../search/search-terms'
import type { MatterView, RegisterCount, RegisterReminders, RegisterRow, TimelineEvent } from '../../../shared/personnel/views'
import { actionTypeLabels, actionTypes, decisionResultLabels, stageKeys, stageLabels, type DecisionResult } from '../../../shared/personnel/vocabulary'
import { actionRules } from '../../../shared/personnel/stage-rules'
import { readWorkingCalendar } from '../calendar/calendar-store'
import type { CoreContext } from '../context'
import { bookEntries, cadres, entryDecisions, matters } from '../db/schema/personnel'
import type { PersonnelDb } from '../db/migrate'
import type { Session } from '../session'
import { openBook } from './book-access'
import { entryLabelsOf, matterViews } from './matter-view'
import { requireCadre } from './cadre-store'
import { compareNamesByStrokes } from '../../../shared/names/stroke-order'

// The register (台账): every matter with its cadre, searchable and filterable; reminders;
// counts. What SQL can narrow cheaply (a name, the matters that can still be due) is
// narrowed there, so thirty years of a book are not turned into views for one search;
// the filters below still have the final say on the views.

interface SelectedMatters {
  db: PersonnelDb
  views: MatterView[]
  /** The ids as a subquery, for narrowing the entry history the same way (none: every matter). */
  selected?: SQL
}

/** The matters `selected` picks (a condition on `matters`; none: all), as the register's views. */
function selectMatters(session: Session, core: CoreContext, selected?: SQL): SelectedMatters {
  const db = openBook(session, core)
  const rows = db.select().from(matters).where(selected).orderBy(asc(matters.createdAt)).all()
  return { db, views: matterViews(db, rows, readWorkingCalendar(session.db), localDay(core.now())), selected }
}

interface EntryHistory {
  labels: Map<string, string[]>
  /** Every meeting whose book entry holds the matter: an earlier deferral or a 复议 is found by its meeting too. */
  meetingIds: Map<string, Set<string>>
}

function entryHistory({ db, selected }: SelectedMatters): EntryHistory {
  const labels = new Map<string, string[]>()
  const meetingIds = new Map<string, Set<string>>()
  const entryRows = db
    .select({ matterId: entryDecisions.matterId, label: bookEntries.meetingLabel, meetingId: bookEntries.meetingId })
    .from(entryDecisions)
    .innerJoin(bookEntries, eq(bookEntries.id, entryDecisions.entryId))
    .where(selected ? inArray(entryDecisions.matterId, selectedIds(db, selected)) : undefined)
    .orderBy(asc(bookEntries.meetingDate), asc(bookEntries.createdAt))
    .all()
  for (const row of entryRows) {
    const list = labels.get(row.matterId) ?? []
    if (!list.includes(row.label)) list.push(row.label)
    labels.set(row.matterId, list)
    meetingIds.set(row.matterId, (meetingIds.get(row.matterId) ?? new Set()).add(row.meetingId))
  }
  return { labels, meetingIds }
}

const selectedIds = (db: PersonnelDb, selected: SQL) => db.select({ id: matters.id }).from(matters).where(selected)

/** 报送单位 of the selected matters' cadres (read only when the unit filter needs it). */
function reportingUnitsOf({ db, selected }: SelectedMatters): Map<string, string> {
  const cadreIds = db.select({ id: matters.cadreId }).from(matters).where(selected)
  const rows = db.select({ id: cadres.id, unit: cadres.reportingUnit }).from(cadres).where(selected ? inArray(cadres.id, cadreIds) : undefined).all()
  return new Map(rows.map((c) => [c.id, c.unit]))
}

export function registerDateOf(view: MatterView): string {
  return view.stages.decidedOn ?? view.stages.consultedOn ?? view.stages.proposedOn ?? view.createdAt.slice(0, 10)
}

const contains = (haystack: string | null, needle: string) => (haystack ?? '').toUpperCase().includes(needle.trim().toUpperCase())

export function searchRegister(session: Session, core: CoreContext, filter: RegisterFilter): RegisterRow[] {
  // SQLite's upper() folds ASCII only, as `contains` needs for the letters of an ID number.
  // The names are matched on `cadres` first, then their matters found by index.
  const named = sql`upper(${cadres.name}) LIKE upper(${likePattern(filter.name?.trim() ?? '')}) ESCAPE '\\'`
  const byName = filter.name ? inArray(matters.cadreId, openBook(session, core).select({ id: cadres.id }).from(cadres).where(named)) : undefined
  const selection = selectMatters(session, core, byName)
  const { views } = selection
  const { labels, meetingIds } = entryHistory(selection)
  const reportingUnits = filter.unit ? reportingUnitsOf(selection) : new Map<string, string>()
  const atMeeting = (row: MatterView, meetingId: string) =>
    row.decisionMeetingId === meetingId || row.consultationMeetingId === meetingId || (meetingIds.get(row.id)?.has(meetingId) ?? false)
  return views
    .map((view) => ({ ...view, registerDate: registerDateOf(view), meetingLabels: labels.get(view.id) ?? [] }))
    .filter((row) => {
      if (filter.name && !contains(row.cadreName, filter.name)) return false
      if (filter.idNumber && !contains(row.idNumber, filter.idNumber)) return false
      if (filter.post && ![row.currentPost, row.proposedPost, row.postToRemove].some((post) => contains(post, filter.post as string))) return false
      if (filter.unit && ![row.unit, reportingUnits.get(row.cadreId) ?? ''].some((unit) => contains(unit, filter.unit as string))) return false
      if (filter.actionType && row.actionType !== filter.actionType) return false
      if (filter.from && row.registerDate < filter.from) return false
      if (filter.to && row.registerDate > filter.to) return false
      if (filter.meetingId && !atMeeting(row, filter.meetingId)) return false
      return true
    })
    .sort((a, b) => (a.registerDate === b.registerDate ? compareNamesByStrokes(a.cadreName, b.cadreName) : b.registerDate.localeCompare(a.registerDate)))
}

/** One person's path through the book: every stage of every matter and every entry, by date. */
export function timeline(session: Session, core: CoreContext, cadreId: string): TimelineEvent[] {
  const db = openBook(session, core)
  requireCadre(db, cadreId)
  const rows = db.select().from(matters).where(eq(matters.cadreId, cadreId)).all()
  const views = matterViews(db, rows, readWorkingCalendar(session.db), localDay(core.now()))
  const events: TimelineEvent[] = []
  for (const view of views) {
    for (const key of stageKeys) {
      const date = view.stages[key]
      if (date === null || key === 'decidedOn') continue
      const detail = key === 'appointedOn' && view.appointmentDocNo ? `文号 ${view.appointmentDocNo}` : key === 'inspectedOn' && view.integrityOpinion ? `廉政意见：${view.integrityOpinion}` : ''
      events.push({ date, matterId: view.id, entryId: null, title: `${view.actionLabel}：${stageLabels[key]}`, detail })
    }
  }
  const decisions = db
    .select({ matterId: entryDecisions.matterId, result: entryDecisions.result, entry: bookEntries })
    .from(entryDecisions)
    .innerJoin(bookEntries, eq(bookEntries.id, entryDecisions.entryId))
    .innerJoin(matters, eq(matters.id, entryDecisions.matterId))
    .where(eq(matters.cadreId, cadreId))
    .all()
  const labels = entryLabelsOf(db, decisions.map((d) => d.entry.id))
  for (const d of decisions) {
    const view = views.find((v) => v.id === d.matterId)
    const what = d.entry.correctsEntryId ? '更正记录' : d.entry.bodyKind === 'secretary' ? '酝酿' : '讨论决定'
    events.push({
      date: d.entry.meetingDate,
      matterId: d.matterId,
      entryId: d.entry.id,
      title: `${view?.actionLabel ?? ''}：${what}（${decisionResultLabels[d.result as DecisionResult]}）`,
      detail: `${d.entry.meetingLabel}，专用记录本${labels.get(d.entry.id) ?? ''}`,
    })
  }
  return events.sort((a, b) => a.date.localeCompare(b.date))
}

const typesWithAppointmentNotice = actionTypes.filter((type) => actionRules[type].appointmentNotice)

/** Matters that could be in a reminder on `today` (remindersOf decides): the rest are done with. */
function mayBeDue(today: string): SQL | undefined {
  return or(
    and(eq(matters.probation, true), isNull(matters.confirmedOn), lte(matters.probationEnd, addCalendarDays(today, probationReminderDays))),
    and(lte(matters.noticeStart, today), or(isNull(matters.noticeEnd), gte(matters.noticeEnd, today))),
    and(isNull(matters.appointedOn), inArray(matters.actionType, typesWithAppointmentNotice), or(isNotNull(matters.noticeStart), eq(matters.decisionResult, 'passed'))),
  )
}

export function reminders(session: Session, core: CoreContext): RegisterReminders {
  const today = localDay(core.now())
  const { views } = selectMatters(session, core, mayBeDue(today))
  return remindersOf(views, today)
}

export function counts(session: Session, core: CoreContext): RegisterCount[] {
  const { views } = selectMatters(session, core)
  const tally = new Map<string, RegisterCount>()
  for (const view of views) {
    const year = Number(registerDateOf(view).slice(0, 4))
    const key = `${year}:${view.actionType}`
    const entry = tally.get(key) ?? { year, actionType: view.actionType, actionLabel: actionTypeLabels[view.actionType], count: 0 }
    entry.count += 1
    tally.set(key, entry)
  }
  return [...tally.values()].sort((a, b) => b.year - a.year || a.actionLabel.localeCompare(b.actionLabel, 'zh'))
}
