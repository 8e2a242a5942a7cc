import { randomBytes } from 'node:crypto'
import { closeSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../../shared/errors'
import { fsyncDirectory } from '../vault/keyfile'
import type { SqliteDatabase } from '../vault/store'
import { newFileKey, unwrapFileKey, wrapFileKey, type FileBinding, type VaultFileKind } from './file-keys'
import { bufferReader, openSealedChunks, readerOf, sealInto, SealedFileError } from './sealed-file'

/*
 * Materials and 督办 attachments live as encrypted files in `vault/files/`, named by a random
 * id (no name, no content hash), beside the stores; their rows keep the metadata and the
 * wrapped file key. A file is written under a hidden temporary name, fsynced and renamed
 * before its row is inserted: a crash leaves at most an unreferenced file, which the next
 * unlock removes. Files never change once written, which is what lets backups copy only
 * the new ones.
 */

export const filesFolderName = 'files'

export const fileTables: Record<VaultFileKind, string> = { material: 'topic_materials', attachment: 'task_attachments' }

const fileIdPattern = /^[0-9a-f]{32}$/u

export function filesDirOf(vaultDir: string): string {
  return join(vaultDir, filesFolderName)
}

/** The file of an id; refuses anything but 32 hex digits, so no row can name a path outside. */
export function filePathOf(vaultDir: string, fileId: string): string {
  if (!fileIdPattern.test(fileId)) throw new SealedFileError('header')
  return join(filesDirOf(vaultDir), fileId)
}

export function isFileId(name: string): boolean {
  return fileIdPattern.test(name)
}

/** The store a vault file belongs to: its folder, its open connection and its data key. */
export interface FileStore {
  vaultDir: string
  sqlite: SqliteDatabase
  dataKey: Buffer
}

/** A file sealed into the vault whose row is not written yet. */
export interface SealedFile {
  fileId: string
  fileKey: Buffer
  size: number
  sha256: string
  path: string
}

type Source = { path: string } | { bytes: Buffer }

/**
 * Seals one file into `vault/files/` (temporary name, fsync, rename, fsync of the folder).
 * `durable: false` skips the fsyncs, for a bulk writer (the benchmark) that syncs once at the end.
 */
export function sealNewFile(vaultDir: string, source: Source, durable = true): SealedFile {
  const dir = filesDirOf(vaultDir)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const fileId = randomBytes(16).toString('hex')
  const fileKey = newFileKey()
  const path = join(dir, fileId)
  const temp = join(dir, `.${fileId}.partial`)
  const sourceFd = 'path' in source ? openSync(source.path, 'r') : null
  let fd: number | null = null
  try {
    fd = openSync(temp, 'wx', 0o600)
    const read = sourceFd === null ? bufferReader((source as { bytes: Buffer }).bytes) : readerOf(sourceFd)
    const outcome = sealInto(fd, fileKey, Buffer.from(fileId, 'hex'), read, durable)
    closeSync(fd)
    fd = null
    renameSync(temp, path)
    if (durable) fsyncDirectory(dir)
    return { fileId, fileKey, ...outcome, path }
  } catch (error) {
    if (fd !== null) closeSync(fd)
    rmSync(temp, { force: true })
    fileKey.fill(0)
    throw error
  } finally {
    if (sourceFd !== null) closeSync(sourceFd)
  }
}

/** Removes files sealed for rows that were never written (a later file or the transaction failed). */
export function discardSealedFiles(files: readonly SealedFile[]): void {
  for (const file of files) {
    file.fileKey.fill(0)
    rmSync(file.path, { force: true })
  }
}

/** The columns a new row stores for its sealed file; the content blob stays empty. */
export function fileColumnsFor(dataKey: Buffer, kind: VaultFileKind, rowId: string, file: SealedFile) {
  const binding: FileBinding = { kind, rowId, fileId: file.fileId, size: file.size, sha256: file.sha256 }
  return { size: file.size, sha256: file.sha256, fileId: file.fileId, fileKey: wrapFileKey(dataKey, file.fileKey, binding), content: Buffer.alloc(0) }
}

interface FileRow {
  id: string
  fileName: string
  size: number
  sha256: string
  fileId: string | null
  fileKey: string | null
}

export function fileRowOf(sqlite: SqliteDatabase, kind: VaultFileKind, rowId: string): FileRow {
  const row = sqlite
    .prepare(`select id, file_name as fileName, size, sha256, file_id as fileId, file_key as fileKey from ${fileTables[kind]} where id = ?`)
    .get(rowId) as FileRow | undefined
  if (!row) throw new AppError('NOT_FOUND', kind === 'material' ? '找不到该材料（可能已被删除），请刷新后重试。' : '找不到该附件，请刷新后重试。')
  return row
}

const kindLabels: Record<VaultFileKind, string> = { material: '材料', attachment: '附件' }

/** A missing or altered file: reported, never a crash, with the way out (a backup). */
export function damagedFile(kind: VaultFileKind, fileName: string): AppError {
  return new AppError(
    'FILE_DAMAGED',
    `${kindLabels[kind]}“${fileName}”的加密文件缺失或已被改动，无法读取。其他数据不受影响；请在 设置 → 备份与恢复 中从最近的备份恢复，或重新添加该${kindLabels[kind]}。`,
    { kind },
  )
}

/** The unwrapped key of a row's file; FILE_DAMAGED when the row's binding does not hold. */
export function fileKeyOf(store: FileStore, kind: VaultFileKind, row: FileRow & { fileId: string; fileKey: string }): Buffer {
  const key = unwrapFileKey(store.dataKey, row.fileKey, { kind, rowId: row.id, fileId: row.fileId, size: row.size, sha256: row.sha256 })
  if (!key || !isFileId(row.fileId)) throw damagedFile(kind, row.fileName)
  return key
}

/**
 * The decrypted content of one material or attachment, chunk by chunk (at most 1 MiB each),
 * every chunk authenticated before it is yielded. A row not yet moved out of the store (the
 * move runs in the background after an upgrade) is read from its blob. FILE_DAMAGED when the
 * file is missing, cut short or altered.
 */
export function* vaultFileChunks(store: FileStore, kind: VaultFileKind, rowId: string): Generator<Buffer> {
  const row = fileRowOf(store.sqlite, kind, rowId)
  if (row.fileId === null || row.fileKey === null) {
    const blob = store.sqlite.prepare(`select content from ${fileTables[kind]} where id = ?`).get(rowId) as { content: Buffer } | undefined
    if (!blob || blob.content.length !== row.size) throw damagedFile(kind, row.fileName)
    yield blob.content
    return
  }
  const key = fileKeyOf(store, kind, { ...row, fileId: row.fileId, fileKey: row.fileKey })
  try {
    yield* openSealedChunks(filePathOf(store.vaultDir, row.fileId), key, Buffer.from(row.fileId, 'hex'), row.size)
  } catch (error) {
    if (error instanceof SealedFileError) throw damagedFile(kind, row.fileName)
    throw error
  } finally {
    key.fill(0)
  }
}

/** The whole decrypted content in memory (for text extraction of one material). */
export function vaultFileBytes(store: FileStore, kind: VaultFileKind, rowId: string): Buffer {
  return Buffer.concat([...vaultFileChunks(store, kind, rowId)])
}

export function mainFileStore(vault: { paths: { dir: string }; mainSqlite: SqliteDatabase; mainKey: Buffer }): FileStore {
  return { vaultDir: vault.paths.dir, sqlite: vault.mainSqlite, dataKey: vault.mainKey }
}

