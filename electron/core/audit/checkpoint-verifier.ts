import { asc, eq } from 'drizzle-orm'
import type { MainDb } from '../db/migrate'
import { auditCheckpoints, signingKeys, vaultInfo } from '../db/schema/main'
import { verifyText } from '../vault/crypto'

/** What the acting user signs at each lock (audit-checkpoints.ts). */
export function checkpointText(vaultId: string, count: number, hash: string): string {
  return `yishi/audit-head|${vaultId}|${count}|${hash}`
}

type Checkpoint = typeof auditCheckpoints.$inferSelect

/** Checks each position of the chain against the checkpoints as the walk reaches it. */
export class CheckpointVerifier {
  private readonly byCount: Map<number, Checkpoint>
  private readonly vaultId: string
  private readonly firstCount: number

  constructor(private readonly db: MainDb) {
    const rows = db.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.count)).all()
    this.byCount = new Map(rows.map((row) => [row.count, row]))
    this.firstCount = rows[0]?.count ?? Number.POSITIVE_INFINITY
    this.vaultId = db.select({ vaultId: vaultInfo.vaultId }).from(vaultInfo).where(eq(vaultInfo.id, 1)).get()?.vaultId ?? ''
  }

  /** A problem at this position (1-based count of entries so far), or null. */
  problemAt(count: number, hash: string, action: string): string | null {
    const checkpoint = this.byCount.get(count)
    if (!checkpoint) {
      // Once checkpoints began, every lock is followed by one in its transaction: a missing one was removed.
      return action === 'auth.lock' && count > this.firstCount ? `第 ${count} 条（锁定）之后的签名校验点被删除` : null
    }
    if (checkpoint.hash !== hash) return `第 ${count} 条或之前的记录与 ${checkpoint.at} 锁定时签名的日志不符：记录被改动或删除`
    const known = this.db.select().from(signingKeys).where(eq(signingKeys.publicKey, checkpoint.publicKey)).get()
    if (known?.userId !== checkpoint.userId || !verifyText(checkpoint.publicKey, checkpointText(this.vaultId, checkpoint.count, checkpoint.hash), checkpoint.signature)) {
      return `第 ${count} 条处的签名校验点不是锁定人本人签名的`
    }
    return null
  }

  /** Checkpoints beyond the end of the chain: entries after them were removed. */
  beyond(count: number): boolean {
    return [...this.byCount.keys()].some((signed) => signed > count)
  }
}
