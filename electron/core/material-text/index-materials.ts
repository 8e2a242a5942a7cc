import type { CoreContext } from '../context'
import type { Session } from '../session'
import { blobMoveSettled } from '../vault-files/after-unlock'
import { mainFileStore, vaultFileChunks } from '../vault-files/vault-files'
import { textExtractor } from './text-extractor'
import { pendingCount, pendingMaterials, storeMaterialText, type PendingMaterial } from './material-text-store'

/*
 * Reads materials' and 督办 attachments' text into the search index in the background: after
 * unlock (those of older vaults, resumable: what has a material_texts row is done, a lock
 * stops the run between files and the next unlock goes on) and after files are added. One
 * file at a time: its bytes are decrypted in memory, moved to the text worker, and the text
 * written in one transaction. Progress goes to the window as `materials.textProgress`.
 */

interface Run {
  promise: Promise<void>
}

const runs = new WeakMap<Session, Run>()

/** Above the 200 MB a material may have when added (topics/material-files.ts). */
const maxReadBytes = 256 * 1024 * 1024

/**
 * A material's decrypted bytes in memory of their own, filled chunk by chunk (each chunk wiped
 * once copied): one copy, which can be moved to the worker. A file longer than its row says is
 * refused as damaged by the chunks' authentication before it gets here.
 */
export function materialBytes(session: Session, file: Pick<PendingMaterial, 'kind' | 'id' | 'size'>): Uint8Array {
  const { kind, id, size } = file
  // The size is the row's, and a row can be edited: never more than a material may be.
  if (!Number.isSafeInteger(size) || size < 0 || size > maxReadBytes) throw new Error('material size out of range')
  const bytes = new Uint8Array(size)
  let filled = 0
  for (const chunk of vaultFileChunks(mainFileStore(session.vault), kind, id)) {
    if (filled + chunk.length > size) throw new Error('material larger than recorded')
    bytes.set(chunk, filled)
    filled += chunk.length
    chunk.fill(0)
  }
  return filled === size ? bytes : bytes.subarray(0, filled)
}

async function run(core: CoreContext, session: Session, state: Run): Promise<void> {
  await blobMoveSettled(session)
  const extractor = textExtractor(core.options.materialTextWorker)
  const live = () => core.session === session
  let done = 0
  try {
    for (;;) {
      if (!live()) return
      const total = done + pendingCount(session.vault.mainSqlite)
      const [next] = pendingMaterials(session.vault.mainSqlite, 1)
      if (!next) {
        if (done > 0) core.options.onAppEvent?.('materials.textProgress', { done, total: done })
        return
      }
      core.options.onAppEvent?.('materials.textProgress', { done, total })
      let read
      try {
        read = await extractor.extract(materialBytes(session, next), next.fileName)
      } catch (error) {
        // A damaged file (FILE_DAMAGED) or a missing one: marked, not read again each unlock.
        console.error('读取材料文字失败', error)
        read = { state: 'failed' } as const
      }
      if (!live()) return
      storeMaterialText(session.vault.mainSqlite, next, read, core.now().toISOString())
      done += 1
    }
  } catch (error) {
    console.error('建立材料全文索引时出错，下次解锁时继续', error)
  } finally {
    extractor.close()
    if (runs.get(session) === state) runs.delete(session)
  }
}

/** Starts reading the materials not yet read, unless a pass is running already. */
export function indexMaterialTexts(core: CoreContext, session: Session): void {
  // A running pass looks for unread materials before each file: it will find these.
  if (runs.has(session)) return
  const state: Run = { promise: Promise.resolve() }
  runs.set(session, state)
  state.promise = run(core, session, state)
}

/** Resolves when the session's pass has read every material (tests, bench). */
export async function materialTextsSettled(session: Session): Promise<void> {
  for (let running = runs.get(session); running; running = runs.get(session)) await running.promise
}
