import type { Statement } from 'better-sqlite3'
import type { SqliteDatabase } from '../vault/store'

// The raw SQL of search (drizzle cannot express FTS5). Every value is a bound parameter;
// the statements are prepared once per open store.

export interface IndexRow {
  kind: 'topic' | 'item' | 'speech' | 'amendment' | 'material' | 'attachment' | 'recusal'
  refId: string
  meetingId: string | null
  title: string | null
  body: string | null
}

export interface MeetingRow {
  id: string
  bodyId: string
  date: string
  startTime: string
  place: string
  status: string
  sequence: number
  bodyName: string
  numbering: string
  termName: string | null
}

// A topic has no meeting of its own: it sorts by the latest meeting it was on.
const sortDate = `coalesce(m.date, (SELECT max(m2.date) FROM agenda_items a2 JOIN meetings m2 ON m2.id = a2.meeting_id
  WHERE search_index.kind = 'topic' AND a2.topic_id = search_index.ref_id), '')`

const indexColumns = `search_index.kind AS kind, search_index.ref_id AS refId, search_index.meeting_id AS meetingId,
  search_index.title AS title, search_index.body AS body`

/**
 * The filters of a search (kinds, year, body), each bound twice and skipped when null: an
 * entry's year is its meeting's (a topic's: its latest meeting's), its body the meeting's
 * (a topic's or a material's: the topic's). `kind` and `ref` name the entry's columns.
 */
function filterSql(kind: string, ref: string): string {
  const entryDate = `coalesce(m.date, (SELECT max(m2.date) FROM agenda_items a2 JOIN meetings m2 ON m2.id = a2.meeting_id WHERE ${kind} = 'topic' AND a2.topic_id = ${ref}))`
  const entryBody = `coalesce(m.body_id, (SELECT body_id FROM topics WHERE ${kind} = 'topic' AND id = ${ref}),
    (SELECT t.body_id FROM topic_materials tm JOIN topics t ON t.id = tm.topic_id WHERE ${kind} = 'material' AND tm.id = ${ref}))`
  return ` AND (? IS NULL OR ${kind} IN (SELECT value FROM json_each(?)))
  AND (? IS NULL OR substr(${entryDate}, 1, 4) = ?) AND (? IS NULL OR ${entryBody} = ?)`
}

/** The filters' values in the order filterSql binds them. */
export interface SearchFilters {
  kinds: string | null
  year: string | null
  bodyId: string | null
}
export const filterParams = (filters: SearchFilters) => [filters.kinds, filters.kinds, filters.year, filters.year, filters.bodyId, filters.bodyId]

const matchFilters = filterSql('search_index.kind', 'search_index.ref_id')

/** ≥ 3 characters per term: the trigram index, best bm25 first, then the newest meeting. */
const matchSql = `SELECT ${indexColumns} FROM search_index LEFT JOIN meetings m ON m.id = search_index.meeting_id
  WHERE search_index MATCH ?${matchFilters} ORDER BY bm25(search_index), ${sortDate} DESC LIMIT ?`

/** The number of entries of each kind (the facets), under the same filters. */
const matchCountSql = `SELECT search_index.kind AS kind, count(*) AS n FROM search_index LEFT JOIN meetings m ON m.id = search_index.meeting_id
  WHERE search_index MATCH ?${matchFilters} GROUP BY search_index.kind`

const contentColumns = `c.c0 AS kind, c.c1 AS refId, c.c2 AS meetingId, c.c3 AS title, c.c4 AS body`

/**
 * Shorter terms (most names): the grams index `search_short` (migration 0009) finds the
 * entries holding every short term, newest entry first, and their fields are read from FTS5's
 * own content table, `search_index_content`, by primary key (columns c0…c4 = kind, ref_id,
 * meeting_id, title, body, in the order the index declares them; search-records.test.ts checks
 * that layout). Terms of three characters or more in the same query are checked on those rows
 * with LIKE. Ordered by rowid, not by meeting date: the first page is read without touching the
 * other matches (sorting every match of 「财政」 by date read all 27,933 of them).
 */
