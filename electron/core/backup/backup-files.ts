import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import { copyFile, link, mkdir, open } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError, type ErrorCode } from '../../../shared/errors'
import { fsyncDirectory, fsyncFile } from '../vault/keyfile'
import type { SqliteDatabase } from '../vault/store'
import { unwrapFileKey, type VaultFileKind } from '../vault-files/file-keys'
import { checkSealedTail, openSealedChunks, sealedSize } from '../vault-files/sealed-file'
import { filesDirOf, fileTables, filesFolderName, isFileId } from '../vault-files/vault-files'

/*
 * The encrypted files of a backup. They never change once written, so a backup copies only
 * the files the newest earlier backup in the same folder does not hold, and hard-links the
 * rest from it: every backup folder stays complete and restorable alone, while a lock with
 * nothing new copies nothing but the stores. A new copy is checked by its size and by
 * authenticating its last chunk as the last (a cut-off or altered tail fails); a linked one
 * is the same inode that was checked when it was first copied (its size is checked again).
 * 完整校验 and restore authenticate every chunk.
 */

/** One referenced file as its row describes it. */
export interface FileEntry {
  kind: VaultFileKind
  rowId: string
  fileId: string
  fileKey: string
  size: number
  sha256: string
  /** Its size on disk. */
  bytes: number
}

/** The files the store's rows point at (metadata only: the blobs are empty once moved). */
export function referencedFiles(sqlite: SqliteDatabase): FileEntry[] {
  const entries: FileEntry[] = []
  for (const kind of Object.keys(fileTables) as VaultFileKind[]) {
    const rows = sqlite
      .prepare(`select id as rowId, file_id as fileId, file_key as fileKey, size, sha256 from ${fileTables[kind]} where file_id is not null`)
      .all() as Omit<FileEntry, 'kind' | 'bytes'>[]
    for (const row of rows) if (isFileId(row.fileId)) entries.push({ ...row, kind, bytes: sealedSize(row.size) })
  }
  return entries
}

function unwrapped(dataKey: Buffer, entry: FileEntry, failure: ErrorCode): Buffer {
  const key = unwrapFileKey(dataKey, entry.fileKey, { kind: entry.kind, rowId: entry.rowId, fileId: entry.fileId, size: entry.size, sha256: entry.sha256 })
  if (!key) throw new AppError(failure, undefined, { file: `${filesFolderName}/${entry.fileId}` })
  return key
}

/** Size plus the last chunk authenticated as the last: the quick check of a fresh copy. */
export function checkFileTail(path: string, dataKey: Buffer, entry: FileEntry, failure: ErrorCode): void {
  const key = unwrapped(dataKey, entry, failure)
  try {
    checkSealedTail(path, key, Buffer.from(entry.fileId, 'hex'), entry.size)
  } catch {
    throw new AppError(failure, undefined, { file: `${filesFolderName}/${entry.fileId}` })
  } finally {
    key.fill(0)
  }
}

/** Every chunk authenticated (restore, 完整校验). */
export function checkFileWhole(path: string, dataKey: Buffer, entry: FileEntry, failure: ErrorCode): void {
  const key = unwrapped(dataKey, entry, failure)
  try {
    for (const chunk of openSealedChunks(path, key, Buffer.from(entry.fileId, 'hex'), entry.size)) void chunk
  } catch {
    throw new AppError(failure, undefined, { file: `${filesFolderName}/${entry.fileId}` })
  } finally {
    key.fill(0)
  }
}

/** Where to link unchanged files from: the files folder of the newest complete earlier backup here. */
export function linkSourceIn(previousBackupDir: string | null): Map<string, string> {
  const sources = new Map<string, string>()
  if (!previousBackupDir) return sources
  const dir = join(previousBackupDir, filesFolderName)
  try {
    for (const name of readdirSync(dir)) if (isFileId(name)) sources.set(name, join(dir, name))
  } catch {
    // An earlier backup without files: everything is copied.
  }
  return sources
}

export interface FilesCopied {
  /** fileId → size on disk, for the manifest. */
  files: Record<string, number>
  copied: number
  linked: number
  copiedBytes: number
}

function sameSize(path: string, bytes: number): boolean {
  try {
    return statSync(path).size === bytes
  } catch {
    return false
  }
}

/**
 * After a file was linked or copied (and synced) into the backup: a copy's last chunk is
 * authenticated, a link's size checked; then counted.
 */
function recordFile(result: FilesCopied, destination: string, entry: FileEntry, dataKey: Buffer, linked: boolean): void {
  if (linked) {
    if (!sameSize(destination, entry.bytes)) throw new AppError('BACKUP_VERIFY_FAILED', undefined, { file: `${filesFolderName}/${entry.fileId}` })
    result.linked += 1
  } else {
    checkFileTail(destination, dataKey, entry, 'BACKUP_VERIFY_FAILED')
    result.copied += 1
    result.copiedBytes += entry.bytes
  }
}

