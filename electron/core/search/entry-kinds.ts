import type { SqliteDatabase } from '../vault/store'
import { storeChanges, type IndexRow, type KindCount, type SearchStatements } from './search-statements'

/*
 * The kind of every search entry by its id, kept in memory (one byte per id: 160,000 entries of
 * a 30-year vault in 160 KB), so the facets of a query are counted from the index's ids alone. Reading each match's kind from the content table cost 11–16 ms for the 27,933
 * entries holding 「财政」 against 3 ms for the ids (npm run bench, 30 years).
 *
 * Kept exact across writes. An entry's kind never changes while it exists (a change deletes the
 * entry and inserts a new one), and FTS5 gives a new entry the highest id plus one, so an id can
 * come back with another kind only after every entry above it was deleted. Between two searches
 * this connection changed `total_changes()` rows at most, so no more than that many entries were
 * deleted: the ids at or above the lowest of that many highest known entries are read again with
 * the new ones. A write through another connection (`data_version`) reads everything again.
 */

const kindCodes: readonly IndexRow['kind'][] = ['topic', 'item', 'speech', 'amendment', 'material', 'attachment', 'recusal']
const codeOf = new Map(kindCodes.map((kind, index) => [kind, index + 1]))

interface EntryKinds {
  /** 0: no entry known at that id; else the kind's index in kindCodes plus one. */
  codes: Uint8Array
  /** The highest id read. */
  readThrough: number
  dataVersion: number
  totalChanges: number
}

const cached = new WeakMap<SqliteDatabase, EntryKinds>()

function readFrom(statements: SearchStatements, kinds: EntryKinds, fromId: number): void {
  kinds.codes.fill(0, Math.min(fromId, kinds.codes.length))
  const rows = statements.entryKindsFrom.all(fromId)
  const highest = rows.at(-1)?.[0] ?? 0
  if (highest >= kinds.codes.length) {
    const grown = new Uint8Array(Math.max(highest + 1, kinds.codes.length * 2))
    grown.set(kinds.codes)
    kinds.codes = grown
  }
  for (const [id, kind] of rows) kinds.codes[id] = codeOf.get(kind as IndexRow['kind']) ?? 0
  kinds.readThrough = Math.max(highest, fromId - 1)
}

/** The lowest of the `count` highest ids known (1 when fewer are known): where a re-read starts. */
function lowestOfHighest(kinds: EntryKinds, count: number): number {
  let seen = 0
  for (let id = kinds.readThrough; id >= 1; id -= 1) {
    if (kinds.codes[id] !== 0) seen += 1
    if (seen >= count) return id
  }
  return 1
}

function entryKinds(sqlite: SqliteDatabase, statements: SearchStatements): EntryKinds {
  const { dataVersion, totalChanges } = storeChanges(sqlite, statements)
  let kinds = cached.get(sqlite)
  if (!kinds || kinds.dataVersion !== dataVersion) {
    kinds = { codes: new Uint8Array(1024), readThrough: 0, dataVersion, totalChanges }
    readFrom(statements, kinds, 1)
    cached.set(sqlite, kinds)
  } else if (kinds.totalChanges !== totalChanges) {
    readFrom(statements, kinds, lowestOfHighest(kinds, totalChanges - kinds.totalChanges))
    kinds.totalChanges = totalChanges
  }
  return kinds
}

/**
 * The facets of a query without filters: the ids of the entries it matches (`ids`, from the
 * grams or the trigram index), counted by kind. The same counts as counting the matches in SQL,
 * read without touching the entries.
 */
export function kindCounts(sqlite: SqliteDatabase, statements: SearchStatements, ids: Iterable<number>): KindCount[] {
  const kinds = entryKinds(sqlite, statements)
  const counts = new Array<number>(kindCodes.length + 1).fill(0)
  for (const id of ids) {
    let code = id < kinds.codes.length ? (kinds.codes[id] ?? 0) : 0
    // Not known: an id below the part read again that came back after a gap (read on its own).
    if (code === 0) {
      code = codeOf.get(statements.entryKind.get(id) as IndexRow['kind']) ?? 0
      if (id < kinds.codes.length) kinds.codes[id] = code
    }
    counts[code] = (counts[code] ?? 0) + 1
  }
  return kindCodes.flatMap((kind, index) => ((counts[index + 1] ?? 0) > 0 ? [{ kind, n: counts[index + 1]! }] : []))
}
