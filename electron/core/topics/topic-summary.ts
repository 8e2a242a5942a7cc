import { asc, eq, inArray } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import { topicState } from '../../../shared/meetings/status'
import { materialTextStates, type ConsultationRef, type GuestView, type MaterialTextState, type MaterialView, type TopicHistoryEntry, type TopicSummary } from '../../../shared/meetings/views'
import type { MeetingStatus, TopicCategory, TopicOutcome } from '../../../shared/meetings/vocabulary'
import type { MainDb } from '../db/migrate'
import { agendaItems, bodies, materialTexts, meetings, people, terms, topicGuests, topicMaterials, topics } from '../db/schema/main'
import { isHeld, labelOf, meetingLabelColumns } from '../meetings/meeting-label'

/** The material columns without the content: lists never load the files themselves. */
export const materialColumns = {
  id: topicMaterials.id,
  topicId: topicMaterials.topicId,
  fileName: topicMaterials.fileName,
  mediaType: topicMaterials.mediaType,
  size: topicMaterials.size,
  sha256: topicMaterials.sha256,
  receivedAt: topicMaterials.receivedAt,
  textState: materialTexts.state,
}

export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const row of rows) {
    const group = groups.get(key(row))
    if (group) group.push(row)
    else groups.set(key(row), [row])
  }
  return groups
}

/** Agenda items of the given topics with their meetings' labels, oldest meeting first. */
function itemsOfTopics(db: MainDb, topicIds: string[]) {
  return db
    .select({ itemId: agendaItems.id, topicId: agendaItems.topicId, outcome: agendaItems.outcome, ...meetingLabelColumns })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(terms, eq(terms.id, meetings.termId))
    .where(inArray(agendaItems.topicId, topicIds))
    .orderBy(asc(meetings.date), asc(meetings.startTime), asc(agendaItems.createdAt))
    .all()
}

/** The 书记专题会议 items the topics reference as their consultation (酝酿). */
function consultations(db: MainDb, itemIds: string[]): Map<string, ConsultationRef> {
  if (itemIds.length === 0) return new Map()
  const rows = db
    .select({ itemId: agendaItems.id, ...meetingLabelColumns })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(terms, eq(terms.id, meetings.termId))
    .where(inArray(agendaItems.id, itemIds))
    .all()
  return new Map(rows.map((row) => [row.itemId, { itemId: row.itemId, meetingId: row.meetingId, meetingLabel: labelOf(row), date: row.date, held: isHeld(row.status as MeetingStatus) }]))
}

/**
 * Summaries of the given topics (in the order given, unknown ids left out), with a fixed
 * number of queries however many topics: one per table.
 */
export function loadTopicSummaries(db: MainDb, topicIds: readonly string[]): TopicSummary[] {
  const ids = [...new Set(topicIds)]
  if (ids.length === 0) return []
  const rows = db
    .select({ topic: topics, bodyName: bodies.name, leaderName: people.name })
    .from(topics)
    .innerJoin(bodies, eq(bodies.id, topics.bodyId))
    .leftJoin(people, eq(people.id, topics.leaderInChargeId))
    .where(inArray(topics.id, ids))
    .all()
  const guests = groupBy(db.select().from(topicGuests).where(inArray(topicGuests.topicId, ids)).orderBy(asc(topicGuests.position)).all(), (row) => row.topicId)
  const materials = groupBy(
    db.select(materialColumns).from(topicMaterials).leftJoin(materialTexts, eq(materialTexts.materialId, topicMaterials.id)).where(inArray(topicMaterials.topicId, ids)).orderBy(asc(topicMaterials.receivedAt), asc(topicMaterials.fileName)).all(),
    (row) => row.topicId,
  )
  const items = groupBy(itemsOfTopics(db, ids), (row) => row.topicId)
  const consulted = consultations(db, rows.flatMap((row) => (row.topic.consultationItemId ? [row.topic.consultationItemId] : [])))
  const byId = new Map(
    rows.map(({ topic, bodyName, leaderName }) => {
      const history: TopicHistoryEntry[] = (items.get(topic.id) ?? []).map((item) => ({
        itemId: item.itemId,
        meetingId: item.meetingId,
        meetingLabel: labelOf(item),
        date: item.date,
        outcome: item.outcome as TopicOutcome | null,
      }))
      const summary: TopicSummary = {
        id: topic.id,
        bodyId: topic.bodyId,
        bodyName,
        title: topic.title,
        category: topic.category as TopicCategory,
        proposingUnit: topic.proposingUnit,
        presenter: topic.presenter,
        leaderInChargeId: topic.leaderInChargeId,
        leaderInChargeName: leaderName,
        reportingMemberId: topic.reportingMemberId,
        leaderSignedOffOn: topic.leaderSignedOffOn,
        summary: topic.summary,
        approvedAt: topic.approvedAt,
        approvedByName: topic.approvedByName,
        withdrawnAt: topic.withdrawnAt,
        withdrawnReason: topic.withdrawnReason,
        state: topicState({ approved: topic.approvedAt !== null, withdrawn: topic.withdrawnAt !== null, outcomes: history.map((entry) => entry.outcome) }),
        consultation: topic.consultationItemId ? (consulted.get(topic.consultationItemId) ?? null) : null,
        guests: (guests.get(topic.id) ?? []).map((guest): GuestView => ({ id: guest.id, name: guest.name, post: guest.post })),
        materials: (materials.get(topic.id) ?? []).map(toMaterialView),
        history,
      }
      return [topic.id, summary]
    }),
  )
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** A state the store holds is shown only when it is one the app writes (the store may be edited by hand). */
function textStateOf(state: string | null | undefined): MaterialTextState | null {
  return materialTextStates.find((known) => known === state) ?? null
}

export function toMaterialView(row: { id: string; fileName: string; mediaType: string; size: number; sha256: string; receivedAt: string; textState?: string | null }): MaterialView {
  return { id: row.id, fileName: row.fileName, mediaType: row.mediaType, size: row.size, sha256: row.sha256, receivedAt: row.receivedAt, textState: textStateOf(row.textState) }
}

/** One topic's summary; NOT_FOUND when there is no such topic. */
export function loadTopicSummary(db: MainDb, topicId: string): TopicSummary {
  const [summary] = loadTopicSummaries(db, [topicId])
  if (!summary) throw new AppError('NOT_FOUND', '找不到该议题（可能已被删除），请刷新后重试。')
  return summary
}
