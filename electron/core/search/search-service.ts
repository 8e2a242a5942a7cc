import type { z } from 'zod'
import type { searchChannels } from '../../../shared/ipc/channels/search'
import { meetingStatusLabels } from '../../../shared/meetings/vocabulary'
import { sortByNameStrokes } from '../../../shared/names/stroke-order'
import type { SearchHit, SearchHitKind, SearchResult } from '../../../shared/meetings/views'
import type { Session } from '../session'
import type { SqliteDatabase } from '../vault/store'
import { kindCounts } from './entry-kinds'
import { meetingInfos, type MeetingInfo } from './meeting-infos'
import { filterParams, searchStatements, type AttachmentTask, type IndexRow, type KindCount, type SearchFilters, type SearchStatements } from './search-statements'
import { canUseMatch, ftsMatchExpression, likePattern, searchTerms, shortMatchExpressions, splitByLength } from './search-terms'
import { shortIndexPendingThrough } from './short-index-backfill'
import { firstMatch, snippetAround } from './snippet'

type SearchInput = z.output<(typeof searchChannels)['search.query']['input']>

/** Meetings by label ("第15次", "常委会") or place: a small table, searched in memory. */
function meetingHits(meetings: Map<string, MeetingInfo>, terms: readonly string[], input: SearchInput): SearchHit[] {
  const hits: SearchHit[] = []
  for (const [id, meeting] of meetings) {
    const text = `${meeting.label} ${meeting.place}`
    if (!terms.every((term) => firstMatch(text, [term]))) continue
    if ((input.year !== undefined && meeting.date.slice(0, 4) !== String(input.year)) || (input.bodyId !== undefined && meeting.bodyId !== input.bodyId)) continue
    hits.push({
      kind: 'meeting',
      meetingId: id,
      itemId: null,
      topicId: null,
      meetingLabel: meeting.label,
      date: meeting.date,
      title: meeting.label,
      snippet: `${meeting.place}，${meetingStatusLabels[meeting.status]}`,
    })
  }
  return hits
}

/** 人员: people whose name holds every term (the people table is small: searched in memory). */
function personHits(statements: SearchStatements, terms: readonly string[]): SearchHit[] {
  const found = statements.people.all().filter((person) => terms.every((term) => person.name.includes(term)))
  return sortByNameStrokes(found, (person) => person.name).map((person) => ({
    kind: 'person',
    meetingId: null,
    itemId: null,
    topicId: null,
    personId: person.id,
    meetingLabel: null,
    date: null,
    title: person.name,
    snippet: person.unit ?? '',
  }))
}

/** The index's filters: the kinds asked for (null: all) and the year and body. */
function filtersOf(input: SearchInput, withKinds: boolean): SearchFilters {
  return {
    kinds: withKinds && input.kinds ? JSON.stringify(input.kinds) : null,
    year: input.year === undefined ? null : String(input.year),
    bodyId: input.bodyId ?? null,
  }
}

/**
 * Short terms: entries whose title holds the first short term, then the others, newest first
 * in each part. Entries not yet in the grams index (up to `unindexedThrough`, the oldest ones)
 * come after the indexed ones of the same part, read with LIKE: the same rows in the same order.
 */
function shortRows(statements: SearchStatements, terms: readonly string[], wanted: number, bound: readonly unknown[], unindexedThrough: number): IndexRow[] {
  const { short, long } = splitByLength(terms)
  const likes = long.map(likePattern).flatMap((pattern) => [pattern, pattern])
  const allLikes = terms.map(likePattern).flatMap((pattern) => [pattern, pattern])
  const pivot = likePattern(short[0]!)
  const expressions = shortMatchExpressions(short)
  const parts = [
    (limit: number) => statements.short(long.length).all(expressions.titleFirst, unindexedThrough, ...bound, ...likes, limit),
    (limit: number) => (unindexedThrough > 0 ? statements.unindexed(terms.length, true).all(unindexedThrough, pivot, ...allLikes, ...bound, limit) : []),
    (limit: number) => statements.short(long.length).all(expressions.rest, unindexedThrough, ...bound, ...likes, limit),
    (limit: number) => (unindexedThrough > 0 ? statements.unindexed(terms.length, false).all(unindexedThrough, pivot, ...allLikes, ...bound, limit) : []),
  ]
  const rows: IndexRow[] = []
  for (const part of parts) {
    if (rows.length >= wanted) break
    rows.push(...part(wanted - rows.length))
  }
  return rows
}

