import type { SqliteDatabase } from '../vault/store'
import type { MaterialText } from './extract-text'

// The raw SQL that writes a material's text into the search index (drizzle cannot express
// FTS5): entry of kind 'material' in search_index (title = file name, body = text), its grams
// in search_short, and the material_texts row, in one transaction (migration 0010).

export interface PendingMaterial {
  id: string
  fileName: string
  sha256: string
  size: number
}

/** Materials whose text has not been read yet, the newest first; only those out in their files. */
export function pendingMaterials(sqlite: SqliteDatabase, limit: number): PendingMaterial[] {
  return sqlite
    .prepare<[number], PendingMaterial>(
      `SELECT m.id AS id, m.file_name AS fileName, m.sha256 AS sha256, m.size AS size FROM topic_materials m LEFT JOIN material_texts t ON t.material_id = m.id
       WHERE t.material_id IS NULL AND m.file_id IS NOT NULL ORDER BY m.received_at DESC, m.id LIMIT ?`,
    )
    .all(limit)
}

export function pendingCount(sqlite: SqliteDatabase): number {
  return sqlite
    .prepare<[], number>('SELECT count(*) FROM topic_materials m LEFT JOIN material_texts t ON t.material_id = m.id WHERE t.material_id IS NULL AND m.file_id IS NOT NULL')
    .pluck()
    .get() as number
}

/**
 * Writes what was read, unless the material was removed or replaced meanwhile (its sha256
 * checked): then nothing, and a replaced one is read again next turn.
 */
export function storeMaterialText(sqlite: SqliteDatabase, material: { id: string; sha256: string }, read: MaterialText, at: string): boolean {
  return sqlite.transaction(() => {
    const current = sqlite.prepare<[string], { fileName: string; sha256: string }>('SELECT file_name AS fileName, sha256 FROM topic_materials WHERE id = ?').get(material.id)
    if (!current || current.sha256 !== material.sha256) return false
    const entries = "SELECT id FROM search_index_content WHERE c1 = ? AND c0 = 'material'"
    sqlite.prepare(`DELETE FROM search_short WHERE rowid IN (${entries})`).run(material.id)
    sqlite.prepare(`DELETE FROM search_index WHERE rowid IN (${entries})`).run(material.id)
    const text = read.state === 'text' ? read.text : ''
    if (text.length > 0) {
      const { lastInsertRowid } = sqlite.prepare("INSERT INTO search_index (kind, ref_id, meeting_id, title, body) VALUES ('material', ?, NULL, ?, ?)").run(material.id, current.fileName, text)
      sqlite.prepare('INSERT INTO search_short (rowid, title, body) SELECT id, search_grams(c3), search_grams(c4) FROM search_index_content WHERE id = ?').run(lastInsertRowid)
    }
    sqlite.prepare('INSERT OR REPLACE INTO material_texts (material_id, state, chars, read_at) VALUES (?, ?, ?, ?)').run(material.id, read.state, text.length, at)
    return true
  })()
}
