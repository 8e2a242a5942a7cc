import type { TopicSummary } from '../../../../shared/meetings/views'
import { chineseDate } from '../../../../shared/roster/dates'
import { CategoryBadge, TopicStateBadge } from './TopicBadges'

const meetingDates = (topic: TopicSummary) =>
  [...new Set(topic.history.map((entry) => entry.date))]
    .sort()
    .map(chineseDate)
    .join('、')

/** The topics, each title a button that opens its details. */
export function TopicsTable({ topics, onOpen }: { topics: readonly TopicSummary[]; onOpen: (topic: TopicSummary) => void }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">议题列表</caption>
        <thead>
          <tr>
            <th scope="col">议题</th>
            <th scope="col">类别</th>
            <th scope="col">会议类型</th>
            <th scope="col">提请单位</th>
            <th scope="col">汇报人</th>
            <th scope="col" className="cell-number">
              材料
            </th>
            <th scope="col">上会日期</th>
            <th scope="col">状态</th>
          </tr>
        </thead>
        <tbody>
          {topics.map((topic) => (
            <tr key={topic.id} className={topic.state === 'withdrawn' ? 'row-muted' : undefined}>
              <th scope="row" className="cell-summary">
                <button type="button" className="link-button" onClick={() => onOpen(topic)}>
                  {topic.title}
                </button>
              </th>
              <td>
                <CategoryBadge category={topic.category} />
              </td>
              <td className="cell-name">{topic.bodyName}</td>
              <td>{topic.proposingUnit}</td>
              <td className="cell-name">{topic.presenter}</td>
              <td className="cell-number meeting-count">{topic.materials.length}</td>
              {/* Every meeting the topic was on (a deferred topic comes back), earliest first. */}
              <td className="cell-time">{meetingDates(topic) || <span className="muted-line">未上会</span>}</td>
              <td>
                <TopicStateBadge state={topic.state} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
