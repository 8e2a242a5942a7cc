import type { z } from 'zod'
import type { searchChannels } from '../../../shared/ipc/channels/search'
import { meetingStatusLabels } from '../../../shared/meetings/vocabulary'
import type { SearchHit, SearchResult } from '../../../shared/meetings/views'
import type { Session } from '../session'
import { meetingInfos, type MeetingInfo } from './meeting-infos'
import { searchStatements, type AttachmentTask, type IndexRow, type SearchStatements } from './search-statements'
import { canUseMatch, ftsMatchExpression, likePattern, searchTerms, shortMatchExpressions, splitByLength } from './search-terms'
import { shortIndexPendingThrough } from './short-index-backfill'
import { firstMatch, snippetAround } from './snippet'

type SearchInput = z.output<(typeof searchChannels)['search.query']['input']>

/** Meetings by label ("第15次", "常委会") or place: a small table, searched in memory. */
function meetingHits(meetings: Map<string, MeetingInfo>, terms: readonly string[]): SearchHit[] {
  const hits: SearchHit[] = []
  for (const [id, meeting] of meetings) {
    const text = `${meeting.label} ${meeting.place}`
    if (!terms.every((term) => firstMatch(text, [term]))) continue
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

/**
 * Short terms: entries whose title holds the first short term, then the others, newest first
 * in each part. Entries not yet in the grams index (up to `unindexedThrough`, the oldest ones)
 * come after the indexed ones of the same part, read with LIKE: the same rows in the same order.
 */
function shortRows(statements: SearchStatements, terms: readonly string[], wanted: number, unindexedThrough: number): IndexRow[] {
  const { short, long } = splitByLength(terms)
  const likes = long.map(likePattern).flatMap((pattern) => [pattern, pattern])
  const allLikes = terms.map(likePattern).flatMap((pattern) => [pattern, pattern])
  const pivot = likePattern(short[0]!)
  const expressions = shortMatchExpressions(short)
  const parts = [
    (limit: number) => statements.short(long.length).all(expressions.titleFirst, unindexedThrough, ...likes, limit),
    (limit: number) => (unindexedThrough > 0 ? statements.unindexed(terms.length, true).all(unindexedThrough, pivot, ...allLikes, limit) : []),
    (limit: number) => statements.short(long.length).all(expressions.rest, unindexedThrough, ...likes, limit),
    (limit: number) => (unindexedThrough > 0 ? statements.unindexed(terms.length, false).all(unindexedThrough, pivot, ...allLikes, limit) : []),
  ]
  const rows: IndexRow[] = []
  for (const part of parts) {
    if (rows.length >= wanted) break
    rows.push(...part(wanted - rows.length))
  }
  return rows
}

function indexRows(session: Session, statements: SearchStatements, terms: readonly string[], wanted: number): IndexRow[] {
  if (wanted <= 0) return []
  if (canUseMatch(terms)) return statements.match.all(ftsMatchExpression(terms), wanted)
  return shortRows(statements, terms, wanted, shortIndexPendingThrough(session.vault.mainSqlite))
}

/** The agenda item a row belongs to: the item itself, a speech's item, or what an amendment corrects. */
function itemIdOf(statements: SearchStatements, row: IndexRow): string | null {
  if (row.kind === 'item') return row.refId
  if (row.kind === 'speech') return row.refId.split(':')[0] ?? null
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
    row.kind === 'speech' ? [row.title ?? '', topicTitle].filter(Boolean).join(' · ')
    : row.kind === 'amendment' ? (topicTitle ?? meeting?.label ?? '会议记录')
    : (row.title ?? '')
  return {
    kind: row.kind,
    meetingId: row.meetingId,
    itemId,
    topicId,
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
 * Meetings, topics, items (reports and decisions), speeches, amendments and materials' and attachments' text containing every
 * word of the query: matching meetings first, then the index's entries; one page of them from
 * `offset` on. Read-only, and nothing is logged: a query may contain names.
 */
export function searchRecords(session: Session, input: SearchInput): SearchResult {
  const terms = searchTerms(input.query)
  if (terms.length === 0) return { hits: [], more: false }
  const statements = searchStatements(session.vault.mainSqlite)
  const meetings = meetingInfos(session.vault.mainSqlite, statements)
  const end = input.offset + input.limit
  // One more than the page, to know whether there are more.
  const meetingPart = meetingHits(meetings, terms).slice(0, end + 1)
  const rows = indexRows(session, statements, terms, end + 1 - meetingPart.length)
  const meetingPage = meetingPart.slice(input.offset, end)
  const rowPage = rows.slice(Math.max(0, input.offset - meetingPart.length), Math.max(0, end - meetingPart.length))
  return { hits: [...meetingPage, ...indexHits(statements, meetings, rowPage, terms)], more: meetingPart.length + rows.length > end }
}
