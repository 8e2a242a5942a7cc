import { z } from 'zod'
import { channel } from '../define'
import { noInput } from '../fields'

export interface AuditEntry {
  id: number
  at: string
  userId: string | null
  userName: string
  action: string
  entity: string
  entityId: string | null
  summary: string
}

export interface AuditVerification {
  ok: boolean
  checked: number
  /** The first entry whose link or content does not match, when the chain is broken. */
  firstBrokenId: number | null
  problem: string | null
}

export const auditChannels = {
  'audit.list': channel<AuditEntry[]>()({
    input: z.strictObject({
      limit: z.number().int().min(1).max(500).default(100),
      beforeId: z.number().int().positive().optional(),
    }),
    access: 'audit.read',
  }),
  'audit.verify': channel<AuditVerification>()({ input: noInput, access: 'audit.read' }),
}
