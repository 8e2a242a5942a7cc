import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateSQLiteDrizzleJson, generateSQLiteMigration, type DrizzleSQLiteSnapshotJSON } from 'drizzle-kit/api'
import { describe, expect, it } from 'vitest'
import * as mainSchema from '../../../electron/core/db/schema/main'
import * as personnelSchema from '../../../electron/core/db/schema/personnel'
import { migrationsRoot } from '../../support/vault'

// `npm run db:generate` diffs the schema against the newest snapshot in meta/: a migration
// written by hand without its snapshot makes the next generate repeat it. Every journal entry
// has its snapshot, and the newest one is the schema.

function newestSnapshot(store: string): DrizzleSQLiteSnapshotJSON {
  const meta = join(migrationsRoot, store, 'meta')
  const journal = JSON.parse(readFileSync(join(meta, '_journal.json'), 'utf8')) as { entries: { idx: number }[] }
  const snapshots = journal.entries.map((entry) => JSON.parse(readFileSync(join(meta, `${String(entry.idx).padStart(4, '0')}_snapshot.json`), 'utf8')) as DrizzleSQLiteSnapshotJSON & { prevId: string })
  // Chained: each snapshot names the one before it.
  snapshots.slice(1).forEach((snapshot, index) => expect(snapshot.prevId).toBe(snapshots[index]!.id))
  return snapshots.at(-1)!
}

describe('drizzle snapshots', () => {
  it.each([['main', mainSchema], ['personnel', personnelSchema]] as const)('the %s store\'s schema is its newest snapshot (db:generate writes nothing)', async (store, schema) => {
    const current = await generateSQLiteDrizzleJson(schema)
    expect(await generateSQLiteMigration(newestSnapshot(store), current)).toEqual([])
  })
})
