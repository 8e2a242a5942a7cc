import type { CoreContext } from '../context'
import type { Session } from '../session'
import { blobsLeft, compactAfterMove, moveBlobBatch, removeOrphanFiles } from './move-blobs'
import { mainFileStore } from './vault-files'

/*
 * At unlock: orphans are removed at once (cheap: a directory listing and an index scan), then
 * the blobs of an upgraded vault are moved out in the background, one batch per turn of the
 * event loop, so the first screen never waits for it. A lock stops the loop between batches;
 * the next unlock resumes where it stopped.
 */

const moves = new WeakMap<Session, Promise<void>>()

export function prepareVaultFiles(core: CoreContext, session: Session): void {
  const store = mainFileStore(session.vault)
  try {
    removeOrphanFiles(store)
  } catch (error) {
    console.error('清理未引用的材料文件失败', error)
  }
  if (blobsLeft(store) === 0) return
  moves.set(
    session,
    new Promise<void>((resolve) => {
      const step = () => {
        if (core.session !== session) return resolve()
        try {
          const moved = moveBlobBatch(store, 'material') || moveBlobBatch(store, 'attachment')
          if (moved === 0) {
            compactAfterMove(store)
            return resolve()
          }
        } catch (error) {
          console.error('把材料移出数据库时出错，下次解锁时继续', error)
          return resolve()
        }
        setImmediate(step)
      }
      setImmediate(step)
    }),
  )
}

/** Resolves when the background move of this session has finished or stopped (tests, bench). */
export function blobMoveSettled(session: Session): Promise<void> {
  return moves.get(session) ?? Promise.resolve()
}
