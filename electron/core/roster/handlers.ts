import type { HandlerGroup } from '../handler-types'
import { assign, division, endAssignment, saveArea } from './division-service'
import { duties, saveDuties } from './duties-service'
import { addMembership, changeMembership, changeMemberships, endMembership, membershipsAsOf } from './membership-service'
import { listPeople, listTerms, savePerson, saveTerm } from './people-service'
import { allMemberships, today } from './roster-store'
import { endSubstitution, saveSubstitution, substitutionsAsOf } from './substitution-service'

export const rosterHandlers = {
  'roster.people': (_input, session, core) => listPeople(session.db, today(core)),
  'roster.savePerson': (input, session, core) => savePerson(session, core, input),
  'roster.asOf': (input, session) => membershipsAsOf(session.db, input.date),
  'roster.history': (_input, session) => allMemberships(session.db),
  'roster.addMembership': (input, session, core) => addMembership(session, core, input),
  'roster.changeMembership': (input, session, core) => changeMembership(session, core, input),
  'roster.changeMemberships': (input, session, core) => changeMemberships(session, core, input),
  'roster.endMembership': (input, session, core) => endMembership(session, core, input),
  'roster.terms': (_input, session) => listTerms(session.db),
  'roster.saveTerm': (input, session, core) => saveTerm(session, core, input),
  'roster.division': (input, session) => division(session.db, input.date),
  'roster.saveArea': (input, session, core) => saveArea(session, core, input),
  'roster.assign': (input, session, core) => assign(session, core, input),
  'roster.endAssignment': (input, session, core) => endAssignment(session, core, input),
  'roster.substitutions': (input, session) => substitutionsAsOf(session.db, input.date),
  'roster.saveSubstitution': (input, session, core) => saveSubstitution(session, core, input),
  'roster.endSubstitution': (input, session, core) => endSubstitution(session, core, input),
  'roster.duties': (input, session) => duties(session.db, input.personId),
  'roster.saveDuties': (input, session, core) => saveDuties(session, core, input),
} satisfies HandlerGroup<'roster.people' | 'roster.savePerson' | 'roster.asOf' | 'roster.history' | 'roster.addMembership' | 'roster.changeMembership' | 'roster.changeMemberships' | 'roster.endMembership' | 'roster.terms' | 'roster.saveTerm' | 'roster.division' | 'roster.saveArea' | 'roster.assign' | 'roster.endAssignment' | 'roster.substitutions' | 'roster.saveSubstitution' | 'roster.endSubstitution' | 'roster.duties' | 'roster.saveDuties'>
