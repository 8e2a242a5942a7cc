import type { CoreContext } from '../context'
import type { Session } from '../session'
import type { SqliteDatabase } from '../vault/store'

/*
 * The grams index of the entries a vault had before migration 0009, written after unlock in
 * the background instead of inside the migration (at 30 years that held the first unlock
 * ~80 s). Newest entries first, one batch per turn of the event loop; each batch and the
 * progress are one transaction, so a lock, a crash or a kill loses nothing and the next unlock
 * goes on. The progress is one setting: every entry up to that id is not in the grams index
 * yet (the triggers index every newer one), and search reads those with LIKE meanwhile
 * (search-service.ts), so results are the same before and after.
 */

export const pendingSettingKey = 'search.shortIndexPendingThrough'

/** Entries per batch: 40–100 ms of work on this machine when idle. */
const batchSize = 500

/** The id up to which entries are not in the grams index yet; 0 when all are. */
export function shortIndexPendingThrough(sqlite: SqliteDatabase): number {
  const value = sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(pendingSettingKey)
  const through = Number(value ?? 0)
  // The setting can be edited like any row: anything but a whole number counts as "all pending".
  return Number.isSafeInteger(through) && through >= 0 ? through : Number.MAX_SAFE_INTEGER
}

/**
 * Writes the grams of the newest `size` pending entries and moves the mark below them, in one
 * transaction. INSERT OR REPLACE: a rename trigger may already have indexed one of them.
 * Returns whether entries remain.
 */
export function backfillShortIndexBatch(sqlite: SqliteDatabase, size = batchSize): boolean {
  return sqlite.transaction(() => {
    const through = shortIndexPendingThrough(sqlite)
    if (through === 0) return false
    const lowest = sqlite.prepare('SELECT min(id) FROM (SELECT id FROM search_index_content WHERE id <= ? ORDER BY id DESC LIMIT ?)').pluck().get(through, size) as number | null
    if (lowest !== null) sqlite.prepare('INSERT OR REPLACE INTO search_short (rowid, title, body) SELECT id, search_grams(c3), search_grams(c4) FROM search_index_content WHERE id BETWEEN ? AND ?').run(lowest, through)
    const next = lowest === null ? 0 : lowest - 1
    if (next > 0) sqlite.prepare('UPDATE settings SET value = ? WHERE key = ?').run(JSON.stringify(next), pendingSettingKey)
    else sqlite.prepare('DELETE FROM settings WHERE key = ?').run(pendingSettingKey)
    return next > 0
  })()
}

/** One bounded step of FTS5's segment merging; false when there was nothing left to merge. */
function mergeStep(sqlite: SqliteDatabase): boolean {
  const before = sqlite.prepare('SELECT total_changes()').pluck().get() as number
  sqlite.prepare(`INSERT INTO search_short (search_short, rank) VALUES ('merge', -200)`).run()
  // FTS5: a merge that did some work changes at least two rows of its segment table. Negative:
  // every level's segments are merged, towards the one segment `optimize` would make in one long step.
  return (sqlite.prepare('SELECT total_changes()').pluck().get() as number) - before >= 2
}

/** What a fill cost the main thread: the sum of its steps and the longest one (the bench). */
export interface BackfillCost {
  steps: number
  busyMs: number
  longestStepMs: number
}

const runs = new WeakMap<Session, Promise<BackfillCost>>()

/** Starts the background fill at unlock when the vault has pending entries. */
export function backfillShortIndex(core: CoreContext, session: Session): void {
  const sqlite = session.vault.mainSqlite
  if (shortIndexPendingThrough(sqlite) === 0) return
  runs.set(
    session,
    new Promise<BackfillCost>((resolve) => {
      const cost: BackfillCost = { steps: 0, busyMs: 0, longestStepMs: 0 }
      let merging = false
      const step = () => {
        if (core.session !== session) return resolve(cost)
        const started = performance.now()
        try {
          if (!merging) merging = !backfillShortIndexBatch(sqlite)
          // The batches leave many small segments: merged a step at a time too.
          else if (!mergeStep(sqlite)) return resolve(cost)
        } catch (error) {
          console.error('建立短词索引时出错，下次解锁时继续', error)
          return resolve(cost)
        }
        const took = performance.now() - started
        cost.steps += 1
        cost.busyMs += took
        cost.longestStepMs = Math.max(cost.longestStepMs, took)
        setImmediate(step)
      }
      setImmediate(step)
    }),
  )
}

/** Resolves when this session's fill has finished or stopped (tests, bench), with its cost; null when there was none. */
export function shortIndexSettled(session: Session): Promise<BackfillCost | null> {
  return runs.get(session) ?? Promise.resolve(null)
}
