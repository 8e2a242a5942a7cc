import { randomUUID } from 'node:crypto'
import { AppError } from '../../../shared/errors'
import type { CoreContext } from '../context'

/*
 * The page never names a path. Each backup folder core has listed or the user has picked
 * gets an opaque id, kept here main-side; restore takes the id and finds the folder again.
 */
interface Registry {
  idByDir: Map<string, string>
  dirById: Map<string, string>
}

const registries = new WeakMap<CoreContext, Registry>()

function registry(core: CoreContext): Registry {
  let found = registries.get(core)
  if (!found) {
    found = { idByDir: new Map(), dirById: new Map() }
    registries.set(core, found)
  }
  return found
}

/** The same folder always gets the same id for the life of the core. */
export function backupIdFor(core: CoreContext, dir: string): string {
  const { idByDir, dirById } = registry(core)
  let id = idByDir.get(dir)
  if (!id) {
    id = randomUUID()
    idByDir.set(dir, id)
    dirById.set(id, dir)
  }
  return id
}

export function backupDirFor(core: CoreContext, id: string): string {
  const dir = registry(core).dirById.get(id)
  if (!dir) throw new AppError('BACKUP_NOT_FOUND')
  return dir
}
