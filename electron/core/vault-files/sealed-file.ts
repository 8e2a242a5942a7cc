import { createCipheriv, createDecipheriv, createHash } from 'node:crypto'
import { closeSync, fstatSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs'

/*
 * One encrypted file (a material, a 督办 attachment) beside the stores. Format v1:
 *
 *   header (32 bytes): "YSFILE01" | chunk size (uint32 BE) | 4 zero bytes | file id (16 bytes)
 *   then for each chunk i: AES-256-GCM(ciphertext) | tag (16 bytes)
 *
 * Every chunk is sealed with the file's own random key, the header as associated data and
 * a nonce made of the chunk's index and a final-chunk flag (the STREAM construction), so a
 * chunk moved, dropped, duplicated or cut off the end fails authentication. A file holds at
 * least one chunk (an empty file is one empty final chunk). Reading and writing go one chunk
 * at a time, so a 100 MB file never sits in memory whole.
 */

export const chunkBytes = 1 << 20
export const headerBytes = 32
const tagBytes = 16
const magic = Buffer.from('YSFILE01', 'latin1')

export function fileHeader(fileId: Buffer, chunkSize = chunkBytes): Buffer {
  const header = Buffer.alloc(headerBytes)
  magic.copy(header, 0)
  header.writeUInt32BE(chunkSize, 8)
  fileId.copy(header, 16)
  return header
}

function nonce(index: number, final: boolean): Buffer {
  const bytes = Buffer.alloc(12)
  bytes[0] = final ? 1 : 0
  bytes.writeBigUInt64BE(BigInt(index), 4)
  return bytes
}

export function chunkCount(plainSize: number, chunkSize = chunkBytes): number {
  return Math.max(1, Math.ceil(plainSize / chunkSize))
}

/** The size on disk of a sealed file holding `plainSize` bytes. */
export function sealedSize(plainSize: number, chunkSize = chunkBytes): number {
  return headerBytes + plainSize + chunkCount(plainSize, chunkSize) * tagBytes
}

export function sealChunk(key: Buffer, header: Buffer, index: number, final: boolean, plain: Buffer): Buffer {
  const cipher = createCipheriv('aes-256-gcm', key, nonce(index, final))
  cipher.setAAD(header)
  return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()])
}

/** Null when the chunk does not authenticate at this place (altered, moved, or not the last). */
export function openChunk(key: Buffer, header: Buffer, index: number, final: boolean, sealed: Buffer): Buffer | null {
  if (sealed.length < tagBytes) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce(index, final))
    decipher.setAAD(header)
    decipher.setAuthTag(sealed.subarray(sealed.length - tagBytes))
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - tagBytes)), decipher.final()])
  } catch {
    return null
  }
}

function readFully(fd: number, buffer: Buffer, position: number): number {
  let done = 0
  while (done < buffer.length) {
    const read = readSync(fd, buffer, done, buffer.length - done, position + done)
    if (read === 0) break
    done += read
  }
  return done
}

function writeFully(fd: number, buffer: Buffer): void {
  for (let done = 0; done < buffer.length; ) done += writeSync(fd, buffer, done, buffer.length - done)
}

export interface SealedOutcome {
  /** Plaintext size and SHA-256 (what the row records). */
  size: number
  sha256: string
}

/**
 * Encrypts plaintext read chunk by chunk from `read` (returns up to `chunkBytes` bytes,
 * fewer only at the end) into the open file `fd`, then fsyncs it. `read` sees one chunk
 * buffer at a time: memory stays bounded whatever the size.
 */
export function sealInto(fd: number, key: Buffer, fileId: Buffer, read: (buffer: Buffer) => number, durable = true): SealedOutcome {
  const header = fileHeader(fileId)
  writeFully(fd, header)
  const hash = createHash('sha256')
  let size = 0
  let current = Buffer.alloc(chunkBytes)
  let currentLength = read(current)
  let next = Buffer.alloc(chunkBytes)
  for (let index = 0; ; index += 1) {
    // One chunk of look-ahead tells whether this chunk is the last.
    const nextLength = currentLength === chunkBytes ? read(next) : 0
    const final = nextLength === 0
    const plain = current.subarray(0, currentLength)
    hash.update(plain)
    size += currentLength
    writeFully(fd, sealChunk(key, header, index, final, plain))
    if (final) break
    ;[current, next] = [next, current]
    currentLength = nextLength
  }
  if (durable) fsyncSync(fd)
  return { size, sha256: hash.digest('hex') }
}

