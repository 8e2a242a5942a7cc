import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { workRoleLabels, type WorkRole } from '../../../shared/meetings/vocabulary'
import { chineseDate, periodCovers } from '../../../shared/roster/dates'
import { divisionAsOf, type AssignmentRecord } from '../../../shared/roster/division'
import { overlapMessage, overlappingPeriod } from '../../../shared/roster/rules'
import type { DivisionView } from '../../../shared/roster/views'
import { appendAudit } from '../audit/audit-log'
import type { CoreContext } from '../context'
import type { MainDb } from '../db/migrate'
import { people, workAreas, workAssignments } from '../db/schema/main'
import { membershipsAsOf } from './membership-service'
import { findPerson, stampsFor, type RosterSession } from './roster-store'

function allAssignments(db: MainDb): AssignmentRecord[] {
  return db
    .select({ assignmentId: workAssignments.id, areaId: workAssignments.areaId, personId: workAssignments.personId, name: people.name, role: workAssignments.role, startDate: workAssignments.startDate, endDate: workAssignments.endDate })
    .from(workAssignments)
    .innerJoin(people, eq(people.id, workAssignments.personId))
    .all()
}

/** 分工 on `date`: each area with its leads and assistants, gaps and overlaps, and each member's fields. */
export function division(db: MainDb, date: string): DivisionView {
  const areas = db.select({ id: workAreas.id, name: workAreas.name, units: workAreas.units, sortOrder: workAreas.sortOrder, archived: workAreas.archived }).from(workAreas).all()
  const members = membershipsAsOf(db, date).map(({ personId, name, rank }) => ({ personId, name, rank }))
  return divisionAsOf(date, areas, allAssignments(db), members)
}

function findArea(db: MainDb, id: string) {
  const row = db.select().from(workAreas).where(eq(workAreas.id, id)).get()
  if (!row) throw new AppError('NOT_FOUND', '找不到该分工领域（可能已被删除），请刷新后重试。')
  return row
}

export function saveArea(session: RosterSession, core: CoreContext, input: { id?: string; name: string; units: string | null; sortOrder: number; archived: boolean; asOf: string }): DivisionView {
  const before = input.id ? findArea(session.db, input.id) : null
  const sameName = session.db.select().from(workAreas).where(eq(workAreas.name, input.name)).get()
  if (sameName && sameName.id !== input.id) throw new AppError('DUPLICATE', `已有名为“${input.name}”的分工领域，未重复保存。`)
  const now = core.now()
  const stamps = stampsFor(session, now)
  const id = before?.id ?? randomUUID()
  const fields = { name: input.name, units: input.units, sortOrder: input.sortOrder, archived: input.archived }
  session.db.transaction((tx) => {
    if (before) tx.update(workAreas).set({ ...fields, ...stamps.updated }).where(eq(workAreas.id, id)).run()
    else tx.insert(workAreas).values({ id, ...fields, ...stamps.created }).run()
    const summary = `${before ? '修改' : '新增'}分工领域 ${input.name}${input.archived ? '（已停用）' : ''}`
    appendAudit(tx, session.actor, { action: 'roster.saveArea', entity: 'work_area', entityId: id, summary }, now)
  })
  return division(session.db, input.asOf)
}

/** A member leads (分管) or assists (协管) an area from a date. Only a member on that date can. */
export function assign(session: RosterSession, core: CoreContext, input: { areaId: string; personId: string; role: WorkRole; startDate: string; asOf: string }): DivisionView {
  const area = findArea(session.db, input.areaId)
  if (area.archived) throw new AppError('RULE_VIOLATION', `分工领域“${area.name}”已停用，不能再安排分工。`)
  const person = findPerson(session.db, input.personId)
  if (!membershipsAsOf(session.db, input.startDate).some((period) => period.personId === person.id))
    throw new AppError('RULE_VIOLATION', `${person.name}在${chineseDate(input.startDate)}不是常委会成员，不能安排分工。`)
  const candidate = { personId: person.id, startDate: input.startDate, endDate: null }
  const same = allAssignments(session.db)
    .filter((row) => row.areaId === area.id)
    .map((row) => ({ ...row, id: row.assignmentId }))
  const existing = overlappingPeriod(same, candidate)
  if (existing) throw new AppError('RULE_VIOLATION', overlapMessage(person.name, existing, `“${area.name}”分工`))
  const now = core.now()
  const id = randomUUID()
  session.db.transaction((tx) => {
    tx.insert(workAssignments).values({ id, areaId: area.id, personId: person.id, role: input.role, startDate: input.startDate, endDate: null, ...stampsFor(session, now).created }).run()
    const summary = `${person.name}${workRoleLabels[input.role]}${area.name}，${chineseDate(input.startDate)}起`
    appendAudit(tx, session.actor, { action: 'roster.assign', entity: 'work_assignment', entityId: id, summary }, now)
  })
  return division(session.db, input.asOf)
}

export function endAssignment(session: RosterSession, core: CoreContext, input: { assignmentId: string; endDate: string; asOf: string }): DivisionView {
  const row = allAssignments(session.db).find((assignment) => assignment.assignmentId === input.assignmentId)
  if (!row) throw new AppError('NOT_FOUND', '找不到该分工记录（可能已被删除），请刷新后重试。')
  const area = findArea(session.db, row.areaId)
  if (row.endDate !== null) throw new AppError('RULE_VIOLATION', `${row.name}对“${area.name}”的分工已于${chineseDate(row.endDate)}结束。`)
  if (!periodCovers({ startDate: row.startDate, endDate: null }, input.endDate)) throw new AppError('RULE_VIOLATION', `结束日期不能早于该分工的开始日期（${chineseDate(row.startDate)}）。`)
  const now = core.now()
  session.db.transaction((tx) => {
    tx.update(workAssignments).set({ endDate: input.endDate, ...stampsFor(session, now).updated }).where(eq(workAssignments.id, row.assignmentId)).run()
    appendAudit(tx, session.actor, { action: 'roster.endAssignment', entity: 'work_assignment', entityId: row.assignmentId, summary: `${row.name}不再${workRoleLabels[row.role as WorkRole]}${area.name}，至${chineseDate(input.endDate)}` }, now)
  })
  return division(session.db, input.asOf)
}
