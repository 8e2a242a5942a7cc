import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { z } from 'zod'
import { AppError } from '../../../shared/errors'
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
  sealedKeys: z.strictObject({ main: sealedKeySchema, personnel: sealedKeySchema.optional() }),
  /**
   * Only while a key rotation is under way (or was cut short by a crash): the store's next
   * data key, sealed like the current one. Unlock tries it when the current key no longer
   * opens the store, then settles the file (see keys/pending-keys.ts).
   */
  pendingKeys: z.strictObject({ main: sealedKeySchema.optional(), personnel: sealedKeySchema.optional() }).optional(),
})
export type KeyFileUser = z.infer<typeof keyFileUserSchema>

export const keyFileFormat = 1

const keyFileSchema = z.strictObject({
  format: z.literal(keyFileFormat),
  vaultId: z.string(),
  users: z.array(keyFileUserSchema),
  /** Matches vault_info.key_file_version once the change that wrote it committed (absent: 0). */
  version: z.number().int().nonnegative().optional(),
  /**
   * The users as they were before the latest change (version − 1), kept until unlock sees
   * whether that change's database transaction committed (see vault/settle-key-file.ts).
   */
  previous: z.array(keyFileUserSchema).optional(),
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
