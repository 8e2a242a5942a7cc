import { randomUUID } from 'node:crypto'
import { count, eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { isValidIdNumber, showLrmxDate, type LrmxPerson } from '../../../shared/personnel/lrmx-types'
import { sortByNameStrokes } from '../../../shared/names/stroke-order'
import type { CadreSummary } from '../../../shared/personnel/views'
import type { PersonnelDb } from '../db/migrate'
import { cadres, matters } from '../db/schema/personnel'

export { photoDataUrl } from './lrmx/photo'

// Profiles (干部任免审批表) in the book: the form as imported, its photo, and the columns
// the register searches.

export type CadreRow = typeof cadres.$inferSelect

/**
 * The ID number that identifies a profile (unique in the book): upper case, and only when
 * its check character is right. A number that fails the check (a typo, or a placeholder
 * such as 110111198203150000) stays on the form, shown with a warning, but cannot tell two
 * people apart, so it is not used to find duplicates.
 */
export function storedIdNumber(person: LrmxPerson): string | null {
  const id = person.idNumber.trim().toUpperCase()
  return isValidIdNumber(id) ? id : null
}

export function formOf(row: CadreRow): LrmxPerson {
  const photo = row.photo && row.photoType ? { type: row.photoType as 'jpeg' | 'png', data: new Uint8Array(row.photo) } : null
  return { ...row.form, photo }
}

function columnsOf(person: LrmxPerson) {
  const { photo, ...form } = person
  return {
    name: person.name.trim(),
    sex: person.sex,
    birth: showLrmxDate(person.birth),
    ethnicity: person.ethnicity,
    nativePlace: person.nativePlace,
    currentPost: person.currentPost,
    reportingUnit: person.reportingUnit,
    idNumber: storedIdNumber(person),
    form,
    photo: photo ? Buffer.from(photo.data) : null,
    photoType: photo ? photo.type : null,
  }
}

export function findCadreByIdNumber(db: PersonnelDb, idNumber: string): CadreRow | undefined {
  return db.select().from(cadres).where(eq(cadres.idNumber, idNumber.trim().toUpperCase())).get()
}

export function requireCadre(db: PersonnelDb, id: string): CadreRow {
  const row = db.select().from(cadres).where(eq(cadres.id, id)).get()
  if (!row) throw new AppError('NOT_FOUND', '找不到该干部的信息（可能已被删除），请刷新后重试。')
  return row
}

export function insertCadre(db: PersonnelDb, person: LrmxPerson, now: Date): CadreRow {
  if (person.name.trim() === '') throw new AppError('INVALID_INPUT', '任免审批表没有填写姓名，不能保存')
  const idNumber = storedIdNumber(person)
  if (idNumber !== null && findCadreByIdNumber(db, idNumber)) throw new AppError('DUPLICATE', `身份证号 ${idNumber} 已在专用记录本中，请选择更新已有的干部信息`)
  const at = now.toISOString()
  return db.insert(cadres).values({ id: randomUUID(), ...columnsOf(person), createdAt: at, updatedAt: at }).returning().get()
}

export function updateCadre(db: PersonnelDb, id: string, person: LrmxPerson, now: Date): CadreRow {
  requireCadre(db, id)
  const idNumber = storedIdNumber(person)
  const other = idNumber === null ? undefined : findCadreByIdNumber(db, idNumber)
  if (other && other.id !== id) throw new AppError('DUPLICATE', `身份证号 ${idNumber} 已属于另一名干部（${other.name}）`)
  return db.update(cadres).set({ ...columnsOf(person), updatedAt: now.toISOString() }).where(eq(cadres.id, id)).returning().get()
}

export function cadreSummary(row: CadreRow, matterCount: number): CadreSummary {
  return {
    id: row.id,
    name: row.name,
    sex: row.sex,
    birth: row.birth,
    ethnicity: row.ethnicity,
    currentPost: row.currentPost,
    reportingUnit: row.reportingUnit,
    idNumber: row.form.idNumber.trim() === '' ? null : row.form.idNumber.trim().toUpperCase(),
    idNumberVerified: row.idNumber !== null,
    hasPhoto: row.photo !== null,
    matterCount,
    updatedAt: row.updatedAt,
  }
}

export function matterCountOf(db: PersonnelDb, cadreId: string): number {
  return db.select({ n: count() }).from(matters).where(eq(matters.cadreId, cadreId)).get()?.n ?? 0
}

/** Profiles whose name, ID number, post or unit contains `query` (two characters are enough), in 姓氏笔画 order. */
export function listCadres(db: PersonnelDb, query: string | null): CadreSummary[] {
  const counts = new Map(db.select({ cadreId: matters.cadreId, n: count() }).from(matters).groupBy(matters.cadreId).all().map((r) => [r.cadreId, r.n]))
  const needle = query?.trim().toUpperCase() ?? ''
  const found = db
    .select()
    .from(cadres)
    .all()
    .filter((row) => needle === '' || [row.name, row.form.idNumber, row.currentPost, row.reportingUnit].some((text) => text.toUpperCase().includes(needle)))
  return sortByNameStrokes(found, (row) => row.name).map((row) => cadreSummary(row, counts.get(row.id) ?? 0))
}
