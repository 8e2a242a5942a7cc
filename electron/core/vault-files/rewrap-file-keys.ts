import { AppError } from '../../../shared/errors'
import type { SqliteDatabase } from '../vault/store'
import { unwrapFileKey, wrapFileKey, type VaultFileKind } from './file-keys'
import { fileTables } from './vault-files'

interface WrappedRow {
  id: string
  fileId: string
  fileKey: string
  size: number
  sha256: string
}

/**
 * 更换数据密钥: every file key is unwrapped with the old data key and wrapped with the new one,
 * in one transaction on the store copy being rekeyed (rotate-keys.ts). A key that no longer
 * unwraps (a row altered behind the app's back) is left as it is: the file was unreadable
 * before and is reported damaged after, and the rotation does not stop for it.
 */
export function rewrapFileKeys(sqlite: SqliteDatabase, currentKey: Buffer, nextKey: Buffer): number {
  let rewrapped = 0
  try {
    sqlite.transaction(() => {
      for (const kind of Object.keys(fileTables) as VaultFileKind[]) {
        const table = fileTables[kind]
        const rows = sqlite.prepare(`select id, file_id as fileId, file_key as fileKey, size, sha256 from ${table} where file_id is not null and file_key is not null`).all() as WrappedRow[]
        const update = sqlite.prepare(`update ${table} set file_key = ? where id = ?`)
        for (const row of rows) {
          const binding = { kind, rowId: row.id, fileId: row.fileId, size: row.size, sha256: row.sha256 }
          const fileKey = unwrapFileKey(currentKey, row.fileKey, binding)
          if (!fileKey) continue
          update.run(wrapFileKey(nextKey, fileKey, binding), row.id)
          fileKey.fill(0)
          rewrapped += 1
        }
      }
    })()
  } catch {
    throw new AppError('KEY_ROTATION_FAILED')
  }
  return rewrapped
}
