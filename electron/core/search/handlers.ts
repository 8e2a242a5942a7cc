import type { HandlerGroup } from '../handler-types'
import { searchRecords } from './search-service'

export const searchHandlers = {
  'search.query': (input, session) => searchRecords(session, input),
} satisfies HandlerGroup<'search.query'>
