import type { AgendaItemView, MaterialDeadline } from '../../../../shared/meetings/views'
import { topicCategoryLabels, topicOutcomeLabels } from '../../../../shared/meetings/vocabulary'
import { UncoveredYearsNote } from '../calendar-settings/UncoveredYearsNote'
import { useNavigation } from '../layout/navigation'
import { chineseDate } from '../meetings/chineseDate'

function deadlineText(deadline: MaterialDeadline): { text: string; tone: string } {
  const due = `材料截止 ${chineseDate(deadline.due)}（会前 ${deadline.workingDays} 个工作日）`
  if (deadline.state === 'ok') return { text: `${due}，已按时报送`, tone: 'badge-ok' }
  if (deadline.state === 'late') return { text: `${due}，逾期报送`, tone: 'badge-warn' }
  return { text: `${due}，尚无材料`, tone: 'badge-warn' }
}

/** The topic as the room hears it: what, who reports, who attends for it, and whether it may be decided. */
export function ItemHeader({ item, index }: { item: AgendaItemView; index: number }) {
  const navigation = useNavigation()
  const topic = item.topic
  const deadline = deadlineText(item.materialDeadline)
  const consultation = topic.consultation
  return (
    <header className="item-header">
      <h2 id="item-title">
        <span className="item-number">议题{index + 1}</span>
        {topic.title}
      </h2>
      <div className="item-badges">
        <span className={topic.category === 'general' ? 'badge badge-off' : 'badge badge-brand'}>{topicCategoryLabels[topic.category]}</span>
        {topic.approvedAt ? (
          <span className="badge badge-ok">✓ 已经书记审定{topic.approvedByName && `（${topic.approvedByName}登记）`}</span>
        ) : (
          <span className="badge badge-danger">✗ 未经书记审定</span>
        )}
        <span className={`badge ${deadline.tone}`}>{deadline.text}</span>
        {item.consultationRequired &&
          (consultation ? (
            <span className={`badge ${consultation.held ? 'badge-ok' : 'badge-warn'}`}>
              酝酿：
              <button type="button" className="button button-link badge-link" onClick={() => navigation.navigate('meetings', { meetingId: consultation.meetingId, itemId: consultation.itemId })}>
                {consultation.meetingLabel}（{chineseDate(consultation.date)}）
              </button>
              {!consultation.held && '，尚未召开'}
            </span>
          ) : (
            <span className="badge badge-danger">✗ 未关联书记专题会议酝酿</span>
          ))}
        {item.outcome && <span className="badge badge-outcome">已议定：{topicOutcomeLabels[item.outcome]}</span>}
      </div>
      <UncoveredYearsNote years={item.materialDeadline.uncoveredYears} />
      <dl className="item-facts">
        <dt>提请单位</dt>
        <dd>{topic.proposingUnit}</dd>
        <dt>汇报人</dt>
        <dd>{topic.presenter}</dd>
        <dt>分管领导</dt>
        <dd>
          {topic.leaderInChargeName ?? '—'}
          {topic.leaderSignedOffOn && `（${chineseDate(topic.leaderSignedOffOn)}审核）`}
        </dd>
        <dt>列席本议题</dt>
        <dd>{topic.guests.length === 0 ? '无' : topic.guests.map((guest) => (guest.post ? `${guest.name}（${guest.post}）` : guest.name)).join('、')}</dd>
        {item.previous.length > 0 && (
          <>
            <dt>此前上会</dt>
            <dd>{item.previous.map((entry) => `${entry.meetingLabel}（${entry.outcome ? topicOutcomeLabels[entry.outcome] : '未议定'}）`).join('；')}</dd>
          </>
        )}
      </dl>
    </header>
  )
}