function indexRows(statements: SearchStatements, terms: readonly string[], wanted: number, filters: SearchFilters, unindexedThrough: number): IndexRow[] {
  if (wanted <= 0) return []
  const bound = filterParams(filters)
  if (canUseMatch(terms)) return statements.match.all(ftsMatchExpression(terms), ...bound, wanted)
  return shortRows(statements, terms, wanted, bound, unindexedThrough)
}

/** The index's entries of each kind under the year and body filters (counted, not read); entries not yet in the grams index counted with LIKE. */
function indexCounts(sqlite: SqliteDatabase, statements: SearchStatements, terms: readonly string[], filters: SearchFilters, unindexedThrough: number): KindCount[] {
  const bound = filterParams(filters)
  // Without a year or body, the matches' ids are counted by the kinds kept in memory (entry-kinds.ts).
  const unfiltered = filters.year === null && filters.bodyId === null
  if (canUseMatch(terms)) {
    const expression = ftsMatchExpression(terms)
    return unfiltered ? kindCounts(sqlite, statements, statements.matchIds.all(expression)) : statements.matchCount.all(expression, ...bound)
  }
  const { short, long } = splitByLength(terms)
  const likes = long.map(likePattern).flatMap((pattern) => [pattern, pattern])
  const expression = shortMatchExpressions(short).all
  const counts =
    unfiltered && long.length === 0
      ? kindCounts(sqlite, statements, statements.shortIds().all(expression, unindexedThrough))
      : statements.shortCount(long.length).all(expression, unindexedThrough, ...bound, ...likes)
  if (unindexedThrough <= 0) return counts
  const allLikes = terms.map(likePattern).flatMap((pattern) => [pattern, pattern])
  const byKind = new Map(counts.map(({ kind, n }) => [kind, n]))
  for (const { kind, n } of statements.unindexedCount(terms.length).all(unindexedThrough, ...allLikes, ...bound)) byKind.set(kind, (byKind.get(kind) ?? 0) + n)
  return [...byKind].map(([kind, n]) => ({ kind, n }))
}

/** The agenda item a row belongs to: the item itself, a speech's or a recusal's item, or what an amendment corrects. */
function itemIdOf(statements: SearchStatements, row: IndexRow): string | null {
  if (row.kind === 'item') return row.refId
  if (row.kind === 'speech' || row.kind === 'recusal') return row.refId.split(':')[0] ?? null
  if (row.kind !== 'amendment') return null
  const amendment = statements.amendmentTarget.get(row.refId)
  if (amendment?.target === 'agenda_item') return amendment.targetId
  if (amendment?.target === 'speech') return amendment.targetId.split(':')[0] ?? null
  return null
}

type ItemTopics = Map<string, { topicId: string; topicTitle: string }>

/** The topic of each material hit, in one query. */
function materialTopicsOf(statements: SearchStatements, rows: readonly IndexRow[]): ItemTopics {
  const ids = rows.filter((row) => row.kind === 'material').map((row) => row.refId)
  if (ids.length === 0) return new Map()
  return new Map(statements.materialTopics.all(JSON.stringify(ids)).map((row) => [row.materialId, row]))
}

/** The task of each 督办 attachment hit, in one query. */
function attachmentTasksOf(statements: SearchStatements, rows: readonly IndexRow[]): Map<string, AttachmentTask> {
  const ids = rows.filter((row) => row.kind === 'attachment').map((row) => row.refId)
  if (ids.length === 0) return new Map()
  return new Map(statements.attachmentTasks.all(JSON.stringify(ids)).map((task) => [task.attachmentId, task]))
}

/** The topic of each agenda item, in one query (one lookup per hit was most of a search's time). */
function itemTopicsOf(statements: SearchStatements, itemIds: readonly (string | null)[]): ItemTopics {
  const ids = [...new Set(itemIds.filter((id): id is string => id !== null))]
  if (ids.length === 0) return new Map()
  return new Map(statements.itemTopics.all(JSON.stringify(ids)).map((row) => [row.itemId, row]))
}

/** 材料: the file name, under its topic. */
function materialHit(row: IndexRow, materialTopics: ItemTopics, terms: readonly string[]): SearchHit {
  const topic = materialTopics.get(row.refId)
  return {
    kind: 'material',
    meetingId: null,
    itemId: null,
    topicId: topic?.topicId ?? null,
    materialId: row.refId,
    meetingLabel: topic ? `议题《${topic.topicTitle}》` : null,
    date: null,
    title: row.title ?? '',
    snippet: snippetAround(row.body ?? '', terms),
  }
}

