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
  if (isNewerThanApp(appliedMigrations(sqlite), knownMigrations(store, location))) throw new AppError('VAULT_TOO_NEW')
  migrate(drizzle(sqlite), { migrationsFolder: migrationsFolder(store, location), migrationsTable })
}

/** How many migrations a store has seen (or this app ships), and the newest one's time. */
export interface MigrationLevel {
  count: number
  newest: number
}

function migrationsFolder(store: StoreName, location: MigrationsLocation): string {
  return join(location.root, store)
}

export function knownMigrations(store: StoreName, location: MigrationsLocation): MigrationLevel {
  const journalPath = join(migrationsFolder(store, location), 'meta', '_journal.json')
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { when: number }[] }
  return { count: journal.entries.length, newest: Math.max(0, ...journal.entries.map((entry) => entry.when)) }
}

export function appliedMigrations(sqlite: SqliteDatabase): MigrationLevel {
  const hasTable = sqlite.prepare(`select 1 from sqlite_master where type = 'table' and name = ?`).get(migrationsTable)
  if (!hasTable) return { count: 0, newest: 0 }
  const applied = sqlite.prepare(`select count(*) as count, max(created_at) as newest from ${migrationsTable}`).get() as { count: number; newest: number | null }
  return { count: applied.count, newest: Number(applied.newest ?? 0) }
}

/** A store that has seen a migration this app does not know was written by a newer version. */
export function isNewerThanApp(applied: MigrationLevel, known: MigrationLevel): boolean {
  return applied.newest > known.newest || applied.count > known.count
}

export function mainDatabase(sqlite: SqliteDatabase): MainDb {
  return drizzle(sqlite, { schema: mainSchema })
}

export function personnelDatabase(sqlite: SqliteDatabase): PersonnelDb {
  return drizzle(sqlite, { schema: personnelSchema })
}
