// One file of an import, as the worker (read-worker.ts) or, without one, the calling thread
// reads it: the bytes from disk or from the dropped file's base64, the .pic beside an old
// .lrm, the form, and a hash of what was read so the import can tell a file changed since
// its preview. Nothing here touches a store, so it runs on any thread.
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import type { LrmxResult } from '../../../../shared/personnel/lrmx-types'
import { photoDataUrl } from './photo'
import { readLrmx } from './read'

/** A picked file by its path, or a dropped one by its name and bytes (the sandboxed window has no paths). */
export type FileSource = { kind: 'path'; path: string } | { kind: 'base64'; fileName: string; base64: string }

export interface ImportFileJob {
  source: FileSource
  /** The .pic chosen with an old .lrm of the same name; undefined when none was. */
  picture?: FileSource
}

export interface FileRead {
  result: LrmxResult
  /** Of the file and its .pic, or null when the file could not be read at all. */
  sha256: string | null
  /** For a preview: the photo as the window shows it, made where the file was read (not on the dispatcher's thread). */
  photoDataUrl?: string | null
}

export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024

export const sourceName = (source: FileSource) => (source.kind === 'path' ? basename(source.path) : source.fileName)

type Bytes = { ok: true; bytes: Buffer } | { ok: false; reason: string }

function bytesOf(source: FileSource): Bytes {
  const tooLarge: Bytes = { ok: false, reason: '文件超过 5 MB，不是任免审批表' }
  if (source.kind === 'base64') {
    // base64 takes 4 characters for 3 bytes.
    if (source.base64.length > Math.ceil((MAX_IMPORT_FILE_BYTES * 4) / 3) + 4) return tooLarge
    // Buffer.from would skip what is not base64 and read the rest as if nothing were wrong.
    if (!/^[A-Za-z0-9+/]*={0,2}$/u.test(source.base64)) return { ok: false, reason: '文件内容的编码不正确（不是 base64），未读取' }
    return { ok: true, bytes: Buffer.from(source.base64, 'base64') }
  }
  try {
    if (statSync(source.path).size > MAX_IMPORT_FILE_BYTES) return tooLarge
    return { ok: true, bytes: readFileSync(source.path) }
  } catch {
    return { ok: false, reason: '无法读取该文件（可能已被移走或没有读取权限）' }
  }
}

/** A preview needs only the photo's data URL; an import needs its bytes. */
export type ReadPurpose = 'preview' | 'import'

export function readImportFile(job: ImportFileJob, purpose: ReadPurpose): FileRead {
  const fileName = sourceName(job.source)
  if (/\.pic$/iu.test(fileName)) {
    return { result: { ok: false, fileName, reason: '这是旧版任免审批表的照片文件（.pic），请与同名的 .lrm 文件一起选择或拖入' }, sha256: null }
  }
  const main = bytesOf(job.source)
  if (!main.ok) return { result: { ok: false, fileName, reason: main.reason }, sha256: null }
  const hash = createHash('sha256').update(main.bytes)
  let picture: Uint8Array | null | undefined
  if (job.picture) {
    const read = bytesOf(job.picture)
    picture = read.ok ? read.bytes : null
    if (read.ok) hash.update(read.bytes)
  }
  const result = readLrmx(main.bytes, fileName, picture)
  const sha256 = hash.digest('hex')
  if (purpose === 'import' || !result.ok) return { result, sha256 }
  return { result, sha256, photoDataUrl: photoDataUrl(result.person.photo) }
}
