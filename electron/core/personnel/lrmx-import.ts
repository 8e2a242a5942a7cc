import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import { AppError } from '../../../shared/errors'
import type { importLrmxInput, previewLrmxBytesInput } from '../../../shared/ipc/channels/personnel'
import { lrmxRefusalMessage } from '../../../shared/personnel/lrmx-types'
import { profileDifferences } from '../../../shared/personnel/profile-diff'
import type { LrmxImportResult, LrmxPreview, LrmxPreviewFile } from '../../../shared/personnel/views'
import type { z } from 'zod'
import type { CoreContext } from '../context'
import { offQueue, type OffQueue } from '../off-queue'
import type { Session } from '../session'
import { openBook } from './book-access'
import { writeBook } from './book-write'
import { cadreSummary, findCadreByIdNumber, formOf, insertCadre, matterCountOf, storedIdNumber, updateCadre } from './cadre-store'
import { sourceName, type FileRead, type FileSource, type ImportFileJob, type ReadPurpose } from './lrmx/read-file'
import { readImportFiles } from './lrmx/read-files'

// Importing approval forms: pick files (or drop them on the page), preview every one
// (refusals with the file's name and the reason, duplicates by ID number with the
// differences), then save the ones the user chose. Between the two calls only the picked
// paths and their hashes are kept, in memory and for this session: picked files are read
// again at import, and a file changed in between is refused. Dropped files have no path
// (the sandboxed window sends their bytes), so their bytes are what is kept. The files are
// read on a worker thread (lrmx/read-files.ts) and outside the dispatcher's queue
// (off-queue.ts), so the app answers other calls meanwhile; progress goes to the window.

interface PickedFile {
  job: ImportFileJob
  fileName: string
  sha256: string | null
}

const previews = new WeakMap<Session, Map<string, PickedFile[]>>()

const stem = (name: string) => name.replace(/\.[^.]*$/u, '').toLowerCase()
const isPicture = (source: FileSource) => /\.pic$/iu.test(sourceName(source))

/** An old .lrm takes the .pic of the same name chosen with it; a .pic alone stays a file of its own (and is refused). */
function jobsOf(sources: FileSource[]): ImportFileJob[] {
  const pictures = new Map(sources.filter(isPicture).map((source) => [stem(sourceName(source)), source]))
  const jobs: ImportFileJob[] = sources
    .filter((source) => !isPicture(source))
    .map((source) => {
      const name = sourceName(source)
      const picture = /\.lrm$/iu.test(name) ? pictures.get(stem(name)) : undefined
      if (picture) pictures.delete(stem(name))
      return picture ? { source, picture } : { source }
    })
  return [...jobs, ...[...pictures.values()].map((source) => ({ source }))]
}

function readAll(core: CoreContext, jobs: ImportFileJob[], purpose: ReadPurpose): Promise<FileRead[]> {
  const total = jobs.length
  const progress = (read: number) => core.options.onAppEvent?.('personnel.importProgress', { read, total })
  progress(0)
  return readImportFiles(jobs, purpose, core.options.lrmxReadWorker, progress)
}

/** Reads every file once, for the preview (off the queue), and keeps what importLrmx needs under a new token. */
function previewSources(session: Session, core: CoreContext, sources: FileSource[]): OffQueue<FileRead[], LrmxPreview> {
  const jobs = jobsOf(sources)
  return offQueue(() => readAll(core, jobs, 'preview'), (reads) => previewOf(session, core, jobs, reads))
}

