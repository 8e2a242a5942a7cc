import { randomUUID } from 'node:crypto'
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import { AppError } from '../../../shared/errors'
import { discardSealedFiles, sealNewFile, type SealedFile } from '../vault-files/vault-files'

/** Files are sealed and read in 1 MiB chunks, so the limit is about what a meeting needs, not memory. */
export const maxMaterialBytes = 200 * 1024 * 1024

const mediaTypes: Record<string, string> = {
  pdf: 'application/pdf',
  ofd: 'application/ofd',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  wps: 'application/vnd.ms-works',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  et: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  dps: 'application/vnd.ms-powerpoint',
  txt: 'text/plain',
  rtf: 'application/rtf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  zip: 'application/zip',
}

/** What the open dialog offers: the usual office formats first, anything else on request. */
export const materialFilters = [
  { name: '汇报材料（文档、表格、演示文稿、PDF、图片）', extensions: Object.keys(mediaTypes) },
  { name: '所有文件', extensions: ['*'] },
]

export function mediaTypeOf(fileName: string): string {
  return mediaTypes[extname(fileName).slice(1).toLowerCase()] ?? 'application/octet-stream'
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)

const unreadable = (fileName: string, error: unknown) => {
  const reason = error instanceof Error && 'code' in error ? `（${String(error.code)}）` : ''
  return new AppError('MATERIAL_INVALID', `材料“${fileName}”无法读取${reason}：请确认文件存在且未被其他程序占用。未保存任何材料。`)
}

/** Refuses what is not a readable file or is over the limit, naming it, before anything is written. */
function checkPickedFile(path: string): void {
  const fileName = basename(path)
  let stats
  try {
    stats = statSync(path)
  } catch (error) {
    throw unreadable(fileName, error)
  }
  if (!stats.isFile()) throw new AppError('MATERIAL_INVALID', `“${fileName}”不是文件，无法作为材料保存。未保存任何材料。`)
  if (stats.size > maxMaterialBytes) throw new AppError('MATERIAL_INVALID', `材料“${fileName}”有 ${megabytes(stats.size)} MB，超过 ${maxMaterialBytes / 1024 / 1024} MB 的上限。请压缩或拆分后再添加。未保存任何材料。`)
}

export interface PickedMaterial extends SealedFile {
  fileName: string
  mediaType: string
}

/**
 * Seals every picked file into the vault's files folder, streaming (bounded memory), or none:
 * when one fails, those already sealed are removed and MATERIAL_INVALID names the file. The
 * caller inserts the rows; if that fails it discards the files (discardSealedFiles).
 */
export function sealPickedFiles(vaultDir: string, paths: readonly string[]): PickedMaterial[] {
  for (const path of paths) checkPickedFile(path)
  const sealed: PickedMaterial[] = []
  try {
    for (const path of paths) {
      const fileName = basename(path)
      let file: SealedFile
      try {
        file = sealNewFile(vaultDir, { path })
      } catch (error) {
        throw unreadable(fileName, error)
      }
      sealed.push({ ...file, fileName, mediaType: mediaTypeOf(fileName) })
      // The file may have grown between the check and the read.
      if (file.size > maxMaterialBytes) throw new AppError('MATERIAL_INVALID', `材料“${fileName}”超过 ${maxMaterialBytes / 1024 / 1024} MB 的上限。未保存任何材料。`)
    }
    return sealed
  } catch (error) {
    discardSealedFiles(sealed)
    throw error
  }
}

/**
 * Writes an exported material where the user chose, chunk by chunk as it is decrypted: first
 * to a hidden name in the same folder, fsynced, then renamed, so a half-written file never
 * carries the real name. A chunk that fails authentication (FILE_DAMAGED) leaves nothing behind.
 */
export function writeExportedFile(path: string, chunks: Iterable<Buffer>): void {
  const partial = join(dirname(path), `.${basename(path)}.${randomUUID()}.partial`)
  let fd: number | null = null
  try {
    fd = openSync(partial, 'wx', 0o600)
    for (const chunk of chunks) for (let done = 0; done < chunk.length; ) done += writeSync(fd, chunk, done, chunk.length - done)
    fsyncSync(fd)
    closeSync(fd)
    fd = null
    renameSync(partial, path)
  } catch (error) {
    if (fd !== null) closeSync(fd)
    rmSync(partial, { force: true })
    if (error instanceof AppError) throw error
    const reason = error instanceof Error && 'code' in error ? `（${String(error.code)}）` : ''
    throw new AppError('MATERIAL_INVALID', `无法写入所选位置 ${path}${reason}：请确认文件夹存在且可写、空间足够，或换一个位置。`)
  }
}
