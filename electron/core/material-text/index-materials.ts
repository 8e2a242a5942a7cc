import type { CoreContext } from '../context'
import type { Session } from '../session'
import { blobMoveSettled } from '../vault-files/after-unlock'
import { mainFileStore, vaultFileBytes } from '../vault-files/vault-files'
import { textExtractor } from './text-extractor'
import { pendingCount, pendingMaterials, storeMaterialText } from './material-text-store'

/*
 * Reads materials' text into the search index in the background: after unlock (materials of
 * older vaults, resumable: what has a material_texts row is done, a lock stops the run between
 * files and the next unlock goes on) and after materials are added. One file at a time: its
 * bytes are decrypted in memory, moved to the text worker, and the text written in one
 * transaction. Progress goes to the window as `materials.textProgress`.
 */

interface Run {
  promise: Promise<void>
  /** Materials were added during the run: look again before stopping. */
  again: boolean
}

const runs = new WeakMap<Session, Run>()

async function run(core: CoreContext, session: Session, state: Run): Promise<void> {
  await blobMoveSettled(session)
  const extractor = textExtractor(core.options.materialTextWorker)
  const live = () => core.session === session
  let done = 0
  try {
    for (;;) {
      state.again = false
      if (!live()) return
      const total = done + pendingCount(session.vault.mainSqlite)
      const [next] = pendingMaterials(session.vault.mainSqlite, 1)
      if (!next) {
        if (state.again) continue
        if (done > 0) core.options.onAppEvent?.('materials.textProgress', { done, total: done })
        return
      }
      core.options.onAppEvent?.('materials.textProgress', { done, total })
      let read
      try {
        read = await extractor.extract(vaultFileBytes(mainFileStore(session.vault), 'material', next.id), next.fileName)
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

/** Starts reading materials not yet read, or asks a running pass to look again. */
export function indexMaterialTexts(core: CoreContext, session: Session): void {
  const running = runs.get(session)
  if (running) {
    running.again = true
    return
  }
  const state: Run = { promise: Promise.resolve(), again: false }
  runs.set(session, state)
  state.promise = run(core, session, state)
}

/** Resolves when the session's pass has read every material (tests, bench). */
export async function materialTextsSettled(session: Session): Promise<void> {
  for (let running = runs.get(session); running; running = runs.get(session)) await running.promise
}
