import { meetingStatusLabels, type MeetingStatus, type MeetingNumbering, type TopicOutcome, type TopicState } from './vocabulary'

// 筹备 → 已通知 → 进行中 → 已结束 → 已签发: one step forward at a time. 签发 seals.
const forward: Record<MeetingStatus, MeetingStatus | null> = {
  preparing: 'notified',
  notified: 'in_progress',
  in_progress: 'ended',
  ended: 'signed',
  signed: null,
}

export function nextMeetingStatus(status: MeetingStatus): MeetingStatus | null {
  return forward[status]
}

/** Why `from` cannot move to `to` (in Chinese), or null. */
export function transitionProblem(from: MeetingStatus, to: MeetingStatus): string | null {
  if (forward[from] === to) return null
  if (from === 'signed') return '会议记录已签发封存，状态不能再改变'
  if (from === to) return `会议已处于“${meetingStatusLabels[from]}”阶段`
  return `会议处于“${meetingStatusLabels[from]}”阶段，不能直接改为“${meetingStatusLabels[to]}”${forward[from] ? `（下一步是“${meetingStatusLabels[forward[from]]}”）` : ''}`
}

/** Agenda, members and details can be changed until the meeting starts. */
export const isBeforeMeeting = (status: MeetingStatus) => status === 'preparing' || status === 'notified'
/** Attendance, speeches, votes and outcomes are recorded while it runs and until signing. */
export const isRecordable = (status: MeetingStatus) => status === 'in_progress' || status === 'ended'

/** "2026年第15次常委会会议" or "第十三届第15次常委会会议". */
export function meetingNumberLabel(input: { numbering: MeetingNumbering; year: number; termName: string | null; sequence: number; bodyName: string }): string {
  const scope = input.numbering === 'term' && input.termName ? input.termName : `${input.year}年`
  return `${scope}第${input.sequence}次${input.bodyName}`
}

/** Where a topic stands, from its approval, withdrawal and its agenda items (oldest first). */
export function topicState(input: { approved: boolean; withdrawn: boolean; outcomes: readonly (TopicOutcome | null)[] }): TopicState {
  if (input.withdrawn || input.outcomes.includes('withdrawn')) return 'withdrawn'
  if (input.outcomes.some((outcome) => outcome === 'passed' || outcome === 'rejected')) return 'decided'
  const last = input.outcomes.at(-1)
  if (last === null) return 'scheduled'
  if (last === 'deferred') return 'deferred'
  return input.approved ? 'approved' : 'proposed'
}

/** A topic that may be put on a (further) meeting's agenda: not decided, withdrawn or already pending on one. */
export const isOpenTopic = (state: TopicState) => state === 'proposed' || state === 'approved' || state === 'deferred'

/**
 * The label of the later meeting a deferred item's topic was carried over to (缓议 → its
 * agenda), or null. The earlier item's 缓议 then stands: deciding it there too would decide
 * the topic twice. `history` is the topic's agenda items, oldest meeting first.
 */
export function carriedOverTo(history: readonly { itemId: string; meetingLabel: string }[], itemId: string): string | null {
  const index = history.findIndex((entry) => entry.itemId === itemId)
  return index >= 0 ? (history[index + 1]?.meetingLabel ?? null) : null
}