/** Reads from a file descriptor into a chunk buffer (full unless at the end). */
export function readerOf(fd: number): (buffer: Buffer) => number {
  return (buffer) => {
    let done = 0
    while (done < buffer.length) {
      const read = readSync(fd, buffer, done, buffer.length - done, null)
      if (read === 0) break
      done += read
    }
    return done
  }
}

/** A reader over bytes already in memory (the blob move, tests). */
export function bufferReader(bytes: Buffer): (buffer: Buffer) => number {
  let offset = 0
  return (buffer) => {
    const copied = bytes.copy(buffer, 0, offset, Math.min(bytes.length, offset + buffer.length))
    offset += copied
    return copied
  }
}

export type SealedProblem = 'missing' | 'size' | 'header' | 'chunk'

export class SealedFileError extends Error {
  constructor(readonly problem: SealedProblem) {
    super(`sealed file ${problem}`)
  }
}

function openForReading(path: string, fileId: Buffer, plainSize: number): { fd: number; header: Buffer } {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    throw new SealedFileError('missing')
  }
  try {
    if (fstatSync(fd).size !== sealedSize(plainSize)) throw new SealedFileError('size')
    const header = Buffer.alloc(headerBytes)
    if (readFully(fd, header, 0) !== headerBytes || !header.equals(fileHeader(fileId))) throw new SealedFileError('header')
    return { fd, header }
  } catch (error) {
    closeSync(fd)
    throw error
  }
}

/**
 * The plaintext, one authenticated chunk at a time. Throws SealedFileError when the file is
 * missing, has the wrong size, or any chunk fails (nothing unauthenticated is ever yielded).
 */
export function* openSealedChunks(path: string, key: Buffer, fileId: Buffer, plainSize: number): Generator<Buffer> {
  const { fd, header } = openForReading(path, fileId, plainSize)
  try {
    const count = chunkCount(plainSize)
    const sealed = Buffer.alloc(chunkBytes + tagBytes)
    for (let index = 0; index < count; index += 1) {
      const plainLength = index === count - 1 ? plainSize - index * chunkBytes : chunkBytes
      const length = plainLength + tagBytes
      const position = headerBytes + index * (chunkBytes + tagBytes)
      if (readFully(fd, sealed.subarray(0, length), position) !== length) throw new SealedFileError('chunk')
      const plain = openChunk(key, header, index, index === count - 1, sealed.subarray(0, length))
      if (!plain) throw new SealedFileError('chunk')
      yield plain
    }
  } finally {
    closeSync(fd)
  }
}

/** The quick check of a backup copy: the size, the header, and the last chunk authenticates as the last. */
export function checkSealedTail(path: string, key: Buffer, fileId: Buffer, plainSize: number): void {
  const { fd, header } = openForReading(path, fileId, plainSize)
  try {
    const count = chunkCount(plainSize)
    const index = count - 1
    const length = plainSize - index * chunkBytes + tagBytes
    const sealed = Buffer.alloc(length)
    if (readFully(fd, sealed, headerBytes + index * (chunkBytes + tagBytes)) !== length) throw new SealedFileError('chunk')
    if (!openChunk(key, header, index, true, sealed)) throw new SealedFileError('chunk')
  } finally {
    closeSync(fd)
  }
}

/** The full check: every chunk authenticates and the plaintext has the recorded SHA-256. */
export function checkSealedWhole(path: string, key: Buffer, fileId: Buffer, plainSize: number, sha256: string): void {
  const hash = createHash('sha256')
  for (const chunk of openSealedChunks(path, key, fileId, plainSize)) hash.update(chunk)
  if (hash.digest('hex') !== sha256) throw new SealedFileError('chunk')
}
