import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

// Exports are written beside the target under a hidden temporary name and renamed into
// place, so a failed write never leaves half a file under the name the user chose.

export async function writeThenRename(path: string, write: (tempPath: string) => Promise<void> | void): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`)
  try {
    await write(temp)
    renameSync(temp, path)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

export function writeBytesThenRename(path: string, bytes: Uint8Array): Promise<void> {
  return writeThenRename(path, (temp) => writeFileSync(temp, bytes, { mode: 0o600 }))
}

/** Writes decrypted chunks one at a time (a large attachment never sits in memory whole), then fsyncs. */
export function writeChunks(path: string, chunks: Iterable<Uint8Array>): void {
  const fd = openSync(path, 'wx', 0o600)
  try {
    for (const chunk of chunks) for (let done = 0; done < chunk.length; ) done += writeSync(fd, chunk, done, chunk.length - done)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
