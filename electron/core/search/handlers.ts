import type { HandlerGroup } from '../handler-types'
import { personCard } from './person-card'
import { searchRecords } from './search-service'

export const searchHandlers = {
  'search.query': (input, session) => searchRecords(session, input),
  'search.person': (input, session) => personCard(session, input.personId),
} satisfies HandlerGroup<'search.query' | 'search.person'>
