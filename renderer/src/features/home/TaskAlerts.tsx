import type { DashboardTask, Shortlist } from '../../../../shared/dashboard/views'
import { taskStatusLabels } from '../../../../shared/follow-up/task-status'
import { useNavigation } from '../layout/navigation'
import { chineseDate } from '../meetings/chineseDate'
import { HomeCard } from './HomeCard'
import { UncoveredYearsNote } from '../calendar-settings/UncoveredYearsNote'
import { MetaLine } from './MetaLine'

const dueText = (task: DashboardTask) => `办结时限 ${chineseDate(task.deadline)}`
const movedText = (task: DashboardTask) => task.dueOn !== task.deadline && `逢休息日顺延至${chineseDate(task.dueOn)}`

function TaskList({ title, list, empty, tone }: { title: string; list: Shortlist<DashboardTask>; empty: string; tone: 'danger' | 'warn' }) {
  const { navigate } = useNavigation()
  return (
    <>
      <h3 className="home-subtitle">
        {title}（{list.total} 项）
      </h3>
      {list.total === 0 ? (
        <p className="home-empty">{empty}</p>
      ) : (
        <ul className="home-list home-list-compact">
          {list.items.map((task) => (
            <li key={task.taskId} className="home-row">
              <button type="button" className="link-button home-item-title" onClick={() => navigate('supervision', { taskId: task.taskId })}>
                {task.topicTitle}
              </button>
              <span className={`badge badge-${tone}`}>{tone === 'danger' ? taskStatusLabels.overdue : taskStatusLabels[task.status]}</span>
              <MetaLine parts={[task.meeting.label, `牵头领导：${task.leadLeaderName ?? '未定'}`, task.responsibleUnits || '责任单位未定', dueText(task), movedText(task)]} />
              <UncoveredYearsNote years={task.uncoveredYears} compact />
            </li>
          ))}
          {list.total > list.items.length && <li className="home-more">另有 {list.total - list.items.length} 项，请在“督办”中查看。</li>}
        </ul>
      )}
    </>
  )
}

/** 督办: tasks overdue and due within 7 days; each opens the task on the 督办 page. */
export function TaskAlerts({ overdue, dueSoon }: { overdue: Shortlist<DashboardTask>; dueSoon: Shortlist<DashboardTask> }) {
  return (
    <HomeCard title="督办事项" count={overdue.total + dueSoon.total}>
      <TaskList title="逾期" list={overdue} empty="没有逾期的督办事项。" tone="danger" />
      <TaskList title="7日内到期" list={dueSoon} empty="7日内没有到期的督办事项。" tone="warn" />
    </HomeCard>
  )
}
