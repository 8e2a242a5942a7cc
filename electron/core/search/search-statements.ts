import type { Statement } from 'better-sqlite3'
import type { SqliteDatabase } from '../vault/store'

// The raw SQL of search (drizzle cannot express FTS5). Every value is a bound parameter;
// the statements are prepared once per open store.

export interface IndexRow {
  kind: 'topic' | 'item' | 'speech' | 'amendment'
  refId: string
  meetingId: string | null
  title: string | null
  body: string | null
}

export interface MeetingRow {
  id: string
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

/** ≥ 3 characters per term: the trigram index, best bm25 first, then the newest meeting. */
const matchSql = `SELECT ${indexColumns} FROM search_index LEFT JOIN meetings m ON m.id = search_index.meeting_id
  WHERE search_index MATCH ? ORDER BY bm25(search_index), ${sortDate} DESC LIMIT ?`

/**
 * Shorter terms (most names): trigrams cannot find them, so this is a scan with LIKE, all
 * terms required, title hits first. It reads FTS5's own content table, `search_index_content`
 * (columns c0…c4 = kind, ref_id, meeting_id, title, body, in the order the table declares
 * them; search-records.test.ts checks that layout): a plain table scan, about twice as fast as
 * the same scan through the virtual table. It is read only, never written.
 */
function likeSql(termCount: number): string {
  const one = `(search_index.c3 LIKE ? ESCAPE '\\' OR search_index.c4 LIKE ? ESCAPE '\\')`
  const all = Array.from({ length: termCount }, () => one).join(' AND ')
  const columns = `search_index.c0 AS kind, search_index.c1 AS refId, search_index.c2 AS meetingId, search_index.c3 AS title, search_index.c4 AS body`
  const contentSortDate = sortDate.replace('search_index.kind', 'search_index.c0').replace('search_index.ref_id', 'search_index.c1')
  return `SELECT ${columns} FROM search_index_content AS search_index LEFT JOIN meetings m ON m.id = search_index.c2
  WHERE ${all} ORDER BY (search_index.c3 LIKE ? ESCAPE '\\') DESC, ${contentSortDate} DESC LIMIT ?`
}

const meetingsSql = `SELECT m.id AS id, m.date AS date, m.start_time AS startTime, m.place AS place, m.status AS status,
  m.sequence AS sequence, b.name AS bodyName, b.numbering AS numbering, t.name AS termName
  FROM meetings m JOIN bodies b ON b.id = m.body_id LEFT JOIN terms t ON t.id = m.term_id
  ORDER BY m.date DESC, m.start_time DESC`

export interface SearchStatements {
  match: Statement<[string, number], IndexRow>
  like(termCount: number): Statement<unknown[], IndexRow>
  meetings: Statement<[], MeetingRow>
  itemTopic: Statement<[string], { topicId: string; topicTitle: string }>
  amendmentTarget: Statement<[string], { target: string; targetId: string }>
}

const prepared = new WeakMap<SqliteDatabase, SearchStatements>()

export function searchStatements(sqlite: SqliteDatabase): SearchStatements {
  const known = prepared.get(sqlite)
  if (known) return known
  const likeByCount = new Map<number, Statement<unknown[], IndexRow>>()
  const statements: SearchStatements = {
    match: sqlite.prepare<[string, number], IndexRow>(matchSql),
    like(termCount) {
      let statement = likeByCount.get(termCount)
      if (!statement) {
        statement = sqlite.prepare<unknown[], IndexRow>(likeSql(termCount))
        likeByCount.set(termCount, statement)
      }
      return statement
    },
    meetings: sqlite.prepare<[], MeetingRow>(meetingsSql),
    itemTopic: sqlite.prepare<[string], { topicId: string; topicTitle: string }>(
      'SELECT a.topic_id AS topicId, t.title AS topicTitle FROM agenda_items a JOIN topics t ON t.id = a.topic_id WHERE a.id = ?',
    ),
    amendmentTarget: sqlite.prepare<[string], { target: string; targetId: string }>('SELECT target, target_id AS targetId FROM amendments WHERE id = ?'),
  }
  prepared.set(sqlite, statements)
  return statements
}
