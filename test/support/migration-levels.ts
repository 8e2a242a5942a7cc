import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { registerSqlFunctions } from '../../electron/core/vault/store'
import { migrationsRoot, tempDir } from './vault'

type Journal = { entries: { tag: string; when: number }[] }

/** A copy of one store's migrations folder whose journal ends at `lastTag`: what an older app shipped. */
export function migrationsUpTo(store: string, lastTag: string): string {
  const dir = join(tempDir('yishi-migrations-'), store)
  cpSync(join(migrationsRoot, store), dir, { recursive: true })
  const journalPath = join(dir, 'meta', '_journal.json')
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal
  const end = journal.entries.findIndex((entry) => entry.tag === lastTag)
  if (end < 0) throw new Error(`no migration ${lastTag}`)
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, end + 1) }))
  return dir
}

/**
 * Turns a store back into what an app whose newest migration was `lastTag` left: drops every
 * object the later migrations created, recreates the indexes they dropped and the triggers they
 * rewrote as they were, and forgets them.
 * Columns that later migrations added to earlier tables are dropped too (columnsAddedLater). A
 * main store rolled back before 0007 goes with an unsigned key file (test/support/attacker.ts
 * unsignKeyFile) and a session without its signed authority.
 */
/** Columns later migrations added to earlier tables, by an object each of those migrations creates. */
const columnsAddedLater: { marker: string; columns: [table: string, column: string][] }[] = [
  // 0007: the key anchor and seal signatures.
  { marker: 'signing_keys', columns: [['vault_info', 'key_anchor'], ['vault_info', 'key_ledger_verified'], ['meetings', 'seal_signature']] },
  // 0008: materials and attachments as files.
  { marker: 'topic_materials_file', columns: [['topic_materials', 'file_id'], ['topic_materials', 'file_key'], ['task_attachments', 'file_id'], ['task_attachments', 'file_key']] },
  // personnel 0002: signed book-entry seals.
  { marker: 'entry_signing_start', columns: [['book_entries', 'seal_signature'], ['book_entries', 'sealed_by']] },
  // 0012: an agenda item's planned time (议程).
  { marker: 'secret_copies', columns: [['agenda_items', 'planned_time']] },
  // 0013: the member presenting a 常委向常委会报告分管工作 item.
  { marker: 'topics_reporting_member', columns: [['topics', 'reporting_member_id']] },
  // 0014: the 纪要's 签发人 and signing date.
  { marker: 'minutes_signer', columns: [['minutes', 'signer_id'], ['minutes', 'signer_name'], ['minutes', 'signed_on']] },
]

export function rollBackTo(sqlite: Database.Database, store: string, lastTag: string): void {
  const reference = new Database(':memory:')
  registerSqlFunctions(reference)
  migrate(drizzle(reference), { migrationsFolder: migrationsUpTo(store, lastTag), migrationsTable: '__drizzle_migrations' })
  const kept = new Set((reference.prepare(`select name from sqlite_master`).all() as { name: string }[]).map((row) => row.name))
  const keptIndexes = reference.prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null`).all() as { name: string; sql: string }[]
  const keptTriggers = reference.prepare(`select name, sql from sqlite_master where type = 'trigger'`).all() as { name: string; sql: string }[]
  const keptMigrations = (reference.prepare('select created_at from __drizzle_migrations').all() as { created_at: number }[]).map((row) => Number(row.created_at))
  reference.close()
  const objects = sqlite.prepare(`select type, name, sql from sqlite_master where name not like 'sqlite_%'`).all() as { type: string; name: string; sql: string | null }[]
  // Virtual tables first (their shadow tables go with them), then the rest.
  const extra = objects.filter((object) => !kept.has(object.name)).sort((a, b) => Number(!/VIRTUAL/iu.test(a.sql ?? '')) - Number(!/VIRTUAL/iu.test(b.sql ?? '')))
  sqlite.pragma('foreign_keys = OFF')
  for (const object of extra) {
    const stillThere = sqlite.prepare('select 1 from sqlite_master where name = ?').get(object.name)
    if (stillThere && (object.type === 'table' || object.type === 'trigger' || object.type === 'index')) sqlite.exec(`drop ${object.type} if exists "${object.name}"`)
  }
  for (const index of keptIndexes) if (!sqlite.prepare('select 1 from sqlite_master where name = ?').get(index.name)) sqlite.exec(index.sql)
  for (const trigger of keptTriggers) {
    const current = sqlite.prepare(`select sql from sqlite_master where type = 'trigger' and name = ?`).get(trigger.name) as { sql: string } | undefined
    if (current?.sql === trigger.sql) continue
    sqlite.exec(`drop trigger if exists "${trigger.name}"`)
    sqlite.exec(trigger.sql)
  }
  // After the triggers are as they were: DROP COLUMN re-reads every trigger of the schema.
  // (A marker of the other store is never kept: its tables are not here, and nothing is dropped.)
  for (const { marker, columns } of columnsAddedLater) {
    if (kept.has(marker)) continue
    for (const [table, column] of columns) {
      const present = sqlite.pragma(`table_info(${table})`) as { name: string }[]
      if (present.some((candidate) => candidate.name === column)) sqlite.exec(`alter table ${table} drop column ${column}`)
    }
  }
  sqlite.pragma('foreign_keys = ON')
  sqlite.prepare(`delete from __drizzle_migrations where created_at > ?`).run(Math.max(...keptMigrations))
}
