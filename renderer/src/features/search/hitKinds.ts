import type { SearchHit } from '../../../../shared/meetings/views'
import type { NavigationTarget } from '../layout/navigation'

type HitKind = SearchHit['kind']

/** The groups of results (and the facets), in the order they are shown. */
export const hitKindOrder: readonly HitKind[] = ['meeting', 'person', 'topic', 'item', 'speech', 'recusal', 'amendment', 'material']

export const hitKindLabels: Record<HitKind, string> = {
  meeting: '会议',
  person: '人员',
  topic: '议题',
  item: '决定',
  speech: '发言',
  recusal: '回避',
  amendment: '更正',
  material: '材料',
}

/** Where a hit opens on the 会议 page: its meeting (and item), or the topic itself (a material: its topic, which lists it). */
export function hitTarget(hit: SearchHit): NavigationTarget {
  if ((hit.kind === 'topic' || hit.kind === 'material') && hit.topicId) return { topicId: hit.topicId }
  if (hit.meetingId) return hit.itemId ? { meetingId: hit.meetingId, itemId: hit.itemId } : { meetingId: hit.meetingId }
  return hit.topicId ? { topicId: hit.topicId } : {}
}

export function groupHits(hits: readonly SearchHit[]): { kind: HitKind; hits: SearchHit[] }[] {
  return hitKindOrder.map((kind) => ({ kind, hits: hits.filter((hit) => hit.kind === kind) })).filter((group) => group.hits.length > 0)
}
