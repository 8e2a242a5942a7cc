import type { HandlerGroup } from '../ipc/handler-types'
import { AppError } from '../../../shared/errors'

// Placeholder until this feature is built (helper in progress).
const pending = (): never => { throw new AppError('INTERNAL', 'not built yet') }

export const meetingsHandlers = {
  'bodies.list': pending,
  'bodies.save': pending,
  'meetingRules.get': pending,
  'meetingRules.save': pending,
  'meetings.list': pending,
  'meetings.get': pending,
  'meetings.create': pending,
  'meetings.update': pending,
  'meetings.advance': pending,
  'meetings.setMembers': pending,
  'meetings.addGuest': pending,
  'meetings.removeGuest': pending,
  'agenda.add': pending,
  'agenda.remove': pending,
  'agenda.move': pending,
} satisfies HandlerGroup<'bodies.list' | 'bodies.save' | 'meetingRules.get' | 'meetingRules.save' | 'meetings.list' | 'meetings.get' | 'meetings.create' | 'meetings.update' | 'meetings.advance' | 'meetings.setMembers' | 'meetings.addGuest' | 'meetings.removeGuest' | 'agenda.add' | 'agenda.remove' | 'agenda.move'>
