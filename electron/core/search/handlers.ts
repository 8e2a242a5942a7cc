import type { HandlerGroup } from '../ipc/handler-types'
import { searchRecords } from './search-service'

export const searchHandlers = {
  'search.query': (input, session) => searchRecords(session, input),
} satisfies HandlerGroup<'search.query'>
