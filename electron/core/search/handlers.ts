import type { HandlerGroup } from '../ipc/handler-types'
import { AppError } from '../../../shared/errors'

// Placeholder until this feature is built (helper in progress).
const pending = (): never => { throw new AppError('INTERNAL', 'not built yet') }

export const searchHandlers = {
  'search.query': pending,
} satisfies HandlerGroup<'search.query'>
