import { inArray } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { PersonnelDb } from '../db/migrate'
import { cadres, matters } from '../db/schema/personnel'
import type { MatterRow } from '../personnel/matter-view'
import type { StoredForm } from '../db/schema/personnel'

// The matters the secretary ticked, in the order she ticked them, each with its cadre's form.

export interface SelectedMatter {
  row: MatterRow
  form: StoredForm
  currentPost: string
}

export function selectedMatters(db: PersonnelDb, ids: readonly string[]): SelectedMatter[] {
  const rows = db.select().from(matters).where(inArray(matters.id, [...ids])).all()
  const byId = new Map(rows.map((row) => [row.id, row]))
  const missing = ids.filter((id) => !byId.has(id))
  if (missing.length > 0) throw new AppError('NOT_FOUND', `找不到所选的 ${missing.length} 个任免事项（可能已被删除），请刷新后重试。`)
  const people = db.select({ id: cadres.id, form: cadres.form, currentPost: cadres.currentPost }).from(cadres).where(inArray(cadres.id, [...new Set(rows.map((r) => r.cadreId))])).all()
  const cadreById = new Map(people.map((p) => [p.id, p]))
  return ids.map((id) => {
    const row = byId.get(id) as MatterRow
    const cadre = cadreById.get(row.cadreId)
    if (!cadre) throw new AppError('NOT_FOUND', '找不到任免事项所属的干部档案，请刷新后重试。')
    return { row, form: cadre.form, currentPost: cadre.currentPost }
  })
}

/** Refuses a selection with a matter that was not decided and passed: only decisions are published. */
export function requirePassed(selection: readonly SelectedMatter[], what: string): void {
  const open = selection.find((s) => s.row.decisionResult !== 'passed')
  if (open) throw new AppError('RULE_VIOLATION', `${open.form.name}的任免事项尚未经常委会讨论决定通过，不能写入${what}。`)
}
