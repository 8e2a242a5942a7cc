import type { VaultFileKind } from '../vault-files/file-keys'
import { fileTables } from '../vault-files/vault-files'
import type { SqliteDatabase } from '../vault/store'
import type { MaterialText } from './extract-text'

// The raw SQL that writes a material's or 督办 attachment's text into the search index
// (drizzle cannot express FTS5): entry of kind 'material' or 'attachment' in search_index
// (title = file name, body = text), its grams in search_short, and the material_texts row, in
// one transaction (migration 0010). Attachments share material_texts (keyed by their id, a
// UUID like a material's): they are append-only, so no trigger has to take their text out.

export interface PendingMaterial {
  kind: VaultFileKind
  id: string
  fileName: string
  sha256: string
  size: number
}

/** Materials and attachments not read yet (only those out in their files), as (kind, id, file name, sha256, size, time). */
const unread = `
  SELECT 'material' AS kind, m.id AS id, m.file_name AS fileName, m.sha256 AS sha256, m.size AS size, m.received_at AS at
  FROM topic_materials m LEFT JOIN material_texts t ON t.material_id = m.id WHERE t.material_id IS NULL AND m.file_id IS NOT NULL
  UNION ALL
  SELECT 'attachment', a.id, a.file_name, a.sha256, a.size, a.created_at
  FROM task_attachments a LEFT JOIN material_texts t ON t.material_id = a.id WHERE t.material_id IS NULL AND a.file_id IS NOT NULL`

/** What has not been read yet, the newest first. */
export function pendingMaterials(sqlite: SqliteDatabase, limit: number): PendingMaterial[] {
  return sqlite.prepare<[number], PendingMaterial>(`SELECT kind, id, fileName, sha256, size FROM (${unread}) ORDER BY at DESC, id LIMIT ?`).all(limit)
}

export function pendingCount(sqlite: SqliteDatabase): number {
  return sqlite.prepare<[], number>(`SELECT count(*) FROM (${unread})`).pluck().get() as number
}

/**
 * Writes what was read, unless the material was removed or replaced meanwhile (its sha256
 * checked): then nothing, and a replaced one is read again next turn.
 */
export function storeMaterialText(sqlite: SqliteDatabase, material: { kind: VaultFileKind; id: string; sha256: string }, read: MaterialText, at: string): boolean {
  return sqlite.transaction(() => {
    const current = sqlite.prepare<[string], { fileName: string; sha256: string }>(`SELECT file_name AS fileName, sha256 FROM ${fileTables[material.kind]} WHERE id = ?`).get(material.id)
    if (!current || current.sha256 !== material.sha256) return false
    const entries = 'SELECT id FROM search_index_content WHERE c1 = ? AND c0 = ?'
    sqlite.prepare(`DELETE FROM search_short WHERE rowid IN (${entries})`).run(material.id, material.kind)
    sqlite.prepare(`DELETE FROM search_index WHERE rowid IN (${entries})`).run(material.id, material.kind)
    const text = read.state === 'text' ? read.text : ''
    if (text.length > 0) {
      const { lastInsertRowid } = sqlite.prepare('INSERT INTO search_index (kind, ref_id, meeting_id, title, body) VALUES (?, ?, NULL, ?, ?)').run(material.kind, material.id, current.fileName, text)
      sqlite.prepare('INSERT INTO search_short (rowid, title, body) SELECT id, search_grams(c3), search_grams(c4) FROM search_index_content WHERE id = ?').run(lastInsertRowid)
    }
    sqlite.prepare('INSERT OR REPLACE INTO material_texts (material_id, state, chars, read_at) VALUES (?, ?, ?, ?)').run(material.id, read.state, text.length, at)
    return true
  })()
}
