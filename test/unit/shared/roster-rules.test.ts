import { describe, expect, it } from 'vitest'
import { addDays, chineseDate, chinesePeriod, dayBefore, firstSharedDay, localDate, periodCovers, periodsOverlap } from '../../../shared/roster/dates'
import { divisionAsOf } from '../../../shared/roster/division'
import { divisionState, overlappingPeriod, rankClash, rankClashMessage, type RankedPeriod } from '../../../shared/roster/rules'

describe('calendar days', () => {
  it('the day before crosses month, year and leap-day ends', () => {
    expect(dayBefore('2026-03-01')).toBe('2026-02-28')
    expect(dayBefore('2028-03-01')).toBe('2028-02-29')
    expect(dayBefore('2027-01-01')).toBe('2026-12-31')
    expect(dayBefore('2026-07-01')).toBe('2026-06-30')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
  })

  it('reads today from the local calendar and writes dates the Chinese way', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
    expect(chineseDate('2026-11-03')).toBe('2026年11月3日')
    expect(chinesePeriod({ startDate: '2026-01-01', endDate: null })).toBe('2026年1月1日起')
    expect(chinesePeriod({ startDate: '2026-01-01', endDate: '2026-06-30' })).toBe('2026年1月1日至2026年6月30日')
  })

  it('a period covers its first and last day and nothing outside', () => {
    const period = { startDate: '2026-03-01', endDate: '2026-06-30' }
    expect(periodCovers(period, '2026-03-01')).toBe(true)
    expect(periodCovers(period, '2026-06-30')).toBe(true)
    expect(periodCovers(period, '2026-02-28')).toBe(false)
    expect(periodCovers(period, '2026-07-01')).toBe(false)
    expect(periodCovers({ startDate: '2026-03-01', endDate: null }, '2099-12-31')).toBe(true)
  })

  it('periods overlap when they share one day; back to back they do not', () => {
    const first = { startDate: '2026-01-01', endDate: '2026-06-30' }
    expect(periodsOverlap(first, { startDate: '2026-07-01', endDate: null })).toBe(false)
    expect(periodsOverlap(first, { startDate: '2026-06-30', endDate: null })).toBe(true)
    expect(periodsOverlap({ startDate: '2026-07-01', endDate: null }, { startDate: '2020-01-01', endDate: null })).toBe(true)
    expect(periodsOverlap(first, { startDate: '2025-01-01', endDate: '2025-12-31' })).toBe(false)
    expect(periodsOverlap(first, { startDate: '2025-01-01', endDate: '2026-01-01' })).toBe(true)
    expect(firstSharedDay(first, { startDate: '2026-05-01', endDate: null })).toBe('2026-05-01')
  })
})

const period = (id: string, personId: string, name: string, rank: number, startDate: string, endDate: string | null): RankedPeriod => ({ id, personId, name, rank, startDate, endDate })

describe('membership rules', () => {
  const periods = [period('m1', 'p1', '张三', 1, '2026-01-01', null), period('m2', 'p2', '李四', 2, '2026-01-01', '2026-06-30'), period('m3', 'p2', '李四', 3, '2026-07-01', null)]

  it('finds a period of the same person that overlaps, ignoring the period itself', () => {
    expect(overlappingPeriod(periods, { personId: 'p2', startDate: '2026-06-30', endDate: null })?.id).toBe('m2')
    expect(overlappingPeriod(periods, { personId: 'p2', startDate: '2025-01-01', endDate: '2025-12-31' })).toBeNull()
    expect(overlappingPeriod(periods, { id: 'm1', personId: 'p1', startDate: '2026-01-01', endDate: null })).toBeNull()
    expect(overlappingPeriod(periods, { personId: 'p9', startDate: '2026-01-01', endDate: null })).toBeNull()
  })

  it('refuses the same rank for two people on a shared day, naming the first such day', () => {
    const clash = rankClash(periods, { personId: 'p3', rank: 2, startDate: '2026-05-01', endDate: null })
    expect(clash).toEqual({ other: periods[1], date: '2026-05-01' })
    expect(rankClashMessage('王五', 2, clash!)).toBe('排名不能重复：2026年5月1日起，李四的排名已是第 2 位，王五不能同时排第 2 位。请先调整李四的排名。')
    // Rank 2 is free again from 1 July, when 李四 moved to 3.
    expect(rankClash(periods, { personId: 'p3', rank: 2, startDate: '2026-07-01', endDate: null })).toBeNull()
    // The same person's own periods are not a clash.
    expect(rankClash(periods, { personId: 'p2', rank: 3, startDate: '2026-08-01', endDate: null })).toBeNull()
    expect(rankClash(periods, { personId: 'p3', rank: 3, startDate: '2025-01-01', endDate: '2026-07-01' })?.date).toBe('2026-07-01')
  })
})

describe('division of work', () => {
  it('no lead is a gap, one lead is in order, two leads overlap; assistants do not count', () => {
    expect(divisionState([])).toBe('gap')
    expect(divisionState([{ role: 'assist' }])).toBe('gap')
    expect(divisionState([{ role: 'lead' }, { role: 'assist' }])).toBe('ok')
    expect(divisionState([{ role: 'lead' }, { role: 'lead' }])).toBe('overlap')
  })

  it('as of a date: assignments starting or ending that day count, members without a field are listed empty', () => {
    const areas = [
      { id: 'a1', name: '组织工作', units: null, sortOrder: 2, archived: false },
      { id: 'a2', name: '政法工作', units: null, sortOrder: 1, archived: false },
      { id: 'a3', name: '旧领域', units: null, sortOrder: 0, archived: true },
    ]
    const assignments = [
      { assignmentId: 's1', areaId: 'a1', personId: 'p1', name: '张三', role: 'lead', startDate: '2026-01-01', endDate: '2026-03-31' },
      { assignmentId: 's2', areaId: 'a1', personId: 'p2', name: '李四', role: 'lead', startDate: '2026-03-31', endDate: null },
      { assignmentId: 's3', areaId: 'a2', personId: 'p2', name: '李四', role: 'assist', startDate: '2026-01-01', endDate: null },
    ]
    const members = [
      { personId: 'p2', name: '李四', rank: 2 },
      { personId: 'p1', name: '张三', rank: 1 },
      { personId: 'p3', name: '王五', rank: 3 },
    ]
    const onOverlap = divisionAsOf('2026-03-31', areas, assignments, members)
    expect(onOverlap.areas.map((area) => [area.name, area.state])).toEqual([
      ['政法工作', 'gap'],
      ['组织工作', 'overlap'],
    ])
    expect(onOverlap.members.map((member) => [member.name, member.areas.map((area) => `${area.name}/${area.role}`)])).toEqual([
      ['张三', ['组织工作/lead']],
      ['李四', ['政法工作/assist', '组织工作/lead']],
      ['王五', []],
    ])
    const after = divisionAsOf('2026-04-01', areas, assignments, members)
    expect(after.areas.find((area) => area.id === 'a1')).toMatchObject({ state: 'ok', assignments: [{ name: '李四' }] })
    expect(after.members[0]?.areas).toEqual([])
  })
})
