import type { HandlerGroup } from '../handler-types'
import { runSelfCheck } from './self-check-service'

export const selfCheckHandlers = {
  'selfCheck.run': (input, session, core) => runSelfCheck(session, input, core.now()),
} satisfies HandlerGroup<'selfCheck.run'>
