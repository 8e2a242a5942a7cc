import type { MaterialDeadline, TopicSummary } from '../../../../shared/meetings/views'
import { isThreeMajorsOneLarge, topicCategoryLabels, topicStateLabels, type TopicCategory, type TopicState } from '../../../../shared/meetings/vocabulary'
import { formatChineseDateTime } from '../../../../shared/format/date-time'
import { chineseDate } from '../meetings/chineseDate'
import { UncoveredYearsNote } from '../calendar-settings/UncoveredYearsNote'

/** 一般事项 plain; the 三重一大 stand out (they must be decided collectively). */
export function CategoryBadge({ category }: { category: TopicCategory }) {
  if (!isThreeMajorsOneLarge(category)) return <span className="badge badge-off">{topicCategoryLabels[category]}</span>
  return (
    <span className="badge badge-major" title="三重一大事项，须集体讨论决定">
      三重一大 · {topicCategoryLabels[category]}
    </span>
  )
}

const stateTone: Record<TopicState, string> = {
  proposed: 'warn',
  approved: 'ok',
  scheduled: 'info',
  deferred: 'warn',
  decided: 'ok',
  withdrawn: 'off',
}

export function TopicStateBadge({ state }: { state: TopicState }) {
  return <span className={`badge badge-${stateTone[state]}`}>{topicStateLabels[state]}</span>
}

/** 书记审定 ✓ (who, when) or 待审定. */
export function ApprovalBadge({ topic }: { topic: Pick<TopicSummary, 'approvedAt' | 'approvedByName'> }) {
  if (topic.approvedAt === null) return <span className="badge badge-warn">待书记审定</span>
  return (
    <span className="badge badge-ok" title={`${topic.approvedByName ?? ''} 登记于 ${formatChineseDateTime(topic.approvedAt)}`}>
      书记审定 ✓
    </span>
  )
}

const deadlineLabels: Record<MaterialDeadline['state'], string> = { ok: '材料按时', late: '材料逾期', missing: '材料未提交' }

/** 按时 / 逾期 / 未提交, with the day they were due. */
export function MaterialDeadlineBadge({ deadline }: { deadline: MaterialDeadline }) {
  return (
    <>
      <span className={`badge badge-${deadline.state === 'ok' ? 'ok' : 'warn'}`}>
        {deadlineLabels[deadline.state]}（截止 {chineseDate(deadline.due)}）
      </span>
      <UncoveredYearsNote years={deadline.uncoveredYears} compact />
    </>
  )
}
