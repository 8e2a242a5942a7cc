import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { AppError } from '../../../shared/errors'
import type { StoreName } from '../vault/keyfile'
import type { SqliteDatabase } from '../vault/store'
import * as mainSchema from './schema/main'
import * as personnelSchema from './schema/personnel'

export type MainDb = BetterSQLite3Database<typeof mainSchema>
export type PersonnelDb = BetterSQLite3Database<typeof personnelSchema>

export interface MigrationsLocation {
  /** Folder holding one drizzle-kit output folder per store (`main/`, `personnel/`). */
  root: string
}

const migrationsTable = '__drizzle_migrations'

/**
 * Applies the store's pending drizzle-kit migrations in one transaction (drizzle's
 * migrator wraps them in BEGIN/COMMIT). A store that has seen a migration this app does
 * not know was written by a newer version: it is refused before anything is changed.
 */
export function migrateStore(sqlite: SqliteDatabase, store: StoreName, location: MigrationsLocation): void {
  const folder = join(location.root, store)
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: { when: number }[] }
  const newestKnown = Math.max(0, ...journal.entries.map((entry) => entry.when))
  const hasTable = sqlite.prepare(`select 1 from sqlite_master where type = 'table' and name = ?`).get(migrationsTable)
  if (hasTable) {
    const applied = sqlite.prepare(`select max(created_at) as newest from ${migrationsTable}`).get() as { newest: number | null }
    if (applied.newest !== null && Number(applied.newest) > newestKnown) throw new AppError('VAULT_TOO_NEW')
  }
  migrate(drizzle(sqlite), { migrationsFolder: folder, migrationsTable })
}

export function mainDatabase(sqlite: SqliteDatabase): MainDb {
  return drizzle(sqlite, { schema: mainSchema })
}

export function personnelDatabase(sqlite: SqliteDatabase): PersonnelDb {
  return drizzle(sqlite, { schema: personnelSchema })
}
