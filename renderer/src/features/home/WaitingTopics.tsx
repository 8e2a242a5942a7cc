import type { Shortlist, TopicAwaitingApproval, TopicAwaitingMaterials } from '../../../../shared/dashboard/views'
import { CategoryBadge } from '../topics/TopicBadges'
import { useNavigation } from '../layout/navigation'
import { chineseDate } from '../meetings/chineseDate'
import { HomeCard } from './HomeCard'
import { MetaLine } from './MetaLine'
import { UncoveredYearsNote } from '../calendar-settings/UncoveredYearsNote'

function TopicButton({ topicId, title }: { topicId: string; title: string }) {
  const { navigate } = useNavigation()
  return (
    <button type="button" className="link-button home-item-title" onClick={() => navigate('meetings', { topicId })}>
      {title}
    </button>
  )
}

function materialsText(topic: TopicAwaitingMaterials, today: string): string {
  const due = chineseDate(topic.deadline.due)
  if (topic.deadline.state === 'late') return `材料逾期提交（截止${due}）`
  return topic.deadline.due < today ? `材料未提交，已过截止日${due}` : `材料未提交，${due}截止`
}

/** 待审定 / 待交材料: topics that hold up a meeting's preparation; each opens the topic. */
export function WaitingTopics({ approval, materials, today }: { approval: Shortlist<TopicAwaitingApproval>; materials: TopicAwaitingMaterials[]; today: string }) {
  return (
    <HomeCard title="待审定、待交材料的议题" count={approval.total + materials.length}>
      <h3 className="home-subtitle">待书记审定（{approval.total} 项）</h3>
      {approval.total === 0 ? (
        <p className="home-empty">所有议题均已审定。</p>
      ) : (
        <ul className="home-list home-list-compact">
          {approval.items.map((topic) => (
            <li key={topic.topicId} className="home-row">
              <TopicButton topicId={topic.topicId} title={topic.title} />
              <CategoryBadge category={topic.category} />
              <MetaLine parts={[topic.proposingUnit, topic.meeting ? `已列入${topic.meeting.label}` : `${chineseDate(topic.proposedOn)}申报`]} />
            </li>
          ))}
          {approval.total > approval.items.length && <li className="home-more">另有 {approval.total - approval.items.length} 项，请在“会议 → 议题库”中查看。</li>}
        </ul>
      )}
      <h3 className="home-subtitle">待交材料或材料逾期（{materials.length} 项）</h3>
      {materials.length === 0 ? (
        <p className="home-empty">待开会议的议题材料均已按时提交。</p>
      ) : (
        <ul className="home-list home-list-compact">
          {materials.map((topic) => (
            <li key={topic.itemId} className="home-row">
              <TopicButton topicId={topic.topicId} title={topic.title} />
              <span className={`badge ${topic.deadline.state === 'late' || topic.deadline.due < today ? 'badge-danger' : 'badge-warn'}`}>{materialsText(topic, today)}</span>
              <UncoveredYearsNote years={topic.deadline.uncoveredYears} compact />
              <MetaLine parts={[`${topic.meeting.label}（${chineseDate(topic.meeting.date)}）`, topic.proposingUnit]} />
            </li>
          ))}
        </ul>
      )}
    </HomeCard>
  )
}
