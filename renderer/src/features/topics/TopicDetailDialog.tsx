import type { TopicSummary } from '../../../../shared/meetings/views'
import { formatChineseDateTime } from '../../../../shared/format/date-time'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { StatusMessage } from '../../components/StatusMessage'
import { chineseDate } from '../meetings/chineseDate'
import { MaterialsSection } from './MaterialsSection'
import { ApprovalBadge, CategoryBadge, TopicStateBadge } from './TopicBadges'
import { TopicActionsBar } from './TopicActionsBar'
import { TopicHistory } from './TopicHistory'
import { useTopic } from './useTopic'

interface TopicDetailDialogProps {
  topicId: string
  canWrite: boolean
  onClose: () => void
  onChanged: () => void
  onEdit: (topic: TopicSummary) => void
  onOpenMeeting: (meetingId: string) => void
}

/** One topic: its particulars, 书记审定, withdrawal, materials and its meetings. */
export function TopicDetailDialog({ topicId, canWrite, onClose, onChanged, onEdit, onOpenMeeting }: TopicDetailDialogProps) {
  const [topic, actions] = useTopic(topicId, onChanged)
  const title = topic.status === 'ready' ? topic.value.title : '议题'
  return (
    <Dialog title={title} onClose={onClose} busy={actions.busy} size="wide">
      {topic.status === 'loading' && <LoadingIndicator text="正在加载议题…" />}
      {topic.status === 'error' && <ErrorMessage message={topic.error.message} />}
      {topic.status === 'ready' && (
        <div className="topic-detail">
          <div className="agenda-checks">
            <CategoryBadge category={topic.value.category} />
            <TopicStateBadge state={topic.value.state} />
            {/* 待审定 / 已审定 already say it; once on an agenda the approval is shown apart. */}
            {(topic.value.state === 'scheduled' || topic.value.state === 'deferred') && <ApprovalBadge topic={topic.value} />}
          </div>
          <TopicFacts topic={topic.value} onOpenMeeting={onOpenMeeting} />
          <ErrorMessage message={actions.error} />
          {actions.notice && <StatusMessage tone="success">{actions.notice}</StatusMessage>}
          {actions.busy && <StatusMessage tone="busy">正在处理…</StatusMessage>}
          {canWrite && <TopicActionsBar topic={topic.value} actions={actions} onEdit={() => onEdit(topic.value)} />}
          <MaterialsSection topic={topic.value} actions={actions} canWrite={canWrite && topic.value.state !== 'withdrawn'} />
          <TopicHistory topic={topic.value} onOpenMeeting={onOpenMeeting} />
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose} disabled={actions.busy} data-autofocus>
          关闭
        </button>
      </div>
    </Dialog>
  )
}

function TopicFacts({ topic, onOpenMeeting }: { topic: TopicSummary; onOpenMeeting: (meetingId: string) => void }) {
  const leader = topic.leaderInChargeName ? `${topic.leaderInChargeName}${topic.leaderSignedOffOn ? `（${chineseDate(topic.leaderSignedOffOn)}审核）` : ''}` : '未指定'
  return (
    <dl className="detail-list">
      <dt>会议类型</dt>
      <dd>{topic.bodyName}</dd>
      <dt>提请单位</dt>
      <dd>{topic.proposingUnit}</dd>
      <dt>汇报人</dt>
      <dd>{topic.presenter}</dd>
      <dt>分管领导</dt>
      <dd>{leader}</dd>
      <dt>书记审定</dt>
      <dd>{topic.approvedAt ? `已审定（${topic.approvedByName ?? ''}登记于 ${formatChineseDateTime(topic.approvedAt)}）` : '待审定'}</dd>
      {topic.category === 'personnel' && (
        <>
          <dt>酝酿</dt>
          <dd>
            {topic.consultation ? (
              <>
                <button type="button" className="link-button" onClick={() => onOpenMeeting(topic.consultation?.meetingId ?? '')}>
                  {topic.consultation.meetingLabel}
                </button>
                （{chineseDate(topic.consultation.date)}
                {topic.consultation.held ? '' : '，尚未召开'}）
              </>
            ) : (
              '尚未关联书记专题会议'
            )}
          </dd>
        </>
      )}
      <dt>列席</dt>
      <dd>{topic.guests.length === 0 ? '无' : topic.guests.map((guest) => (guest.post ? `${guest.name}（${guest.post}）` : guest.name)).join('、')}</dd>
      {topic.summary && (
        <>
          <dt>摘要</dt>
          <dd className="topic-summary">{topic.summary}</dd>
        </>
      )}
      {topic.withdrawnAt && (
        <>
          <dt>撤回</dt>
          <dd>
            {formatChineseDateTime(topic.withdrawnAt)}：{topic.withdrawnReason}
          </dd>
        </>
      )}
    </dl>
  )
}
