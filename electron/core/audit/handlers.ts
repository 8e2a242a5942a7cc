import type { HandlerGroup } from '../handler-types'
import { exportAudit } from './audit-export'
import { verifyAuditChain } from './audit-log'
import { auditActors, listAudit } from './audit-query'

export const auditHandlers = {
  'audit.list': (input, session) => listAudit(session.db, input),
  'audit.actors': (_input, session) => auditActors(session.db),
  'audit.verify': (_input, session) => verifyAuditChain(session.vault.mainSqlite),
  'audit.export': (input, session, core) => exportAudit(core, session, input.filter),
} satisfies HandlerGroup<'audit.list' | 'audit.actors' | 'audit.verify' | 'audit.export'>
