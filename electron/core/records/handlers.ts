import type { HandlerGroup } from '../ipc/handler-types'
import { AppError } from '../../../shared/errors'

// Placeholder until this feature is built (helper in progress).
const pending = (): never => { throw new AppError('INTERNAL', 'not built yet') }

export const recordsHandlers = {
  'meetings.sign': pending,
  'meetings.amend': pending,
} satisfies HandlerGroup<'meetings.sign' | 'meetings.amend'>
