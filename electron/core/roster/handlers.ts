import type { HandlerGroup } from '../ipc/handler-types'
import { AppError } from '../../../shared/errors'

// Placeholder until this feature is built (helper in progress).
const pending = (): never => { throw new AppError('INTERNAL', 'not built yet') }

export const rosterHandlers = {
  'roster.people': pending,
  'roster.savePerson': pending,
  'roster.asOf': pending,
  'roster.history': pending,
  'roster.addMembership': pending,
  'roster.changeMembership': pending,
  'roster.endMembership': pending,
  'roster.terms': pending,
  'roster.saveTerm': pending,
  'roster.division': pending,
  'roster.saveArea': pending,
  'roster.assign': pending,
  'roster.endAssignment': pending,
  'roster.substitutions': pending,
  'roster.saveSubstitution': pending,
  'roster.endSubstitution': pending,
  'roster.duties': pending,
  'roster.saveDuties': pending,
} satisfies HandlerGroup<'roster.people' | 'roster.savePerson' | 'roster.asOf' | 'roster.history' | 'roster.addMembership' | 'roster.changeMembership' | 'roster.endMembership' | 'roster.terms' | 'roster.saveTerm' | 'roster.division' | 'roster.saveArea' | 'roster.assign' | 'roster.endAssignment' | 'roster.substitutions' | 'roster.saveSubstitution' | 'roster.endSubstitution' | 'roster.duties' | 'roster.saveDuties'>
