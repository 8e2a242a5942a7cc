import { createHash, randomUUID } from 'node:crypto'
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import { AppError } from '../../../shared/errors'

/** Materials larger than this stay outside: the store is copied whole at every backup. */
export const maxMaterialBytes = 50 * 1024 * 1024

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

export interface ReadMaterial {
  fileName: string
  mediaType: string
  size: number
  sha256: string
  content: Buffer
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)

/** Reads one picked file; MATERIAL_INVALID naming the file when it is too large or unreadable. */
export function readMaterialFile(path: string): ReadMaterial {
  const fileName = basename(path)
  let content: Buffer
  try {
    const stats = statSync(path)
    if (!stats.isFile()) throw new AppError('MATERIAL_INVALID', `“${fileName}”不是文件，无法作为材料保存。未保存任何材料。`)
    if (stats.size > maxMaterialBytes) throw new AppError('MATERIAL_INVALID', `材料“${fileName}”有 ${megabytes(stats.size)} MB，超过 50 MB 的上限。请压缩或拆分后再添加。未保存任何材料。`)
    content = readFileSync(path)
  } catch (error) {
    if (error instanceof AppError) throw error
    const reason = error instanceof Error && 'code' in error ? `（${String(error.code)}）` : ''
    throw new AppError('MATERIAL_INVALID', `材料“${fileName}”无法读取${reason}：请确认文件存在且未被其他程序占用。未保存任何材料。`)
  }
  // The size may have changed between stat and read.
  if (content.length > maxMaterialBytes) throw new AppError('MATERIAL_INVALID', `材料“${fileName}”超过 50 MB 的上限。未保存任何材料。`)
  return { fileName, mediaType: mediaTypeOf(fileName), size: content.length, sha256: createHash('sha256').update(content).digest('hex'), content }
}

/**
 * Writes an exported material where the user chose: first to a hidden name in the same
 * folder, then renamed, so a half-written file never carries the real name.
 */
export function writeExportedFile(path: string, content: Buffer): void {
  const partial = join(dirname(path), `.${basename(path)}.${randomUUID()}.partial`)
  try {
    writeFileSync(partial, content, { flag: 'wx' })
    renameSync(partial, path)
  } catch (error) {
    rmSync(partial, { force: true })
    const reason = error instanceof Error && 'code' in error ? `（${String(error.code)}）` : ''
    throw new AppError('MATERIAL_INVALID', `无法写入所选位置 ${path}${reason}：请确认文件夹存在且可写、空间足够，或换一个位置。`)
  }
}