function previewOf(session: Session, core: CoreContext, jobs: ImportFileJob[], reads: FileRead[]): LrmxPreview {
  const db = openBook(session, core)
  const picked: PickedFile[] = []
  const files: LrmxPreviewFile[] = reads.map(({ result, sha256, photoDataUrl }, index) => {
    const job = jobs[index]!
    picked.push({ job, fileName: result.fileName, sha256 })
    if (!result.ok) return { index, fileName: result.fileName, ok: false, refusal: lrmxRefusalMessage(result), warnings: [], person: null, photoDataUrl: null, existing: null, differences: [] }
    const idNumber = storedIdNumber(result.person)
    const existing = idNumber === null ? undefined : findCadreByIdNumber(db, idNumber)
    return {
      index,
      fileName: job.picture ? `${result.fileName} + ${sourceName(job.picture)}` : result.fileName,
      ok: true,
      refusal: null,
      warnings: result.warnings,
      person: { ...result.person, photo: null },
      photoDataUrl: photoDataUrl ?? null,
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

export async function previewLrmx(session: Session, core: CoreContext): Promise<OffQueue<FileRead[], LrmxPreview> | null> {
  openBook(session, core)
  const paths = await core.shell.pickOpenFiles({
    title: '选择干部任免审批表（.lrmx；旧版 .lrm 请连同同名的 .pic 照片一起选择）',
    filters: [{ name: '干部任免审批表', extensions: ['lrmx', 'lrm', 'pic'] }],
    multiple: true,
  })
  if (paths.length === 0) return null
  return previewSources(session, core, paths.map((path) => ({ kind: 'path', path })))
}

/** Files dropped on the page: named as the user's system named them, without any folder. */
export function previewLrmxBytes(session: Session, core: CoreContext, input: z.output<typeof previewLrmxBytesInput>): OffQueue<FileRead[], LrmxPreview> {
  openBook(session, core)
  return previewSources(
    session,
    core,
    input.files.map((file) => ({ kind: 'base64', fileName: basename(file.name.replace(/\\/gu, '/')), base64: file.base64 })),
  )
}

type ImportInput = z.output<typeof importLrmxInput>

/** Reads the chosen files again (off the queue), then saves them in one transaction. */
export function importLrmx(session: Session, core: CoreContext, input: ImportInput): OffQueue<FileRead[], LrmxImportResult> {
  openBook(session, core)
  const picked = previews.get(session)?.get(input.token)
  if (!picked) throw new AppError('NOT_FOUND', '导入预览已失效，请重新选择文件。')
  const missing = input.choices.find((choice) => picked[choice.index] === undefined)
  if (missing) throw new AppError('INVALID_INPUT', `预览中没有第 ${missing.index + 1} 个文件`)
  const chosen = input.choices.filter((choice) => choice.action !== 'skip')
  return offQueue(
    () => readAll(core, chosen.map((choice) => picked[choice.index]!.job), 'import'),
    (reads) => saveImported(session, core, input.token, picked, chosen, reads),
  )
}

function saveImported(session: Session, core: CoreContext, token: string, picked: PickedFile[], chosen: ImportInput['choices'], reads: FileRead[]): LrmxImportResult {
  // The preview may have been used by another import meanwhile.
  if (previews.get(session)?.get(token) !== picked) throw new AppError('NOT_FOUND', '导入预览已失效，请重新选择文件。')
  const result = writeBook(session, core, (db, now) => {
    const done: LrmxImportResult = { created: [], updated: [], skipped: [] }
    chosen.forEach((choice, position) => {
      const file = picked[choice.index]!
      const { result: read, sha256 } = reads[position]!
      if (!read.ok) {
        done.skipped.push({ fileName: file.fileName, reason: read.reason })
        return
      }
      if (sha256 !== file.sha256) {
        done.skipped.push({ fileName: file.fileName, reason: '文件在预览之后被修改过，请重新选择并预览' })
        return
      }
      if (read.person.name.trim() === '') {
        done.skipped.push({ fileName: file.fileName, reason: '任免审批表没有填写姓名' })
        return
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
    })
    const summary = `导入干部任免审批表：新建 ${done.created.length} 份，更新 ${done.updated.length} 份，未导入 ${done.skipped.length} 份`
    return { value: done, audit: { action: 'personnel.importLrmx', entity: 'personnel_book', summary } }
  })
  previews.get(session)?.delete(token)
  return result
}
