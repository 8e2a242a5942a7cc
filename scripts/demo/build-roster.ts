import type { DemoCore } from './demo-core'
import { areas, members, midYearChange, substitutionPairs, substitutionPairsFrom0701, termData, type MemberKey } from './roster-data'

export interface DemoRoster {
  termId: string
  /** Person id by member key (all twelve people who were members during the year). */
  people: Record<MemberKey, string>
  name: (key: MemberKey) => string
}

/** Term, people and memberships as they stood on 1 January 2026, with divisions, pairs and duties. */
export async function buildRoster(demo: DemoCore, start: string): Promise<DemoRoster> {
  const { call } = demo
  const term = await call('roster.saveTerm', { name: termData.name, startDate: termData.startDate, endDate: null })
  const people = {} as Record<MemberKey, string>
  const names = {} as Record<MemberKey, string>
  for (const member of members) {
    const membership = await call('roster.addMembership', {
      newPerson: { name: member.name, sex: member.sex, unit: null, note: null },
      post: member.post,
      rank: member.rank,
      startDate: member.since,
    })
    people[member.key] = membership.personId
    names[member.key] = member.name
    await call('roster.saveDuties', { personId: membership.personId, items: member.duties })
  }
  const joining = midYearChange.joining
  const newcomer = await call('roster.savePerson', { name: joining.name, sex: joining.sex, unit: '市发展改革委', note: '2026年7月任区委常委、常务副区长' })
  people[joining.key] = newcomer.id
  names[joining.key] = joining.name

  let sortOrder = 10
  for (const area of areas) {
    const division = await call('roster.saveArea', { name: area.name, units: area.units, sortOrder, archived: false, asOf: start })
    sortOrder += 10
    const areaId = division.areas.find((row) => row.name === area.name)?.id
    if (!areaId) throw new Error(`分工领域“${area.name}”未保存`)
    await call('roster.assign', { areaId, personId: people[area.lead], role: 'lead', startDate: start, asOf: start })
    if (area.assist) await call('roster.assign', { areaId, personId: people[area.assist], role: 'assist', startDate: start, asOf: start })
  }
  for (const [a, b] of substitutionPairs) {
    await call('roster.saveSubstitution', { personId: people[a], substituteId: people[b], startDate: start })
    await call('roster.saveSubstitution', { personId: people[b], substituteId: people[a], startDate: start })
  }
  return { termId: term.id, people, name: (key) => names[key] }
}

/** 1 July: one member leaves, one moves up a rank with a new post, one joins; fields and pairs follow. */
export async function applyMidYearChange(demo: DemoCore, roster: DemoRoster): Promise<void> {
  const { call } = demo
  const { date, lastDay } = midYearChange
  const history = await call('roster.history')
  const running = (key: MemberKey) => {
    const row = history.find((period) => period.personId === roster.people[key] && period.endDate === null)
    if (!row) throw new Error(`${roster.name(key)}没有在任的任职记录`)
    return row
  }
  // Assignments and pairs of the leaving member end with the membership.
  const division = await call('roster.division', { date: lastDay })
  for (const area of division.areas) {
    const target = areas.find((row) => row.name === area.name)
    for (const assignment of area.assignments) {
      const leaving = assignment.personId === roster.people[midYearChange.leaving]
      const handedOver = target?.from0701 !== undefined && assignment.role === 'lead' && assignment.personId === roster.people[target.lead]
      if (leaving || handedOver) await call('roster.endAssignment', { assignmentId: assignment.assignmentId, endDate: lastDay, asOf: lastDay })
    }
  }
  const pairs = await call('roster.substitutions', { date: lastDay })
  const changed = new Set([roster.people[midYearChange.leaving], roster.people.executive, roster.people.military, roster.people.mayor])
  for (const pair of pairs) {
    if (changed.has(pair.personId) && changed.has(pair.substituteId)) await call('roster.endSubstitution', { id: pair.id, endDate: lastDay })
  }
  await call('roster.endMembership', { membershipId: running(midYearChange.leaving).id, endDate: lastDay, reason: midYearChange.leavingReason })
  await call('roster.changeMembership', { membershipId: running(midYearChange.promoted.key).id, effectiveDate: date, post: midYearChange.promoted.post, rank: midYearChange.promoted.rank })
  const joining = midYearChange.joining
  await call('roster.addMembership', { personId: roster.people[joining.key], post: joining.post, rank: joining.rank, startDate: date })
  await call('roster.saveDuties', { personId: roster.people[joining.key], items: joining.duties })

  const after = await call('roster.division', { date })
  for (const area of areas) {
    if (!area.from0701) continue
    const areaId = after.areas.find((row) => row.name === area.name)?.id
    if (!areaId) throw new Error(`分工领域“${area.name}”不存在`)
    await call('roster.assign', { areaId, personId: roster.people[area.from0701], role: 'lead', startDate: date, asOf: date })
  }
  for (const [a, b] of substitutionPairsFrom0701) {
    await call('roster.saveSubstitution', { personId: roster.people[a], substituteId: roster.people[b], startDate: date })
    await call('roster.saveSubstitution', { personId: roster.people[b], substituteId: roster.people[a], startDate: date })
  }
}