const likeAnywhere = `(c.c3 LIKE ? ESCAPE '\\' OR c.c4 LIKE ? ESCAPE '\\')`
const allLike = (count: number) => Array.from({ length: count }, () => ` AND ${likeAnywhere}`).join('')
const contentFilters = filterSql('c.c0', 'c.c1')

/** Only entries above an id (the ones below it may not be in the grams index yet: short-index-backfill.ts). */
function shortSql(longTermCount: number, count: boolean): string {
  const from = `FROM search_short s JOIN search_index_content c ON c.id = s.rowid LEFT JOIN meetings m ON m.id = c.c2
  WHERE search_short MATCH ? AND s.rowid > ?${contentFilters}${allLike(longTermCount)}`
  return count ? `SELECT c.c0 AS kind, count(*) AS n ${from} GROUP BY c.c0` : `SELECT ${contentColumns} ${from} ORDER BY s.rowid DESC LIMIT ?`
}

/**
 * The entries up to an id that are not in the grams index yet, read with LIKE as before it:
 * every term in title or body, and the first term in the title (titleFirst) or not, as the two
 * MATCH expressions split them (null: both, for counting). coalesce: a NULL title has no grams,
 * so it is "not in the title".
 */
function unindexedSql(termCount: number, titleFirst: boolean | null): string {
  const inTitle = titleFirst === null ? '' : ` AND ${titleFirst ? '' : 'NOT '}coalesce(c.c3, '') LIKE ? ESCAPE '\\'`
  const from = `FROM search_index_content c LEFT JOIN meetings m ON m.id = c.c2
  WHERE c.id <= ?${inTitle}${allLike(termCount)}${contentFilters}`
  return titleFirst === null ? `SELECT c.c0 AS kind, count(*) AS n ${from} GROUP BY c.c0` : `SELECT ${contentColumns} ${from} ORDER BY c.id DESC LIMIT ?`
}

const meetingsSql = `SELECT m.id AS id, m.body_id AS bodyId, m.date AS date, m.start_time AS startTime, m.place AS place, m.status AS status,
  m.sequence AS sequence, b.name AS bodyName, b.numbering AS numbering, t.name AS termName
  FROM meetings m JOIN bodies b ON b.id = m.body_id LEFT JOIN terms t ON t.id = m.term_id
  ORDER BY m.date DESC, m.start_time DESC`

export interface KindCount {
  kind: IndexRow['kind']
  n: number
}

export interface SearchStatements {
  match: Statement<unknown[], IndexRow>
  matchCount: Statement<unknown[], KindCount>
  short(longTermCount: number): Statement<unknown[], IndexRow>
  shortCount(longTermCount: number): Statement<unknown[], KindCount>
  /** The ids of the entries a trigram expression matches, or a grams expression above an id (entry-kinds.ts counts them). */
  matchIds: Statement<[string], number>
  shortIds(): Statement<unknown[], number>
  entryKind: Statement<[number], string>
  /** Every entry's id and kind from an id on, in id order (entry-kinds.ts). */
  entryKindsFrom: Statement<[number], [number, string]>
  unindexed(termCount: number, titleFirst: boolean): Statement<unknown[], IndexRow>
  unindexedCount(termCount: number): Statement<unknown[], KindCount>
  people: Statement<[], { id: string; name: string; unit: string | null }>
  meetings: Statement<[], MeetingRow>
  totalChanges: Statement<[], number>
  itemTopics: Statement<[string], { itemId: string; topicId: string; topicTitle: string }>
  amendmentTarget: Statement<[string], { target: string; targetId: string }>
  materialTopics: Statement<[string], { materialId: string; topicId: string; topicTitle: string }>
  attachmentTasks: Statement<[string], AttachmentTask>
}

/** Where a 督办 attachment's entry opens: its task, named by the task's topic and the report's day. */
export interface AttachmentTask {
  attachmentId: string
  taskId: string
  topicTitle: string | null
  reportDate: string
}

const prepared = new WeakMap<SqliteDatabase, SearchStatements>()

