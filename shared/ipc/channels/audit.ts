import { z } from 'zod'
import { channel } from '../define'
import { idField, noInput } from '../fields'

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

/** Someone who appears in the log (also users since disabled), for the filter. */
export interface AuditActor {
  userId: string | null
  userName: string
}

const instant = z.iso.datetime({ offset: true, error: '时间格式不正确' })

/**
 * Which entries: by user, by action code, and a time range [from, to). The page turns
 * the secretary's local dates into instants, so the range means the days she picked.
 */
export const auditFilterSchema = z
  .strictObject({
    userId: idField.optional(),
    action: z.string().trim().min(1).max(64).optional(),
    from: instant.optional(),
    to: instant.optional(),
  })
  .refine((filter) => !filter.from || !filter.to || new Date(filter.from) < new Date(filter.to), { error: '开始日期不能晚于结束日期' })

export type AuditFilter = z.infer<typeof auditFilterSchema>

export interface AuditExport {
  /** Where the file was written; null when the user cancelled the dialog. */
  path: string | null
  count: number
}

export const auditChannels = {
  'audit.list': channel<AuditEntry[]>()({
    input: z.strictObject({
      limit: z.number().int().min(1).max(500).default(100),
      beforeId: z.number().int().positive().optional(),
      filter: auditFilterSchema.optional(),
    }),
    access: 'audit.read',
  }),
  'audit.actors': channel<AuditActor[]>()({ input: noInput, access: 'audit.read' }),
  'audit.verify': channel<AuditVerification>()({ input: noInput, access: 'audit.read' }),
  /** Writes the filtered log (oldest first, with each entry's chain hashes) as CSV. */
  'audit.export': channel<AuditExport>()({
    input: z.strictObject({ filter: auditFilterSchema.optional() }),
    access: 'audit.read',
  }),
}
