import { createHash } from 'node:crypto'
import { AppError } from '../../../shared/errors'
import type { DamagedVaultFile, FullCheckReport } from '../../../shared/ipc/channels/backup'
import { appendAudit } from '../audit/audit-log'
import type { CoreContext } from '../context'
import { offQueue, type OffQueue } from '../off-queue'
import type { Session } from '../session'
import { unwrapFileKey, type VaultFileKind } from '../vault-files/file-keys'
import { openSealedChunks, SealedFileError, type SealedProblem } from '../vault-files/sealed-file'
import { filePathOf, isFileId } from '../vault-files/vault-files'
import { checkStoreInPlace } from './store-copy-worker'

/*
 * 完整校验: `integrity_check` of each store on a worker (its own read-only connection), then
 * every material's and 督办 attachment's encrypted file decrypted and authenticated chunk by
 * chunk, with its digest compared, yielding to the event loop between chunks so the window
 * stays live. It runs off the dispatcher's queue (other calls go on meanwhile), can be
 * cancelled between chunks, and stops if the session locks. Nothing is changed; the outcome
 * is audited.
 */

interface FileToCheck {
  kind: VaultFileKind
  id: string
  fileName: string
  size: number
  sha256: string
  fileId: string
  fileKey: string
  owner: string
}

// Rows whose content is still a blob in the store (an upgrade's move not finished) are pages
// of the store, checked by integrity_check.
const filesSql = `
  SELECT 'material' AS kind, m.id, m.file_name AS fileName, m.size, m.sha256, m.file_id AS fileId, m.file_key AS fileKey,
    '议题《' || t.title || '》' AS owner
  FROM topic_materials m JOIN topics t ON t.id = m.topic_id WHERE m.file_id IS NOT NULL AND m.file_key IS NOT NULL
  UNION ALL
  SELECT 'attachment', a.id, a.file_name, a.size, a.sha256, a.file_id, a.file_key,
    '督办事项《' || coalesce(tp.title, '') || '》的进展报告（' || r.date || '）'
  FROM task_attachments a JOIN task_reports r ON r.id = a.report_id JOIN follow_up_tasks f ON f.id = r.task_id
    JOIN agenda_items i ON i.id = f.agenda_item_id LEFT JOIN topics tp ON tp.id = i.topic_id
  WHERE a.file_id IS NOT NULL AND a.file_key IS NOT NULL
  ORDER BY 1, 2`

const problems: Record<SealedProblem | 'key' | 'digest', string> = {
  missing: '加密文件缺失',
  size: '加密文件大小不符（被截断或被替换）',
  header: '加密文件已被替换或改动',
  chunk: '加密文件内容已被改动，无法通过认证',
  key: '记录中的文件密钥与文件不符（数据库中的记录被改动）',
  digest: '解密后的内容与记录的校验值不符',
}

/** Chunks authenticated between two turns of the event loop (1 MiB each). */
const chunksPerTurn = 4

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

const running = new WeakMap<Session, { cancelled: boolean }>()

const fileIdentity = (file: FileToCheck) => `${file.kind}:${file.id}:${file.fileId}`
const damagedIdentity = new WeakMap<DamagedVaultFile, string>()

/** One file: null when it authenticates whole, else the problem. Stops early (null) when `stop()`. */
async function checkFile(dataKey: Buffer, vaultDir: string, file: FileToCheck, progress: (bytes: number) => void, stop: () => boolean): Promise<string | null> {
  const key = isFileId(file.fileId) ? unwrapFileKey(dataKey, file.fileKey, { kind: file.kind, rowId: file.id, fileId: file.fileId, size: file.size, sha256: file.sha256 }) : null
  if (!key) return problems.key
  const hash = createHash('sha256')
  let count = 0
  try {
    for (const chunk of openSealedChunks(filePathOf(vaultDir, file.fileId), key, Buffer.from(file.fileId, 'hex'), file.size)) {
      hash.update(chunk)
      progress(chunk.length)
      chunk.fill(0)
      if (++count % chunksPerTurn === 0) {
        await nextTurn()
        if (stop()) return null
      }
    }
  } catch (error) {
    if (error instanceof SealedFileError) return problems[error.problem]
    throw error
  } finally {
    key.fill(0)
  }
  return hash.digest('hex') === file.sha256 ? null : problems.digest
}

