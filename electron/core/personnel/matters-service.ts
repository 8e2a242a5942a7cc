import { randomUUID } from 'node:crypto'
import { and, asc, eq, type SQL } from 'drizzle-orm'
import { localDay } from '../../../shared/calendar/local-day'
import { AppError } from '../../../shared/errors'
import type { saveMatterInput } from '../../../shared/ipc/channels/personnel'
import { matterProblem, probationEndDate, actionRules } from '../../../shared/personnel/stage-rules'
import type { MatterView } from '../../../shared/personnel/views'
import { actionTypeLabels, type DecisionResult } from '../../../shared/personnel/vocabulary'
import type { z } from 'zod'
import { readWorkingCalendar } from '../calendar/calendar-store'
import type { CoreContext } from '../context'
import type { PersonnelDb } from '../db/migrate'
import { matters } from '../db/schema/personnel'
import type { Session } from '../session'
import { openBook } from './book-access'
import { writeBook } from './book-write'
import { requireCadre } from './cadre-store'
import { matterViews, stagesOf, type MatterRow } from './matter-view'

type SaveMatterInput = z.output<typeof saveMatterInput>

export function requireMatter(db: PersonnelDb, id: string): MatterRow {
  const row = db.select().from(matters).where(eq(matters.id, id)).get()
  if (!row) throw new AppError('NOT_FOUND', '找不到该任免事项（可能已被删除），请刷新后重试。')
  return row
}

/** Refuses a matter that breaks a rule of the selection procedure, saying which. */
export function assertMatterRules(session: Session, row: MatterRow): void {
  const problem = matterProblem(
    { actionType: row.actionType as never, probation: row.probation, decisionResult: row.decisionResult as DecisionResult | null, appointmentDocNo: row.appointmentDocNo, stages: stagesOf(row) },
    readWorkingCalendar(session.db),
  )
  if (problem !== null) throw new AppError('RULE_VIOLATION', `${problem}，未保存。`)
}

export function listMatters(session: Session, core: CoreContext, filter: { cadreId?: string; topicId?: string }): MatterView[] {
  const db = openBook(session, core)
  const conditions: SQL[] = []
  if (filter.cadreId) conditions.push(eq(matters.cadreId, filter.cadreId))
  if (filter.topicId) conditions.push(eq(matters.topicId, filter.topicId))
  const rows = db.select().from(matters).where(and(...conditions)).orderBy(asc(matters.createdAt)).all()
  return matterViews(db, rows, readWorkingCalendar(session.db), localDay(core.now()))
}

export function matterView(session: Session, core: CoreContext, db: PersonnelDb, id: string): MatterView {
  const [view] = matterViews(db, [requireMatter(db, id)], readWorkingCalendar(session.db), localDay(core.now()))
  if (!view) throw new AppError('NOT_FOUND')
  return view
}

/**
 * Creates or updates a matter. 讨论决定 and its result come only from the book; the
 * probation end is computed from the appointment notice. Every rule is checked on the
 * row as it would be saved.
 */
export function saveMatter(session: Session, core: CoreContext, input: SaveMatterInput): MatterView {
  const id = writeBook(session, core, (db, now) => {
    requireCadre(db, input.cadreId)
    const existing = input.id ? requireMatter(db, input.id) : null
    if (existing && existing.cadreId !== input.cadreId) throw new AppError('RULE_VIOLATION', '任免事项不能改到另一名干部名下，请新建事项。')
    if (existing && existing.decisionEntryId !== null && existing.actionType !== input.actionType) {
      throw new AppError('RULE_VIOLATION', `该事项已记入专用记录本（${actionTypeLabels[existing.actionType as never]}），不能再改任免类型。`)
    }
    const probation = input.probation && actionRules[input.actionType].probation
    if (input.probation && !probation) throw new AppError('RULE_VIOLATION', `${actionTypeLabels[input.actionType]}不实行试用期，未保存。`)
    const at = now.toISOString()
    const values = {
      cadreId: input.cadreId,
      topicId: input.topicId,
      actionType: input.actionType,
      proposedPost: input.proposedPost,
      postToRemove: input.postToRemove,
      unit: input.unit,
      reasons: input.reasons,
      probation,
      integrityOpinion: input.integrityOpinion,
      consultationMeetingId: input.consultationMeetingId,
      consultationItemId: input.consultationItemId,
      appointmentDocNo: input.appointmentDocNo,
      ...input.stages,
      probationEnd: probation && input.stages.appointedOn ? probationEndDate(input.stages.appointedOn) : null,
      updatedAt: at,
    }
    const row: MatterRow = existing
      ? { ...existing, ...values }
      : { id: randomUUID(), decidedOn: null, decisionMeetingId: null, decisionItemId: null, decisionResult: null, decisionEntryId: null, createdAt: at, ...values }
    assertMatterRules(session, row)
    if (existing) db.update(matters).set(values).where(eq(matters.id, row.id)).run()
    else db.insert(matters).values(row).run()
    const summary = `${existing ? '修改' : '新建'}任免事项（${actionTypeLabels[input.actionType]}）`
    return { value: row.id, audit: { action: existing ? 'personnel.matter.update' : 'personnel.matter.create', entity: 'personnel_matter', entityId: row.id, summary } }
  })
  return matterView(session, core, openBook(session, core), id)
}
