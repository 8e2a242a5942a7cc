import Database from 'better-sqlite3'
import { closeSync, copyFileSync, openSync, readSync } from 'node:fs'
import { applyDataKey, type SqliteDatabase } from './store'

/*
 * A copy of a live store, already encrypted. When the live connection is the only writer and
 * nothing runs in between (lock, quit, key rotation: synchronous on the main thread), once its
 * log is checkpointed into the store file that file *is* a consistent copy: it is copied as
 * bytes, with no page decrypted and re-encrypted as VACUUM INTO does (about ten times slower),
 * then switched to rollback-journal mode so it opens alone. If a reader (a 备份到… running)
 * keeps the checkpoint from finishing, VACUUM INTO it is.
 */

/** How the copy was made: `bytes` (the checkpointed file, compared with it) or `vacuum` (VACUUM INTO). */
export type StoreCopyMethod = 'bytes' | 'vacuum'

/** True when both files hold the same bytes (read in 1 MB chunks). */
export function sameBytes(first: string, second: string): boolean {
  const chunkSize = 1 << 20
  const a = Buffer.alloc(chunkSize)
  const b = Buffer.alloc(chunkSize)
  const fdA = openSync(first, 'r')
  const fdB = openSync(second, 'r')
  try {
    for (;;) {
      const readA = readSync(fdA, a, 0, chunkSize, null)
      const readB = readSync(fdB, b, 0, chunkSize, null)
      if (readA !== readB) return false
      if (readA === 0) return true
      if (!a.subarray(0, readA).equals(b.subarray(0, readB))) return false
    }
  } finally {
    closeSync(fdA)
    closeSync(fdB)
  }
}

/**
 * Writes a consistent copy of the live store to `target`, in rollback-journal mode. A byte
 * copy is compared with the store before anything else touches it; a mismatch throws
 * `onMismatch()`. The copy's pages are not read (the caller checks them if it must).
 */
export function copyLiveStore(live: SqliteDatabase, source: string, target: string, dataKey: Buffer, onMismatch: () => Error): StoreCopyMethod {
  // PASSIVE never waits for a reader (TRUNCATE would, for the busy timeout): when every frame
  // of the log is in the store file, that file holds every commit.
  const [outcome] = live.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[]
  if (!outcome || outcome.busy !== 0 || outcome.log !== outcome.checkpointed) {
    // A bound parameter, so no path can break out of the statement.
    live.prepare('VACUUM INTO ?').run(target)
    return 'vacuum'
  }
  copyFileSync(source, target)
  if (!sameBytes(source, target)) throw onMismatch()
  const copy = new Database(target, { fileMustExist: true })
  try {
    applyDataKey(copy, dataKey)
    copy.pragma('journal_mode = DELETE')
  } finally {
    copy.close()
  }
  return 'bytes'
}
