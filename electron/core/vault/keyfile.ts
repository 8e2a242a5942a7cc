import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { z } from 'zod'
import { AppError } from '../../../shared/errors'
import { roles } from '../../../shared/auth/roles'
import { boxSchema, kdfSchema, sealedKeySchema } from './crypto'

/**
 * The key file beside the stores: per user, the password KDF parameters, the public key,
 * the password-encrypted private key, and the data keys sealed to that user. Nothing in it
 * is readable without a user's password.
 */
export const storeNames = ['main', 'personnel'] as const
export type StoreName = (typeof storeNames)[number]

const keyFileUserSchema = z.strictObject({
  userId: z.string(),
  tag: z.string(),
  kdf: kdfSchema,
  publicKey: z.string(),
  privateKey: boxSchema,
  /** The Ed25519 signing key pair, its private half wrapped under the password like `privateKey`. */
  signing: z.strictObject({ publicKey: z.string(), privateKey: boxSchema }).optional(),
  sealedKeys: z.strictObject({ main: sealedKeySchema, personnel: sealedKeySchema.optional() }),
  /**
   * Only while a key rotation is under way (or was cut short by a crash): the store's next
   * data key, sealed like the current one. Unlock tries it when the current key no longer
   * opens the store, then settles the file (see keys/pending-keys.ts).
   */
  pendingKeys: z.strictObject({ main: sealedKeySchema.optional(), personnel: sealedKeySchema.optional() }).optional(),
})
export type KeyFileUser = z.infer<typeof keyFileUserSchema>

/** What the key file says a user is, as signed by an administrator (ledger.ts); null: disabled. */
const ledgerStateSchema = z.strictObject({
  tag: z.string(),
  roles: z.array(z.enum(roles)),
  personnel: z.boolean(),
  publicKey: z.string(),
  signingPublicKey: z.string().nullable(),
})
export type LedgerState = z.infer<typeof ledgerStateSchema>

const ledgerRecordSchema = z.strictObject({
  seq: z.number().int().nonnegative(),
  /** The key file version the change wrote (a change a crash rolled back is dropped with it). */
  version: z.number().int().nonnegative(),
  at: z.string(),
  /** The signer's user id. */
  by: z.string(),
  subject: z.string(),
  state: ledgerStateSchema.nullable(),
  /** Hash of the record before (empty for the first): records cannot be dropped or reordered. */
  prev: z.string(),
  sig: z.string(),
})
export type LedgerRecord = z.infer<typeof ledgerRecordSchema>

/** The chain head signed at the last lock (rollback detection, audit/audit-checkpoints.ts). */
export const signedHeadSchema = z.strictObject({ count: z.number().int().nonnegative(), hash: z.string(), userId: z.string(), at: z.string(), sig: z.string() })
export type SignedHead = z.infer<typeof signedHeadSchema>

/** 1: unsigned (before the signed key file); 2: every user change signed in `ledger`. */
export const keyFileFormat = 2 as const
export const unsignedKeyFileFormat = 1 as const

const keyFileSchema = z.strictObject({
  format: z.union([z.literal(unsignedKeyFileFormat), z.literal(keyFileFormat)]),
  vaultId: z.string(),
  users: z.array(keyFileUserSchema),
  /** Matches vault_info.key_file_version once the change that wrote it committed (absent: 0). */
  version: z.number().int().nonnegative().optional(),
  /**
   * The users as they were before the latest change (version − 1), kept until unlock sees
   * whether that change's database transaction committed (see vault/settle-key-file.ts).
   */
  previous: z.array(keyFileUserSchema).optional(),
  /** Every change of who holds which role, grant and keys, each signed by an administrator. */
  ledger: z.array(ledgerRecordSchema).optional(),
  head: signedHeadSchema.optional(),
})
export type KeyFile = z.infer<typeof keyFileSchema>

export function readKeyFile(path: string): KeyFile {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    throw new AppError('VAULT_DAMAGED', undefined, { file: path })
  }
  const parsed = keyFileSchema.safeParse(raw)
  if (!parsed.success) {
    const format = (raw as { format?: unknown } | null)?.format
    if (typeof format === 'number' && format > keyFileFormat) throw new AppError('VAULT_TOO_NEW')
    throw new AppError('VAULT_DAMAGED', undefined, { file: path })
  }
  return parsed.data
}

/** Writes the key file atomically: a crash leaves either the old or the new file, never half. */
export function writeKeyFile(path: string, keyFile: KeyFile): void {
  writeFileDurably(path, `${JSON.stringify(keyFile, null, 2)}\n`)
}

export function writeFileDurably(path: string, content: string): void {
  const temporary = `${path}.${process.pid}.tmp`
  const fd = openSync(temporary, 'w', 0o600)
  try {
    writeSync(fd, content)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(temporary, path)
  fsyncDirectory(dirname(path))
}

/**
 * Flushes a written file to the disk. Opened for writing: Windows flushes only a handle with
 * write access (FlushFileBuffers), where a read-only one fails with EPERM.
 */
export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

export function fsyncDirectory(path: string): void {
  // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
