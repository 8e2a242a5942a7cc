import { AppError } from '../../../shared/errors'
import { amendmentFieldLabel } from '../../../shared/meetings/amendments'
import type { AgendaItemView, MeetingDetail } from '../../../shared/meetings/views'
import type { AmendmentTarget } from '../../../shared/meetings/vocabulary'
import { itemOf } from '../live/checked-detail'
import { memberName, notTakingPart } from '../live/item-rules'

// What a correction points at in a signed meeting, and the original value of the field as
// signed. Read from the loaded record, whose rows the seal keeps as they were.

export interface ResolvedTarget {
  /** How the audit log and messages name it: 议题“…”, 张三在议题“…”中的发言 … */
  description: string
  original: string | null
}

const notInMeeting = () => new AppError('NOT_FOUND', '更正的对象不属于该会议（可能已被移除），请刷新后重试。')

function member(detail: MeetingDetail, personId: string) {
  const row = detail.members.find((candidate) => candidate.personId === personId)
  if (!row) throw notInMeeting()
  return row
}

export function resolveTarget(detail: MeetingDetail, target: AmendmentTarget, targetId: string, field: string): ResolvedTarget {
  if (target === 'meeting') {
    if (targetId !== detail.id) throw notInMeeting()
    const values: Record<string, string | null> = { place: detail.place, startTime: detail.startTime, endTime: detail.endTime }
    return { description: '会议信息', original: values[field] ?? null }
  }
  if (target === 'agenda_item') {
    if (!detail.items.some((row) => row.id === targetId)) throw notInMeeting()
    const item = itemOf(detail, targetId)
    if (field === 'decisionText' || field === 'reportNotes') refuseOnPersonnelItem(item, amendmentFieldLabel(target, field))
    if (field === 'speakingOrderReason' && !item.speakingOrderReason) {
      throw new AppError('RULE_VIOLATION', `议题“${item.topic.title}”按建议顺序（常委排名倒序）发言，记录人没有调整顺序，没有调整原因可以更正。`)
    }
    const values: Record<string, string | null> = {
      decisionText: item.decisionText,
      reportNotes: item.reportNotes,
      responsibleUnits: item.responsibleUnits,
      deadline: item.deadline,
      speakingOrderReason: item.speakingOrderReason,
    }
    return { description: `议题“${item.topic.title}”`, original: emptyAsNull(values[field]) }
  }
  if (target === 'member') {
    const row = member(detail, targetId)
    if (row.attendance !== 'leave') throw new AppError('RULE_VIOLATION', `${row.name}出席了会议：请假说明和书面意见只属于请假的成员，不能更正。`)
    const values: Record<string, string | null> = { leaveNote: row.leaveNote, writtenView: row.writtenView }
    return { description: row.name, original: emptyAsNull(values[field]) }
  }
  const [itemId = '', personId = '', ...rest] = targetId.split(':')
  if (rest.length > 0 || !detail.items.some((row) => row.id === itemId)) throw notInMeeting()
  const item = itemOf(detail, itemId)
  refuseOnPersonnelItem(item, '发言')
  member(detail, personId)
  const speech = item.speeches.find((row) => row.personId === personId)
  // A speech recorded before the member left the room (or recused) stays in the record, and correctable.
  const why = speech ? null : notTakingPart(detail, item, personId)
  if (why) throw new AppError('RULE_VIOLATION', `${memberName(detail, personId)}${why}，该议题中没有其发言可以更正。`)
  const values: Record<string, string | null> = { notes: speech?.notes ?? null, stance: speech?.stance ?? null }
  return { description: `${memberName(detail, personId)}在议题“${item.topic.title}”中的发言`, original: emptyAsNull(values[field]) }
}

/**
 * A personnel item's record keeps no candidate: views, reports and decisions are in the book,
 * whose own correction entries correct them. A correction here would put them in the main store.
 */
function refuseOnPersonnelItem(item: AgendaItemView, what: string): void {
  if (item.topic.category !== 'personnel') return
  throw new AppError(
    'RULE_VIOLATION',
    `议题“${item.topic.title}”是干部任免议题：其${what}记入干部任免专用记录本，会议记录只保留结果和专用记录本的编号，不能在会议记录中更正。如需更正，请在专用记录本中登记更正条目。`,
  )
}

function emptyAsNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : value
}
