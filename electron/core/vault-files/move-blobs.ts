import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { discardSealedFiles, fileColumnsFor, filesDirOf, fileTables, isFileId, sealNewFile, type FileStore, type SealedFile } from './vault-files'
import type { VaultFileKind } from './file-keys'

/*
 * Vaults written before materials became files keep them as blobs in the store. After
 * migration 0008 the blobs are moved out a few at a time: each batch seals its files into
 * vault/files/ (renamed into place, fsynced), then one transaction points the rows at them and
 * empties the blobs. A kill between the two leaves unreferenced files, which the next unlock
 * removes before the move resumes; a kill inside the transaction changes nothing. Rows not yet
 * moved are read from their blob meanwhile (vaultFileChunks).
 */

const kinds: VaultFileKind[] = ['material', 'attachment']
const batchBytes = 32 * 1024 * 1024

interface BlobRow {
  id: string
  size: number
  sha256: string
  content: Buffer
}

/** Moves up to about 32 MB of blobs of one kind; returns how many rows moved (0: none left). */
export function moveBlobBatch(store: FileStore, kind: VaultFileKind): number {
  const table = fileTables[kind]
  // The index on file_id finds the rows left without reading any blob.
  const ids = (store.sqlite.prepare(`select id from ${table} where file_id is null limit 64`).all() as { id: string }[]).map((row) => row.id)
  if (ids.length === 0) return 0
  const read = store.sqlite.prepare(`select id, size, sha256, content from ${table} where id = ?`)
  const moved: { row: BlobRow; file: SealedFile }[] = []
  let bytes = 0
  try {
    for (const id of ids) {
      const row = read.get(id) as BlobRow
      const file = sealNewFile(store.vaultDir, { bytes: row.content })
      moved.push({ row: { ...row, content: Buffer.alloc(0) }, file })
      bytes += row.size
      if (bytes >= batchBytes) break
    }
    const update = store.sqlite.prepare(`update ${table} set file_id = ?, file_key = ?, content = x'' where id = ? and file_id is null`)
    store.sqlite.transaction(() => {
      for (const { row, file } of moved) {
        // The key is bound to the recorded size and digest: a blob that no longer matches them
        // (damaged, or changed behind the app's back) shows as damaged when read, as before.
        const columns = fileColumnsFor(store.dataKey, kind, row.id, { ...file, size: row.size, sha256: row.sha256 })
        update.run(columns.fileId, columns.fileKey, row.id)
      }
    })()
  } catch (error) {
    discardSealedFiles(moved.map((entry) => entry.file))
    throw error
  }
  for (const { file } of moved) file.fileKey.fill(0)
  return moved.length
}

/** Rows whose content is still a blob in the store. */
export function blobsLeft(store: FileStore): number {
  return kinds.reduce((sum, kind) => sum + (store.sqlite.prepare(`select count(*) as n from ${fileTables[kind]} where file_id is null`).get() as { n: number }).n, 0)
}

/** Moves every blob now (tests, the bench, and the background loop's last step). */
export function moveAllBlobs(store: FileStore): number {
  let total = 0
  for (const kind of kinds) for (let moved = moveBlobBatch(store, kind); moved > 0; moved = moveBlobBatch(store, kind)) total += moved
  return total
}

/**
 * Once everything is out, the store still has the blobs' pages as free pages: VACUUM gives
 * them back to the disk (once, after the upgrade), so backups copy only what is live.
 */
export function compactAfterMove(store: FileStore): void {
  const free = (store.sqlite.pragma('freelist_count', { simple: true }) as number) * (store.sqlite.pragma('page_size', { simple: true }) as number)
  if (free > 16 * 1024 * 1024) store.sqlite.exec('VACUUM')
}

/**
 * At unlock: removes files no row points at (a kill after a file was sealed but before its
 * row committed, or after a row's deletion committed) and temporary files a kill left. Only
 * names this app writes are touched. Returns how many were removed.
 */
export function removeOrphanFiles(store: FileStore): number {
  const dir = filesDirOf(store.vaultDir)
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return 0
  }
  const referenced = new Set<string>()
  for (const kind of kinds) {
    for (const row of store.sqlite.prepare(`select file_id as fileId from ${fileTables[kind]} where file_id is not null`).all() as { fileId: string }[]) referenced.add(row.fileId)
  }
  let removed = 0
  for (const name of names) {
    const orphan = isFileId(name) ? !referenced.has(name) : /^\.[0-9a-f]{32}\.partial$/u.test(name)
    if (!orphan) continue
    rmSync(join(dir, name), { force: true })
    removed += 1
  }
  return removed
}
