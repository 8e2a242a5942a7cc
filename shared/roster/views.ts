import type { WorkRole } from '../meetings/vocabulary'

export interface PersonView {
  id: string
  name: string
  sex: '男' | '女' | null
  unit: string | null
  note: string | null
  /** Post and rank in the standing committee today (null: not a member today). */
  currentPost: string | null
  currentRank: number | null
}

export interface MembershipView {
  id: string
  personId: string
  name: string
  post: string
  rank: number
  startDate: string
  endDate: string | null
  endReason: string | null
}

export interface TermView {
  id: string
  name: string
  startDate: string
  endDate: string | null
}

export interface AssignmentView {
  assignmentId: string
  personId: string
  name: string
  role: WorkRole
  startDate: string
  endDate: string | null
}

/** One field of work on a day: who leads it; 'gap' with no lead, 'overlap' with more than one. */
export interface WorkAreaView {
  id: string
  name: string
  units: string | null
  sortOrder: number
  archived: boolean
  assignments: AssignmentView[]
  state: 'ok' | 'gap' | 'overlap'
}

export interface DivisionView {
  asOf: string
  areas: WorkAreaView[]
  /** Per member on that day, the fields they lead or assist, and members with none. */
  members: { personId: string; name: string; rank: number; areas: { areaId: string; name: string; role: WorkRole }[] }[]
}

export interface SubstitutionView {
  id: string
  personId: string
  personName: string
  substituteId: string
  substituteName: string
  startDate: string
  endDate: string | null
}
