import type { z } from 'zod'
import type { searchChannels } from '../../../shared/ipc/channels/search'
import { meetingNumberLabel } from '../../../shared/meetings/status'
import { meetingStatusLabels, type MeetingNumbering, type MeetingStatus } from '../../../shared/meetings/vocabulary'
import type { SearchHit } from '../../../shared/meetings/views'
import type { Session } from '../session'
import { searchStatements, type IndexRow, type MeetingRow, type SearchStatements } from './search-statements'
import { canUseMatch, ftsMatchExpression, likePattern, searchTerms } from './search-terms'
import { firstMatch, snippetAround } from './snippet'

type SearchInput = z.output<(typeof searchChannels)['search.query']['input']>

interface MeetingInfo {
  label: string
  date: string
  place: string
  status: MeetingStatus
}

function meetingInfo(row: MeetingRow): MeetingInfo {
  const label = meetingNumberLabel({
    numbering: row.numbering as MeetingNumbering,
    year: Number(row.date.slice(0, 4)),
    termName: row.termName,
    sequence: row.sequence,
    bodyName: row.bodyName,
  })
  return { label, date: row.date, place: row.place, status: row.status as MeetingStatus }
}

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

function indexRows(statements: SearchStatements, terms: readonly string[], limit: number): IndexRow[] {
  if (canUseMatch(terms)) return statements.match.all(ftsMatchExpression(terms), limit)
  const patterns = terms.map(likePattern)
  const first = patterns[0] ?? ''
  return statements.like(terms.length).all(...patterns.flatMap((pattern) => [pattern, pattern]), first, limit)
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

function indexHit(statements: SearchStatements, meetings: Map<string, MeetingInfo>, row: IndexRow, terms: readonly string[]): SearchHit {
  const meeting = row.meetingId ? meetings.get(row.meetingId) : undefined
  const itemId = itemIdOf(statements, row)
  const item = itemId ? statements.itemTopic.get(itemId) : undefined
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

/**
 * Meetings, topics, items (reports and decisions), speeches and amendments containing every
 * word of the query. Read-only, and nothing is logged: a query may contain names.
 */
export function searchRecords(session: Session, input: SearchInput): SearchHit[] {
  const terms = searchTerms(input.query)
  if (terms.length === 0) return []
  const statements = searchStatements(session.vault.mainSqlite)
  const meetings = new Map(statements.meetings.all().map((row) => [row.id, meetingInfo(row)]))
  const hits = meetingHits(meetings, terms).slice(0, input.limit)
  const rows = indexRows(statements, terms, input.limit - hits.length)
  for (const row of rows) hits.push(indexHit(statements, meetings, row, terms))
  return hits
}
