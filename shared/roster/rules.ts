import { chineseDate, chinesePeriod, firstSharedDay, periodsOverlap, type DatedPeriod } from './dates'

// The roster's consistency rules, as pure functions: core refuses a change that breaks
// one, and the UI shows the same state. Each returns the conflict (or null) so the
// message can name who and when.

export interface RankedPeriod extends DatedPeriod {
  id: string
  personId: string
  name: string
  rank: number
}

/** A period of the same person that shares a day with `candidate` (itself excluded by id). */
export function overlappingPeriod<P extends DatedPeriod & { id: string; personId: string }>(periods: readonly P[], candidate: DatedPeriod & { id?: string; personId: string }): P | null {
  return periods.find((period) => period.id !== candidate.id && period.personId === candidate.personId && periodsOverlap(period, candidate)) ?? null
}

/** Another person holding the same rank on a day of `candidate`: equal ranks are a data error. */
export function rankClash(periods: readonly RankedPeriod[], candidate: DatedPeriod & { id?: string; personId: string; rank: number }): { other: RankedPeriod; date: string } | null {
  const other = periods.find((period) => period.id !== candidate.id && period.personId !== candidate.personId && period.rank === candidate.rank && periodsOverlap(period, candidate))
  return other ? { other, date: firstSharedDay(other, candidate) } : null
}

export function overlapMessage(name: string, existing: DatedPeriod, what = '常委任职'): string {
  return `${name}已有一段${what}（${chinesePeriod(existing)}）与新的时段重叠：同一人的${what}时段不能交叉，请先结束或调整原记录。`
}

export function rankClashMessage(name: string, rank: number, clash: { other: RankedPeriod; date: string }): string {
  return `排名不能重复：${chineseDate(clash.date)}起，${clash.other.name}的排名已是第 ${rank} 位，${name}不能同时排第 ${rank} 位。请先调整${clash.other.name}的排名。`
}

export type DivisionState = 'ok' | 'gap' | 'overlap'

/** 分工不空挡、不交叉、不重叠 (seed 001): no lead on a day is a gap, two or more an overlap. */
export function divisionState(assignments: readonly { role: string }[]): DivisionState {
  const leads = assignments.filter((assignment) => assignment.role === 'lead').length
  if (leads === 0) return 'gap'
  return leads > 1 ? 'overlap' : 'ok'
}

export const divisionStateLabels: Record<DivisionState, string> = { ok: '正常', gap: '空挡：无分管常委', overlap: '重叠：分管常委多于一人' }
