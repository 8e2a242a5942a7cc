import type { HandlerGroup } from '../handler-types'
import { rotateKeys } from './rotate-keys'

export const keysHandlers = {
  'vault.rotateKeys': (_input, session, core) => rotateKeys(session, core),
} satisfies HandlerGroup<'vault.rotateKeys'>
