import type { HandlerGroup } from '../ipc/handler-types'
import { listAudit, verifyAuditChain } from './audit-log'

export const auditHandlers = {
  'audit.list': (input, session) => listAudit(session.db, input),
  'audit.verify': (_input, session) => verifyAuditChain(session.db),
} satisfies HandlerGroup<'audit.list' | 'audit.verify'>
