import type { WorkRole } from '../meetings/vocabulary'
import { periodCovers } from './dates'
import { divisionState } from './rules'
import type { AssignmentView, DivisionView } from './views'

export interface AreaRecord {
  id: string
  name: string
  units: string | null
  sortOrder: number
  archived: boolean
}

export interface AssignmentRecord extends Omit<AssignmentView, 'role'> {
  areaId: string
  role: string
}

/**
 * 分工 as of `date`: each area in use with the assignments in force that day and its state,
 * and each member on that day with the areas they lead or assist (none: an empty list).
 */
export function divisionAsOf(
  date: string,
  areas: readonly AreaRecord[],
  assignments: readonly AssignmentRecord[],
  members: readonly { personId: string; name: string; rank: number }[],
): DivisionView {
  const inForce = assignments.filter((assignment) => periodCovers(assignment, date))
  const byRole = (a: { role: string }, b: { role: string }) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1)
  const shown = areas.filter((area) => !area.archived || inForce.some((assignment) => assignment.areaId === area.id))
  const ordered = [...shown].sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh-CN'))
  return {
    asOf: date,
    areas: ordered.map((area) => {
      const own = inForce.filter((assignment) => assignment.areaId === area.id).sort(byRole)
      return {
        ...area,
        assignments: own.map(({ assignmentId, personId, name, role, startDate, endDate }) => ({ assignmentId, personId, name, role: role as WorkRole, startDate, endDate })),
        state: divisionState(own),
      }
    }),
    members: [...members]
      .sort((a, b) => a.rank - b.rank)
      .map((member) => ({
        ...member,
        areas: ordered.flatMap((area) =>
          inForce.filter((assignment) => assignment.areaId === area.id && assignment.personId === member.personId).map((assignment) => ({ areaId: area.id, name: area.name, role: assignment.role as WorkRole })),
        ),
      })),
  }
}
