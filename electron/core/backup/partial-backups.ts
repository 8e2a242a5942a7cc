import { readdirSync, rmdirSync, unlinkSync } from 'node:fs'
import { join, resolve } from 'node:path'

/*
 * A backup is written into a hidden `.yishi-backup-….partial` folder and renamed when
 * verified. A crash or a pulled USB drive can leave one behind; it has no manifest and is
 * never offered, but it holds a copy of the (encrypted) stores. Unlock removes such
 * leftovers — only folders of that exact name holding only the files a backup writes, so
 * nothing the app did not write is ever removed — except one being written right now.
 */
const partialName = /^\.yishi-backup-\d{8}-\d{6}(-\d+)?\.partial$/u
const partialContent = /^(main\.db|personnel\.db|personnel\.db-wal|keys\.json|manifest\.json)(-journal|-wal|-shm|\.\d+\.tmp)?$/u

const beingWritten = new Set<string>()

export function partialFolderName(name: string): string {
  return `.${name}.partial`
}

/** While a backup writes into `dir`, the cleanup leaves it alone. */
export function writingInto(dir: string): () => void {
  const key = resolve(dir)
  beingWritten.add(key)
  return () => void beingWritten.delete(key)
}

function removeIfOurs(dir: string): boolean {
  const entries = readdirSync(dir, { withFileTypes: true })
  // A link, a subfolder or any other name: not what a backup writes, so not ours to remove.
  if (entries.some((entry) => !entry.isFile() || !partialContent.test(entry.name))) return false
  for (const entry of entries) unlinkSync(join(dir, entry.name))
  rmdirSync(dir)
  return true
}

/** Removes the leftover partial backups directly inside `parent`; returns the names removed. Never throws. */
export function removeLeftoverPartials(parent: string): string[] {
  const removed: string[] = []
  let entries
  try {
    entries = readdirSync(parent, { withFileTypes: true })
  } catch {
    return removed
  }
  for (const entry of entries) {
    const dir = join(parent, entry.name)
    if (!entry.isDirectory() || !partialName.test(entry.name) || beingWritten.has(resolve(dir))) continue
    try {
      if (removeIfOurs(dir)) removed.push(entry.name)
    } catch {
      // A drive gone or a file locked: the next unlock tries again.
    }
  }
  return removed
}
