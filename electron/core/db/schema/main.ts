import { sql } from 'drizzle-orm'
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

// The main store: everything but the personnel book. Times are ISO-8601 UTC strings.
// The roster and the meetings have files of their own, re-exported here for drizzle-kit.
export * from './roster'
export * from './meetings'
export * from './documents'
export * from './follow-up'
export * from './meeting-papers'

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  /** JSON array of roles, e.g. ["admin","recorder"]. */
  roles: text('roles', { mode: 'json' }).$type<string[]>().notNull(),
  personnelGrant: integer('personnel_grant', { mode: 'boolean' }).notNull().default(false),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull(),
  createdBy: text('created_by'),
  updatedAt: text('updated_at').notNull(),
  updatedBy: text('updated_by'),
})

/** Office-wide settings, one JSON value per key. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: text('updated_by'),
})

/**
 * Append-only audit log. Each row carries the hash of the previous row, so an edited or
 * removed row breaks the chain; triggers in the migration refuse UPDATE and DELETE.
 */
export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey(),
  at: text('at').notNull(),
  userId: text('user_id'),
  userName: text('user_name').notNull(),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id'),
  summary: text('summary').notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
})

/** The chain's head (count and last hash), written with every entry, so a removed tail is seen. */
export const auditHead = sqliteTable('audit_head', {
  id: integer('id').primaryKey(),
  count: integer('count').notNull(),
  lastHash: text('last_hash').notNull(),
})

export const vaultInfo = sqliteTable('vault_info', {
  id: integer('id').primaryKey(),
  vaultId: text('vault_id').notNull(),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  /**
   * Bumped, in the same transaction, by every change that writes the key file, which carries
   * the same number: unlock compares the two to tell a committed change from a rolled-back one.
   */
  keyFileVersion: integer('key_file_version').notNull().default(0),
  /**
   * The hash of the key file's first signed record (vault/ledger.ts), fixed when the vault is
   * created or its key file first signed: the key file is verified from it at every unlock.
   */
  keyAnchor: text('key_anchor'),
  /** `count:hash` of the signed records an unlock already verified (their signatures are not checked again). */
  keyLedgerVerified: text('key_ledger_verified'),
})

/**
 * Display copy of the signing public keys of the verified key file (vault/ledger.ts), rewritten
 * from it at unlock, so seals and audit checkpoints can be checked by any read.
 */
export const signingKeys = sqliteTable('signing_keys', {
  publicKey: text('public_key').primaryKey(),
  userId: text('user_id').notNull(),
})

/** The audit chain's head as signed by the acting user at each lock (audit/audit-checkpoints.ts). */
export const auditCheckpoints = sqliteTable('audit_checkpoints', {
  count: integer('count').primaryKey(),
  hash: text('hash').notNull(),
  userId: text('user_id').notNull(),
  at: text('at').notNull(),
  publicKey: text('public_key').notNull(),
  signature: text('signature').notNull(),
})
