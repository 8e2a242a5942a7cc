import type { MeetingDetail } from '../../../../shared/meetings/views'
import { withUncoveredNote } from '../../../../shared/calendar/coverage'
import { chineseDate } from './chineseDate'

const titles = (items: MeetingDetail['items']) => items.map((item) => `《${item.topic.title}》`).join('、')

/** What still stands between this agenda and a valid meeting, said before anyone sits down. */
export function meetingProblems(meeting: MeetingDetail): string[] {
  const problems: string[] = []
  const open = meeting.items.filter((item) => item.outcome === null)
  const unapproved = open.filter((item) => item.topic.approvedAt === null)
  if (unapproved.length > 0) problems.push(`${unapproved.length} 个议题尚未经书记审定，会上不能作出决定：${titles(unapproved)}`)
  const unconsulted = open.filter((item) => item.consultationRequired && item.topic.consultation === null)
  if (unconsulted.length > 0) problems.push(`干部任免议题须先经书记专题会议酝酿，以下议题尚未关联酝酿记录：${titles(unconsulted)}`)
  const notHeld = open.filter((item) => item.consultationRequired && item.topic.consultation && !item.topic.consultation.held)
  if (notHeld.length > 0) problems.push(`以下议题所关联的书记专题会议尚未召开：${titles(notHeld)}`)
  const missing = open.filter((item) => item.materialDeadline.state === 'missing')
  if (missing.length > 0) {
    const due = missing[0]?.materialDeadline.due ?? ''
    // The due day was counted by weekends alone when its year's arrangement is missing: say so.
    const uncovered = missing[0]?.materialDeadline.uncoveredYears ?? []
    problems.push(withUncoveredNote(`${missing.length} 个议题的汇报材料尚未提交（截止 ${chineseDate(due)}）：${titles(missing)}`, uncovered))
  }
  if (meeting.members.length === 0) problems.push('这次会议还没有应到成员：请检查会议日期的常委名单，或选择应到成员。')
  return problems
}

export function PreparationWarnings({ meeting }: { meeting: MeetingDetail }) {
  const problems = meetingProblems(meeting)
  if (problems.length === 0) return null
  return (
    <section className="message message-warning prep-warnings" aria-label="会前提示">
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </section>
  )
}
