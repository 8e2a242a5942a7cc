import { eq, inArray, sql } from 'drizzle-orm'
import type { WorkingCalendar } from '../../../shared/calendar/working-days'
import { matterStageLabel } from '../../../shared/personnel/matter-stage'
import { actionRules, earliestNoticeEnd, noticeUncoveredYears } from '../../../shared/personnel/stage-rules'
import type { MatterView } from '../../../shared/personnel/views'
import { actionTypeLabels, decisionResultLabels, entryLabel, type ActionType, type DecisionResult, type StageDates } from '../../../shared/personnel/vocabulary'
import type { PersonnelDb } from '../db/migrate'
import { bookEntries, books, cadres, matters } from '../db/schema/personnel'

// A matter row as the screens show it: labels, the decision's entry, where it stands.

export type MatterRow = typeof matters.$inferSelect

export function stagesOf(row: MatterRow): StageDates {
  return {
    proposedOn: row.proposedOn, recommendedOn: row.recommendedOn, inspectedOn: row.inspectedOn, consultedOn: row.consultedOn,
    decidedOn: row.decidedOn, noticeStart: row.noticeStart, noticeEnd: row.noticeEnd, appointedOn: row.appointedOn,
    talkOn: row.talkOn, probationEnd: row.probationEnd, confirmedOn: row.confirmedOn,
  }
}

/** Runs a query per batch of ids: SQLite binds at most 32,766 parameters in one statement. */
function inBatches<T>(ids: readonly string[], query: (batch: string[]) => T[], size = 1000): T[] {
  const result: T[] = []
  for (let start = 0; start < ids.length; start += size) result.push(...query(ids.slice(start, start + size)))
  return result
}

/** "2026年第1册第3号" for each entry id. */
export function entryLabelsOf(db: PersonnelDb, entryIds: readonly string[]): Map<string, string> {
  if (entryIds.length === 0) return new Map()
  const rows = inBatches([...new Set(entryIds)], (batch) =>
    db
      .select({ id: bookEntries.id, number: bookEntries.number, year: books.year, bookNumber: books.number })
      .from(bookEntries)
      .innerJoin(books, eq(books.id, bookEntries.bookId))
      .where(inArray(bookEntries.id, batch))
      .all(),
  )
  return new Map(rows.map((r) => [r.id, entryLabel(r.year, r.bookNumber, r.number)]))
}

export function matterViews(db: PersonnelDb, rows: readonly MatterRow[], calendar: WorkingCalendar, today: string): MatterView[] {
  const cadreIds = [...new Set(rows.map((r) => r.cadreId))]
  // Only the ID number of the form is needed: reading it in SQL spares parsing every whole form.
  const idNumber = sql<string | null>`json_extract(${cadres.form}, '$.idNumber')`
  const people = inBatches(cadreIds, (batch) =>
    db.select({ id: cadres.id, name: cadres.name, idNumber, currentPost: cadres.currentPost }).from(cadres).where(inArray(cadres.id, batch)).all(),
  )
  const cadreById = new Map(people.map((p) => [p.id, p]))
  const labels = entryLabelsOf(db, rows.flatMap((r) => (r.decisionEntryId ? [r.decisionEntryId] : [])))
  return rows.map((row) => {
    const cadre = cadreById.get(row.cadreId)
    const actionType = row.actionType as ActionType
    const result = row.decisionResult as DecisionResult | null
    const rule = actionRules[actionType]
    const noticeEarliestEnd = rule.publicNotice && row.noticeStart ? earliestNoticeEnd(row.noticeStart, calendar) : null
    return {
      id: row.id,
      cadreId: row.cadreId,
      cadreName: cadre?.name ?? '',
      idNumber: cadre?.idNumber && cadre.idNumber.trim() !== '' ? cadre.idNumber.trim().toUpperCase() : null,
      currentPost: cadre?.currentPost ?? '',
      topicId: row.topicId,
      actionType,
      actionLabel: actionTypeLabels[actionType],
      proposedPost: row.proposedPost,
      postToRemove: row.postToRemove,
      unit: row.unit,
      reasons: row.reasons,
      probation: row.probation,
      integrityOpinion: row.integrityOpinion,
      consultationMeetingId: row.consultationMeetingId,
      consultationItemId: row.consultationItemId,
      decisionMeetingId: row.decisionMeetingId,
      decisionItemId: row.decisionItemId,
      appointmentDocNo: row.appointmentDocNo,
      stages: stagesOf(row),
      decision: row.decisionEntryId && result ? { entryId: row.decisionEntryId, entryLabel: labels.get(row.decisionEntryId) ?? '', result, resultLabel: decisionResultLabels[result] } : null,
      needsNotice: rule.publicNotice,
      probationPossible: rule.probation,
      earliestNoticeEnd: noticeEarliestEnd,
      noticeUncoveredYears: rule.publicNotice && row.noticeStart ? noticeUncoveredYears(row.noticeStart, calendar) : [],
      statusLabel: matterStageLabel({ actionType, stages: stagesOf(row), earliestNoticeEnd: noticeEarliestEnd, decisionResult: result }, today),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    }
  })
}
