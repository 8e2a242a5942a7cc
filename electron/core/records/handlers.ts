import type { HandlerGroup } from '../handler-types'
import { amendMeeting } from './amend-service'
import { signMeeting } from './sign-service'

export const recordsHandlers = {
  'meetings.sign': (input, session, core) => signMeeting(session, core, input.id),
  'meetings.amend': (input, session, core) => amendMeeting(session, core, input),
} satisfies HandlerGroup<'meetings.sign' | 'meetings.amend'>
