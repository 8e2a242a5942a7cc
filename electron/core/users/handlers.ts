import type { HandlerGroup } from '../handler-types'
import { createUser, disableUser, listUsers, resetPassword, updateUser } from './users-service'

export const usersHandlers = {
  'users.list': (_input, session) => listUsers(session.db),
  'users.create': (input, session, core) => createUser(session, core, input),
  'users.update': (input, session, core) => {
    const summary = updateUser(session, core, input)
    if (input.id === session.user.id) session.refresh()
    return summary
  },
  'users.disable': (input, session, core) => disableUser(session, core, input.id),
  'users.resetPassword': (input, session, core) => resetPassword(session, core, input),
} satisfies HandlerGroup<'users.list' | 'users.create' | 'users.update' | 'users.disable' | 'users.resetPassword'>
