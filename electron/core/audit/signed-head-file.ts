import { open, rename } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Session } from '../session'
import { signText } from '../vault/crypto'
import type { SignedHead } from '../vault/keyfile'
import { checkpointText } from './checkpoint-verifier'

/*
 * Rollback detection between locks. The head signed at each lock (audit-checkpoints.ts) says
 * nothing about the work committed since: deleting the -wal after a crash lost it silently.
 * So after the calls that moved the chain, its head (count and hash) is signed with the acting
 * user's signing key and kept in a small file beside the stores; unlock compares the store
 * with it (vault/rollback.ts). A durable write costs an fsync (about 12 ms on the test
 * machine), far too much for every write: the call only reads the head row, and one write
 * follows within `writeWithinMs`, off the call path (fs/promises). A crash inside that window
 * loses at most the detection of its last writes, never data.
 */
export const writeWithinMs = 1000

function headKey(head: { count: number; lastHash: string }): string {
  return `${head.count}:${head.lastHash}`
}

export class SignedHeadKeeper {
  private timer: ReturnType<typeof setTimeout> | null = null
  private session: Session | null = null
  private written: string | null = null
  private writing: Promise<void> = Promise.resolve()
  private readHead: (() => { count: number; lastHash: string } | undefined) | null = null
  private readFrom: unknown = null

  constructor(
    private readonly currentSession: () => Session | null,
    private readonly now: () => Date,
  ) {}

  /** After each call: one read of the head row; the signed write is scheduled if the chain moved. */
  noteCall(): void {
    const session = this.currentSession()
    if (!session?.vault.authority || !session.vault.entry.signing) return
    if (session !== this.session) {
      this.cancel()
      this.session = session
      this.written = null
      this.readHead = null
    }
    const head = this.headOf(session)
    if (!head || headKey(head) === this.written || this.timer) return
    this.timer = setTimeout(() => this.flush(session), writeWithinMs)
    this.timer.unref?.()
  }

  /** At lock (the key file takes the head then) and when the session changes. */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  /** Resolves when the writes started so far are on disk (tests, and nothing else waits for it). */
  settled(): Promise<void> {
    return this.writing
  }

  /** One prepared statement per connection (a rotation reopens the store): a few microseconds a call. */
  private headOf(session: Session): { count: number; lastHash: string } | undefined {
    const sqlite = session.vault.mainSqlite
    if (!this.readHead || this.readFrom !== sqlite) {
      const statement = sqlite.prepare<[], { count: number; lastHash: string }>('SELECT count, last_hash AS lastHash FROM audit_head WHERE id = 1')
      this.readHead = () => statement.get()
      this.readFrom = sqlite
    }
    return this.readHead()
  }

  private flush(session: Session): void {
    this.timer = null
    // Signed now, while the keys are in memory; a session that ended since signs nothing.
    if (this.currentSession() !== session) return
    const vault = session.vault
    const head = this.headOf(session)
    if (!head) return
    const signed: SignedHead = {
      count: head.count,
      hash: head.lastHash,
      userId: session.user.id,
      at: this.now().toISOString(),
      sig: signText(vault.signingKey, checkpointText(vault.vaultId, head.count, head.lastHash)),
    }
    this.written = headKey(head)
    const path = vault.paths.signedHead
    this.writing = this.writing.then(() => writeDurably(path, `${JSON.stringify(signed)}\n`)).catch(() => {
      // Best effort: the next write (or the lock's head in the key file) covers it.
    })
  }
}

async function writeDurably(path: string, content: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`
  const file = await open(temporary, 'w', 0o600)
  try {
    await file.writeFile(content)
    await file.sync()
  } finally {
    await file.close()
  }
  await rename(temporary, path)
  if (process.platform === 'win32') return
  const dir = await open(dirname(path), 'r')
  try {
    await dir.sync()
  } finally {
    await dir.close()
  }
}
