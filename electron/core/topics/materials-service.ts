import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type { ChannelParsed } from '../../../shared/ipc/contract'
import type { MaterialView } from '../../../shared/meetings/views'
import { appendAudit } from '../audit/audit-log'
import type { CoreContext } from '../context'
import type { MainDb } from '../db/migrate'
import { materialTexts, topicMaterials } from '../db/schema/main'
import { indexMaterialTexts } from '../material-text/index-materials'
import { auditedWrite } from '../meetings/audited-write'
import type { Session } from '../session'
import { discardSealedFiles, fileColumnsFor, mainFileStore, vaultFileChunks } from '../vault-files/vault-files'
import { materialFilters, sealPickedFiles, writeExportedFile } from './material-files'
import { assertTopicChangeable } from './topic-guards'
import { loadTopicSummary, materialColumns } from './topic-summary'

/** A dialog awaits the user; an OS lock may have ended the session meanwhile. */
function stillUnlocked(core: CoreContext, session: Session): Session {
  if (core.session !== session) throw new AppError('VAULT_LOCKED')
  return session
}

export function findMaterial(db: MainDb, materialId: string) {
  const material = db.select(materialColumns).from(topicMaterials).leftJoin(materialTexts, eq(materialTexts.materialId, topicMaterials.id)).where(eq(topicMaterials.id, materialId)).get()
  if (!material) throw new AppError('NOT_FOUND', '找不到该材料（可能已被删除），请刷新后重试。')
  return material
}

/** Asks for files and keeps them encrypted in the vault: all of them, or none when one fails. */
export async function addMaterials(session: Session, core: CoreContext, input: ChannelParsed<'topics.addMaterials'>): Promise<MaterialView[]> {
  const topic = loadTopicSummary(session.db, input.topicId)
  assertTopicChangeable(session.db, topic, '添加材料')
  const paths = await core.shell.pickOpenFiles({ title: `为议题《${topic.title}》添加汇报材料`, filters: materialFilters, multiple: true })
  const current = stillUnlocked(core, session)
  if (paths.length === 0) return loadTopicSummary(current.db, topic.id).materials
  // The topic may have been decided while the dialog was open.
  assertTopicChangeable(current.db, loadTopicSummary(current.db, topic.id), '添加材料')
  // Each file is sealed into vault/files/ first (renamed into place, fsynced), then the rows.
  const files = sealPickedFiles(current.vault.paths.dir, paths)
  const now = core.now()
  const at = now.toISOString()
  try {
    auditedWrite(current, now, (tx) => {
      for (const file of files) {
        const id = randomUUID()
        const stored = fileColumnsFor(current.vault.mainKey, 'material', id, file)
        tx.insert(topicMaterials).values({ id, topicId: topic.id, fileName: file.fileName, mediaType: file.mediaType, ...stored, receivedAt: at, receivedBy: current.user.id }).run()
      }
      return { action: 'topics.addMaterials', entity: 'topic', entityId: topic.id, summary: `为议题《${topic.title}》添加材料：${files.map((file) => `${file.fileName}（SHA-256 ${file.sha256.slice(0, 12)}…）`).join('、')}` }
    })
  } catch (error) {
    discardSealedFiles(files)
    throw error
  }
  for (const file of files) file.fileKey.fill(0)
  // Their text is read for search in the background.
  indexMaterialTexts(core, current)
  return loadTopicSummary(current.db, topic.id).materials
}

export function removeMaterial(session: Session, core: CoreContext, input: ChannelParsed<'topics.removeMaterial'>): MaterialView[] {
  const material = findMaterial(session.db, input.materialId)
  const topic = loadTopicSummary(session.db, material.topicId)
  assertTopicChangeable(session.db, topic, '删除材料')
  const now = core.now()
  auditedWrite(session, now, (tx) => {
    tx.delete(topicMaterials).where(eq(topicMaterials.id, material.id)).run()
    return { action: 'topics.removeMaterial', entity: 'topic', entityId: topic.id, summary: `删除议题《${topic.title}》的材料“${material.fileName}”` }
  })
  // Its encrypted file stays until the next unlock removes unreferenced files: a backup
  // running in the background may still be copying it.
  return loadTopicSummary(session.db, topic.id).materials
}

/** Writes one material where the user chooses, and nowhere else; audited with the path. Null when cancelled. */
export async function exportMaterial(session: Session, core: CoreContext, input: ChannelParsed<'topics.exportMaterial'>): Promise<{ path: string } | null> {
  const material = findMaterial(session.db, input.materialId)
  const extension = material.fileName.includes('.') ? material.fileName.split('.').at(-1) ?? '' : ''
  const filters = extension ? [{ name: `${extension.toUpperCase()} 文件`, extensions: [extension] }] : [{ name: '所有文件', extensions: ['*'] }]
  const path = await core.shell.pickSaveFile({ title: '导出材料（导出的文件不再加密，请妥善保管）', defaultName: material.fileName, filters })
  if (!path) return null
  const current = stillUnlocked(core, session)
  writeExportedFile(path, vaultFileChunks(mainFileStore(current.vault), 'material', material.id))
  const topic = loadTopicSummary(current.db, material.topicId)
  appendAudit(current.db, current.actor, { action: 'topics.exportMaterial', entity: 'topic', entityId: topic.id, summary: `导出议题《${topic.title}》的材料“${material.fileName}”到 ${path}` }, core.now())
  return { path }
}
