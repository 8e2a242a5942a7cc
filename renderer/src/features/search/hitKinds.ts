import type { SearchHit } from '../../../../shared/meetings/views'
import type { Destination } from '../layout/destinations'
import type { NavigationTarget } from '../layout/navigation'

type HitKind = SearchHit['kind']

/** The groups of results (and the facets), in the order they are shown. */
export const hitKindOrder: readonly HitKind[] = ['meeting', 'person', 'topic', 'item', 'speech', 'recusal', 'amendment', 'material', 'attachment']

export const hitKindLabels: Record<HitKind, string> = {
  meeting: '会议',
  person: '人员',
  topic: '议题',
  item: '决定',
  speech: '发言',
  recusal: '回避',
  amendment: '更正',
  material: '材料',
  attachment: '督办附件',
}

/** Where a hit opens: a 督办 attachment on the 督办 page (its task), the others on the 会议 page. */
export function hitDestination(hit: SearchHit): { destination: Destination; target: NavigationTarget } {
  if (hit.kind === 'attachment' && hit.taskId) return { destination: 'supervision', target: { taskId: hit.taskId } }
  return { destination: 'meetings', target: hitTarget(hit) }
}

/** Where a hit opens on the 会议 page: its meeting (and item), or the topic itself (a material: its topic, which lists it). */
function hitTarget(hit: SearchHit): NavigationTarget {
  if ((hit.kind === 'topic' || hit.kind === 'material') && hit.topicId) return { topicId: hit.topicId }
  if (hit.meetingId) return hit.itemId ? { meetingId: hit.meetingId, itemId: hit.itemId } : { meetingId: hit.meetingId }
  return hit.topicId ? { topicId: hit.topicId } : {}
}

export function groupHits(hits: readonly SearchHit[]): { kind: HitKind; hits: SearchHit[] }[] {
  return hitKindOrder.map((kind) => ({ kind, hits: hits.filter((hit) => hit.kind === kind) })).filter((group) => group.hits.length > 0)
}