const missingFile = (entry: FileEntry) =>
  new AppError('BACKUP_FAILED', '有材料文件缺失或无法读取，无法备份。请在 设置 → 备份与恢复 中从最近的备份恢复。', { file: `${filesFolderName}/${entry.fileId}` })

/** With the manifest's list of the files placed, in the rows' order (whatever order the copies finished in). */
function inRowOrder(result: FilesCopied, entries: readonly FileEntry[]): FilesCopied {
  return { ...result, files: Object.fromEntries(entries.map((entry) => [entry.fileId, entry.bytes])) }
}

/**
 * Synchronous, for lock and quit: links what the previous backup holds, copies (and fsyncs,
 * and checks) what it does not. The caller fsyncs the folder and writes the manifest after.
 */
export function copyFilesSync(vaultDir: string, stagingDir: string, entries: readonly FileEntry[], dataKey: Buffer, previous: Map<string, string>): FilesCopied {
  const target = join(stagingDir, filesFolderName)
  const result: FilesCopied = { files: {}, copied: 0, linked: 0, copiedBytes: 0 }
  if (entries.length === 0) return result
  mkdirSync(target, { mode: 0o700 })
  for (const entry of entries) {
    const destination = join(target, entry.fileId)
    const earlier = previous.get(entry.fileId)
    let linked = false
    if (earlier && sameSize(earlier, entry.bytes)) {
      try {
        linkSync(earlier, destination)
        linked = true
      } catch {
        // A drive without hard links (FAT, exFAT): copied instead.
      }
    }
    if (!linked) {
      const source = join(filesDirOf(vaultDir), entry.fileId)
      if (!existsSync(source)) throw missingFile(entry)
      copyFileSync(source, destination)
      fsyncFile(destination)
    }
    recordFile(result, destination, entry, dataKey, linked)
  }
  fsyncDirectory(target)
  return inRowOrder(result, entries)
}

/**
 * Files copied at once in the background: thousands of small materials each wait on their
 * fsync, and several in flight keep libuv's threads busy and let the file system commit their
 * syncs together (15,000 files of a 30-year vault: npm run bench).
 */
const filesInFlight = 8

/** The same, off the main thread's critical path (the daily backup, 备份到…), reporting bytes as they go. */
export async function copyFilesInBackground(
  vaultDir: string,
  stagingDir: string,
  entries: readonly FileEntry[],
  dataKey: Buffer,
  previous: Map<string, string>,
  onProgress: (bytes: number) => void,
): Promise<FilesCopied> {
  const target = join(stagingDir, filesFolderName)
  const result: FilesCopied = { files: {}, copied: 0, linked: 0, copiedBytes: 0 }
  if (entries.length === 0) return result
  await mkdir(target, { mode: 0o700 })
  let done = 0
  let next = 0
  let failure: unknown = null
  const placeOne = async (entry: FileEntry): Promise<void> => {
    const destination = join(target, entry.fileId)
    const earlier = previous.get(entry.fileId)
    const linked = earlier !== undefined && sameSize(earlier, entry.bytes) && (await link(earlier, destination).then(() => true, () => false))
    if (!linked) {
      await copyFile(join(filesDirOf(vaultDir), entry.fileId), destination).catch(() => {
        throw missingFile(entry)
      })
      // Opened for writing, as fsyncFile does (Windows flushes no read-only handle).
      const handle = await open(destination, 'r+')
      try {
        await handle.sync()
      } finally {
        await handle.close()
      }
    }
    recordFile(result, destination, entry, dataKey, linked)
    if (!linked) {
      done += entry.bytes
      onProgress(done)
    }
  }
  // A few lanes take the next file each; the first failure stops them all before the caller
  // removes the folder (no lane writes into it after).
  const lane = async (): Promise<void> => {
    while (failure === null && next < entries.length) {
      const entry = entries[next++]!
      await placeOne(entry).catch((error: unknown) => {
        failure ??= error
      })
    }
  }
  await Promise.all(Array.from({ length: Math.min(filesInFlight, entries.length) }, lane))
  if (failure !== null) throw failure
  fsyncDirectory(target)
  return inRowOrder(result, entries)
}

/** Every file the manifest lists is present with its size (and nothing else is in the folder). */
export function filesMatchSizes(backupDir: string, files: Record<string, number>): boolean {
  const dir = join(backupDir, filesFolderName)
  const ids = Object.keys(files)
  if (ids.length === 0) return true
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return false
  }
  if (names.length !== ids.length) return false
  return ids.every((id) => isFileId(id) && sameSize(join(dir, id), files[id] ?? -1))
}