function auditSummary(report: FullCheckReport): string {
  const stores = report.stores.map((store) => `${store.label}${store.problem ? '损坏' : '完好'}`).join('，')
  const files = `已校验材料和附件 ${report.filesChecked}/${report.filesTotal} 个`
  const damaged = report.damaged.length > 0 ? `，损坏 ${report.damaged.length} 个：${report.damaged.slice(0, 5).map((file) => `“${file.fileName}”`).join('、')}${report.damaged.length > 5 ? '等' : ''}` : ''
  return `完整校验${report.cancelled ? '（中途取消）' : ''}：${stores}；${files}${damaged}`
}

export function startFullCheck(core: CoreContext, session: Session): OffQueue<FullCheckReport, FullCheckReport> {
  if (running.has(session)) throw new AppError('INVALID_INPUT', '完整校验正在进行，请等它完成或先取消。')
  const vault = session.vault
  const files = vault.mainSqlite.prepare(filesSql).all() as FileToCheck[]
  const state = { cancelled: false }
  running.set(session, state)
  const stop = () => state.cancelled || core.session !== session
  const totalBytes = files.reduce((sum, file) => sum + file.size, 0)
  const emit = (stage: 'stores' | 'files', doneBytes: number) => core.options.onAppEvent?.('backup.checkProgress', { stage, doneBytes, totalBytes })

  const work = async (): Promise<FullCheckReport> => {
    try {
      emit('stores', 0)
      const stores: FullCheckReport['stores'] = []
      const keyed = [{ label: '主库', path: vault.paths.main, key: vault.mainKey }, ...(vault.personnelKey ? [{ label: '干部任免库', path: vault.paths.personnel, key: vault.personnelKey }] : [])]
      for (const store of keyed) {
        const integrity = await checkStoreInPlace(store.path, store.key)
        stores.push({ label: store.label, problem: integrity === 'ok' ? null : integrity.slice(0, 300) })
      }
      const damaged: DamagedVaultFile[] = []
      let checked = 0
      let doneBytes = 0
      let lastEmit = 0
      for (const file of files) {
        if (stop()) break
        const problem = await checkFile(vault.mainKey, vault.paths.dir, file, (bytes) => {
          doneBytes += bytes
          if (doneBytes - lastEmit >= 8 * 1024 * 1024) emit('files', (lastEmit = doneBytes))
        }, stop)
        if (stop()) break
        if (problem) {
          const found = { kind: file.kind, fileName: file.fileName, owner: file.owner, problem }
          damagedIdentity.set(found, fileIdentity(file))
          damaged.push(found)
        }
        checked += 1
      }
      emit('files', doneBytes)
      return { cancelled: checked < files.length, stores, filesChecked: checked, filesTotal: files.length, damaged }
    } finally {
      running.delete(session)
    }
  }

  const finish = (report: FullCheckReport): FullCheckReport => {
    // A file removed or replaced while the check ran (its row changed meanwhile) is no damage.
    const present = new Set((vault.mainSqlite.prepare(filesSql).all() as FileToCheck[]).map(fileIdentity))
    const final = { ...report, damaged: report.damaged.filter((file) => present.has(damagedIdentity.get(file) ?? '')) }
    appendAudit(session.db, session.actor, { action: 'backup.fullCheck', entity: 'backup', summary: auditSummary(final) }, core.now())
    return final
  }
  return offQueue(work, finish)
}

/** 取消: the running check stops after the chunk in hand. */
export function cancelFullCheck(session: Session): null {
  const state = running.get(session)
  if (state) state.cancelled = true
  return null
}