/** 督办附件: the file name, under its task (the topic it follows up and the report's day). */
function attachmentHit(row: IndexRow, task: AttachmentTask | undefined, terms: readonly string[]): SearchHit {
  return {
    kind: 'attachment',
    meetingId: null,
    itemId: null,
    topicId: null,
    ...(task ? { taskId: task.taskId } : {}),
    meetingLabel: task ? `督办《${task.topicTitle ?? ''}》的进展报告` : null,
    date: task?.reportDate ?? null,
    title: row.title ?? '',
    snippet: snippetAround(row.body ?? '', terms),
  }
}

function indexHit(row: IndexRow, itemId: string | null, itemTopics: ItemTopics, meeting: MeetingInfo | undefined, terms: readonly string[]): SearchHit {
  const item = itemId ? itemTopics.get(itemId) : undefined
  const topicId = row.kind === 'topic' ? row.refId : (item?.topicId ?? null)
  const topicTitle = item?.topicTitle ?? null
  const title =
    row.kind === 'speech' || row.kind === 'recusal' ? [row.title ?? '', topicTitle].filter(Boolean).join(' · ')
    : row.kind === 'amendment' ? (topicTitle ?? meeting?.label ?? '会议记录')
    : (row.title ?? '')
  const personId = row.kind === 'speech' || row.kind === 'recusal' ? row.refId.split(':')[1] : undefined
  return {
    kind: row.kind,
    meetingId: row.meetingId,
    itemId,
    topicId,
    ...(personId ? { personId } : {}),
    meetingLabel: meeting?.label ?? null,
    date: meeting?.date ?? null,
    title,
    snippet: snippetAround(row.body ?? '', terms),
  }
}

function indexHits(statements: SearchStatements, meetings: Map<string, MeetingInfo>, rows: readonly IndexRow[], terms: readonly string[]): SearchHit[] {
  const itemIds = rows.map((row) => itemIdOf(statements, row))
  const itemTopics = itemTopicsOf(statements, itemIds)
  const materialTopics = materialTopicsOf(statements, rows)
  const attachmentTasks = attachmentTasksOf(statements, rows)
  return rows.map((row, index) =>
    row.kind === 'material' ? materialHit(row, materialTopics, terms)
    : row.kind === 'attachment' ? attachmentHit(row, attachmentTasks.get(row.refId), terms)
    : indexHit(row, itemIds[index] ?? null, itemTopics, row.meetingId ? meetings.get(row.meetingId) : undefined, terms))
}

/**
 * Meetings, topics, items (reports and decisions), speeches, amendments, recusals and materials' and attachments' text containing every
 * word of the query: matching meetings first, then the index's entries; one page of them from
 * `offset` on. Read-only, and nothing is logged: a query may contain names.
 */
export function searchRecords(session: Session, input: SearchInput): SearchResult {
  const terms = searchTerms(input.query)
  if (terms.length === 0) return { hits: [], more: false, facets: {} }
  const statements = searchStatements(session.vault.mainSqlite)
  const meetings = meetingInfos(session.vault.mainSqlite, statements)
  const end = input.offset + input.limit
  const wanted = (kind: SearchHitKind) => !input.kinds || input.kinds.includes(kind)
  const allMeetings = meetingHits(meetings, terms, input)
  const allPeople = personHits(statements, terms)
  const facets: SearchResult['facets'] = {}
  if (allMeetings.length > 0) facets.meeting = allMeetings.length
  if (allPeople.length > 0) facets.person = allPeople.length
  const unindexedThrough = shortIndexPendingThrough(session.vault.mainSqlite)
  for (const { kind, n } of indexCounts(session.vault.mainSqlite, statements, terms, filtersOf(input, false), unindexedThrough)) facets[kind] = n
  // Meetings and people first, then the index's entries; one more than the page, to know whether there are more.
  const memoryPart = [...(wanted('meeting') ? allMeetings : []), ...(wanted('person') ? allPeople : [])].slice(0, end + 1)
  const rows = indexRows(statements, terms, end + 1 - memoryPart.length, filtersOf(input, true), unindexedThrough)
  const memoryPage = memoryPart.slice(input.offset, end)
  const rowPage = rows.slice(Math.max(0, input.offset - memoryPart.length), Math.max(0, end - memoryPart.length))
  return { hits: [...memoryPage, ...indexHits(statements, meetings, rowPage, terms)], more: memoryPart.length + rows.length > end, facets }
}
