import { createHash, randomUUID } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { AppError } from '../../../shared/errors'
import type { importLrmxInput, previewLrmxBytesInput } from '../../../shared/ipc/channels/personnel'
import { lrmxRefusalMessage, type LrmxResult } from '../../../shared/personnel/lrmx-types'
import { profileDifferences } from '../../../shared/personnel/profile-diff'
import type { LrmxImportResult, LrmxPreview, LrmxPreviewFile } from '../../../shared/personnel/views'
import type { z } from 'zod'
import type { CoreContext } from '../context'
import type { PersonnelDb } from '../db/migrate'
import type { Session } from '../session'
import { openBook } from './book-access'
import { writeBook } from './book-write'
import { cadreSummary, findCadreByIdNumber, formOf, insertCadre, matterCountOf, photoDataUrl, storedIdNumber, updateCadre } from './cadre-store'
import { readLrmx } from './lrmx'

// Importing approval forms: pick files (or drop them on the page), preview every one
// (refusals with the file's name and the reason, duplicates by ID number with the
// differences), then save the ones the user chose. Between the two calls only the picked
// paths and their hashes are kept, in memory and for this session: picked files are read
// again at import, and a file changed in between is refused. Dropped files have no path
// (the sandboxed window sends their bytes), so their bytes are what is kept.

const maxFileBytes = 5 * 1024 * 1024

type FileSource = { kind: 'path'; path: string } | { kind: 'bytes'; fileName: string; bytes: Uint8Array }

interface PickedFile {
  source: FileSource
  fileName: string
  sha256: string | null
}

const previews = new WeakMap<Session, Map<string, PickedFile[]>>()

const tooLarge = (fileName: string): LrmxResult => ({ ok: false, fileName, reason: '文件超过 5 MB，不是任免审批表' })

function readSource(source: FileSource): { bytes: Uint8Array | null; result: LrmxResult } {
  if (source.kind === 'bytes') {
    if (source.bytes.length > maxFileBytes) return { bytes: null, result: tooLarge(source.fileName) }
    return { bytes: source.bytes, result: readLrmx(source.bytes, source.fileName) }
  }
  const fileName = basename(source.path)
  try {
    if (statSync(source.path).size > maxFileBytes) return { bytes: null, result: tooLarge(fileName) }
    const bytes = readFileSync(source.path)
    return { bytes, result: readLrmx(bytes, fileName) }
  } catch {
    return { bytes: null, result: { ok: false, fileName, reason: '无法读取该文件（可能已被移走或没有读取权限）' } }
  }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** Reads every file once, for the preview, and keeps what importLrmx needs under a new token. */
function previewSources(session: Session, db: PersonnelDb, sources: FileSource[]): LrmxPreview {
  const picked: PickedFile[] = []
  const files: LrmxPreviewFile[] = sources.map((source, index) => {
    const { bytes, result } = readSource(source)
    picked.push({ source, fileName: result.fileName, sha256: bytes ? sha256(bytes) : null })
    if (!result.ok) return { index, fileName: result.fileName, ok: false, refusal: lrmxRefusalMessage(result), warnings: [], person: null, photoDataUrl: null, existing: null, differences: [] }
    const idNumber = storedIdNumber(result.person)
    const existing = idNumber === null ? undefined : findCadreByIdNumber(db, idNumber)
    return {
      index,
      fileName: result.fileName,
      ok: true,
      refusal: null,
      warnings: result.warnings,
      person: { ...result.person, photo: null },
      photoDataUrl: photoDataUrl(result.person.photo),
      existing: existing ? cadreSummary(existing, matterCountOf(db, existing.id)) : null,
      differences: existing ? profileDifferences(formOf(existing), result.person) : [],
    }
  })
  const token = randomUUID()
  const mine = previews.get(session) ?? new Map<string, PickedFile[]>()
  mine.set(token, picked)
  previews.set(session, mine)
  return { token, files }
}

export async function previewLrmx(session: Session, core: CoreContext): Promise<LrmxPreview | null> {
  const db = openBook(session, core)
  const paths = await core.shell.pickOpenFiles({ title: '选择干部任免审批表（.lrmx）', filters: [{ name: '干部任免审批表', extensions: ['lrmx'] }], multiple: true })
  if (paths.length === 0) return null
  return previewSources(session, db, paths.map((path) => ({ kind: 'path', path })))
}

/** Files dropped on the page: named as the user's system named them, without any folder. */
export function previewLrmxBytes(session: Session, core: CoreContext, input: z.output<typeof previewLrmxBytesInput>): LrmxPreview {
  const db = openBook(session, core)
  return previewSources(
    session,
    db,
    input.files.map((file) => ({ kind: 'bytes', fileName: basename(file.name.replace(/\\/gu, '/')), bytes: Buffer.from(file.base64, 'base64') })),
  )
}

export function importLrmx(session: Session, core: CoreContext, input: z.output<typeof importLrmxInput>): LrmxImportResult {
  const picked = previews.get(session)?.get(input.token)
  if (!picked) throw new AppError('NOT_FOUND', '导入预览已失效，请重新选择文件。')
  const result = writeBook(session, core, (db, now) => {
    const done: LrmxImportResult = { created: [], updated: [], skipped: [] }
    for (const choice of input.choices) {
      const file = picked[choice.index]
      if (!file) throw new AppError('INVALID_INPUT', `预览中没有第 ${choice.index + 1} 个文件`)
      if (choice.action === 'skip') continue
      const { bytes, result: read } = readSource(file.source)
      if (!read.ok || !bytes) {
        done.skipped.push({ fileName: file.fileName, reason: read.ok ? '无法读取该文件' : read.reason })
        continue
      }
      if (sha256(bytes) !== file.sha256) {
        done.skipped.push({ fileName: file.fileName, reason: '文件在预览之后被修改过，请重新选择并预览' })
        continue
      }
      if (read.person.name.trim() === '') {
        done.skipped.push({ fileName: file.fileName, reason: '任免审批表没有填写姓名' })
        continue
      }
      const idNumber = storedIdNumber(read.person)
      const existing = idNumber === null ? undefined : findCadreByIdNumber(db, idNumber)
      if (choice.action === 'update' && !existing) {
        done.skipped.push({ fileName: file.fileName, reason: '专用记录本中没有相同身份证号的干部，无法更新；请选择“新建”' })
      } else if (choice.action === 'create' && existing) {
        done.skipped.push({ fileName: file.fileName, reason: `身份证号 ${idNumber} 已在专用记录本中（${existing.name}），请选择“更新已有信息”` })
      } else if (existing) {
        const row = updateCadre(db, existing.id, read.person, now)
        done.updated.push(cadreSummary(row, matterCountOf(db, row.id)))
      } else {
        const row = insertCadre(db, read.person, now)
        done.created.push(cadreSummary(row, 0))
      }
    }
    const summary = `导入干部任免审批表：新建 ${done.created.length} 份，更新 ${done.updated.length} 份，未导入 ${done.skipped.length} 份`
    return { value: done, audit: { action: 'personnel.importLrmx', entity: 'personnel_book', summary } }
  })
  previews.get(session)?.delete(input.token)
  return result
}