export function searchStatements(sqlite: SqliteDatabase): SearchStatements {
  const known = prepared.get(sqlite)
  if (known) return known
  // Statements that depend on a query's number of terms: prepared on first use.
  const byShape = new Map<string, Statement<unknown[], never>>()
  const shaped = <T>(sql: string) => {
    let statement = byShape.get(sql)
    if (!statement) {
      statement = sqlite.prepare<unknown[], never>(sql)
      byShape.set(sql, statement)
    }
    return statement as unknown as Statement<unknown[], T>
  }
  const statements: SearchStatements = {
    match: sqlite.prepare<unknown[], IndexRow>(matchSql),
    matchCount: sqlite.prepare<unknown[], KindCount>(matchCountSql),
    short: (longTermCount) => shaped<IndexRow>(shortSql(longTermCount, false)),
    shortCount: (longTermCount) => shaped<KindCount>(shortSql(longTermCount, true)),
    matchIds: sqlite.prepare<[string], number>('SELECT rowid FROM search_index WHERE search_index MATCH ?').pluck(),
    // On first use, like the other grams statements (a vault rolled back before 0009 has no search_short).
    shortIds: () => shaped<number>('SELECT rowid FROM search_short WHERE search_short MATCH ? AND rowid > ?').pluck(),
    entryKind: sqlite.prepare<[number], string>('SELECT c0 FROM search_index_content WHERE id = ?').pluck(),
    entryKindsFrom: sqlite.prepare<[number], [number, string]>('SELECT id, c0 FROM search_index_content WHERE id >= ? ORDER BY id').raw(),
    unindexed: (termCount, titleFirst) => shaped<IndexRow>(unindexedSql(termCount, titleFirst)),
    unindexedCount: (termCount) => shaped<KindCount>(unindexedSql(termCount, null)),
    people: sqlite.prepare<[], { id: string; name: string; unit: string | null }>('SELECT id, name, unit FROM people'),
    meetings: sqlite.prepare<[], MeetingRow>(meetingsSql),
    totalChanges: sqlite.prepare<[], number>('SELECT total_changes()').pluck(),
    // The item ids as one JSON array: a page of hits has up to 200 of them.
    itemTopics: sqlite.prepare<[string], { itemId: string; topicId: string; topicTitle: string }>(
      'SELECT a.id AS itemId, a.topic_id AS topicId, t.title AS topicTitle FROM agenda_items a JOIN topics t ON t.id = a.topic_id WHERE a.id IN (SELECT value FROM json_each(?))',
    ),
    amendmentTarget: sqlite.prepare<[string], { target: string; targetId: string }>('SELECT target, target_id AS targetId FROM amendments WHERE id = ?'),
    // A material's entry (migration 0010) opens its topic.
    materialTopics: sqlite.prepare<[string], { materialId: string; topicId: string; topicTitle: string }>(
      'SELECT m.id AS materialId, m.topic_id AS topicId, t.title AS topicTitle FROM topic_materials m JOIN topics t ON t.id = m.topic_id WHERE m.id IN (SELECT value FROM json_each(?))',
    ),
    attachmentTasks: sqlite.prepare<[string], AttachmentTask>(
      `SELECT a.id AS attachmentId, r.task_id AS taskId, tp.title AS topicTitle, r.date AS reportDate FROM task_attachments a
       JOIN task_reports r ON r.id = a.report_id JOIN follow_up_tasks f ON f.id = r.task_id JOIN agenda_items i ON i.id = f.agenda_item_id
       LEFT JOIN topics tp ON tp.id = i.topic_id WHERE a.id IN (SELECT value FROM json_each(?))`,
    ),
  }
  prepared.set(sqlite, statements)
  return statements
}

/**
 * What has changed the store since a reading, for what search keeps in memory: commits through
 * any other connection (`data_version`) and rows this connection changed (`total_changes()`).
 */
export interface StoreChanges {
  dataVersion: number
  totalChanges: number
}

export function storeChanges(sqlite: SqliteDatabase, statements: SearchStatements): StoreChanges {
  return { dataVersion: Number(sqlite.pragma('data_version', { simple: true })), totalChanges: statements.totalChanges.get() ?? 0 }
}
