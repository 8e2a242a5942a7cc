import { AppError } from '../../../shared/errors'
import type { AgendaItemView, MeetingDetail } from '../../../shared/meetings/views'
import type { MainDb } from '../db/migrate'
import { meetingRefs } from '../meetings/meeting-label'
import { loadMeetingDetail } from '../meetings/meeting-detail'
import { recordedItemProblem } from './item-rules'

/** Whether the item's personnel topic was consulted (酝酿) at a 书记专题会议 that has been held. */
export function consultationDone(db: MainDb, item: AgendaItemView): boolean {
  const ref = item.topic.consultation
  if (!ref?.held) return false
  return meetingRefs(db, [ref.meetingId]).get(ref.meetingId)?.bodyKind === 'secretary'
}

/** The item of a loaded meeting; NOT_FOUND when the loader does not list it. */
export function itemOf(detail: MeetingDetail, itemId: string): AgendaItemView {
  const item = detail.items.find((row) => row.id === itemId)
  if (!item) throw new AppError('NOT_FOUND', '找不到该议题（可能已从议程中移除），请刷新后重试。')
  return item
}

/**
 * Loads the meeting as an edit inside `tx` left it and refuses (so the transaction rolls
 * back) when a recorded vote or outcome of the given items no longer holds.
 */
export function loadCheckedDetail(tx: MainDb, meetingId: string, itemIds: readonly string[] | 'all'): MeetingDetail {
  const detail = loadMeetingDetail(tx, meetingId)
  const items = itemIds === 'all' ? detail.items : detail.items.filter((item) => itemIds.includes(item.id))
  for (const item of items) {
    if (!item.vote && !item.outcome) continue
    const problem = recordedItemProblem(detail, item, consultationDone(tx, item))
    if (problem) throw new AppError(problem.code, problem.message)
  }
  return detail
}
