import { hkdfSync, randomBytes } from 'node:crypto'
import { boxSchema, dataKeyBytes, decryptBox, encryptBox, wipe } from '../vault/crypto'

/*
 * Each file has its own random key, kept in its row wrapped (AES-256-GCM) under a key
 * derived from the store's data key. The wrapping binds the row, the file id, the size and
 * the plaintext's SHA-256 as associated data: a row pointed at another file, or a size or
 * digest changed with a SQLCipher tool, no longer unwraps — the file is reported damaged.
 * Rotating the data key re-wraps these keys; the files themselves are never re-encrypted.
 */

export type VaultFileKind = 'material' | 'attachment'

/** What a wrapped file key is bound to. */
export interface FileBinding {
  kind: VaultFileKind
  rowId: string
  fileId: string
  size: number
  sha256: string
}

export function newFileKey(): Buffer {
  return randomBytes(dataKeyBytes)
}

function wrappingKey(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'yishi/file-key-wrap/v1', 32))
}

const bindingText = (binding: FileBinding) => `yishi/file-key|${binding.kind}|${binding.rowId}|${binding.fileId}|${binding.size}|${binding.sha256}`

export function wrapFileKey(dataKey: Buffer, fileKey: Buffer, binding: FileBinding): string {
  const key = wrappingKey(dataKey)
  try {
    return JSON.stringify(encryptBox(key, fileKey, bindingText(binding)))
  } finally {
    wipe(key)
  }
}

/** Null when the wrapped key is malformed, altered, bound to something else, or wrapped under another data key. */
export function unwrapFileKey(dataKey: Buffer, wrapped: string, binding: FileBinding): Buffer | null {
  let box
  try {
    box = boxSchema.parse(JSON.parse(wrapped))
  } catch {
    return null
  }
  const key = wrappingKey(dataKey)
  try {
    const fileKey = decryptBox(key, box, bindingText(binding))
    return fileKey?.length === dataKeyBytes ? fileKey : null
  } finally {
    wipe(key)
  }
}
