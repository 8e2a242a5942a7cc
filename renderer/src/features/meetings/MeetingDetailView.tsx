import { Suspense, useState } from 'react'
import type { MeetingDetail } from '../../../../shared/meetings/views'
import { isBeforeMeeting } from '../../../../shared/meetings/status'
import { meetingStatusLabels } from '../../../../shared/meetings/vocabulary'
import { formatChineseDateTime } from '../../../../shared/format/date-time'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'
import { useSession } from '../session/SessionContext'
import { MeetingDocumentsSection, meetingDocumentRows } from '../documents/MeetingDocumentsSection'
import { minutesDocumentRow } from '../minutes/minutesDocumentRow'
import { MeetingPapersSection } from '../meeting-papers/MeetingPapersSection'
import { meetingPaperRows } from '../meeting-papers/meetingPaperRows'
import { useMeetingPapers } from '../meeting-papers/useMeetingPapers'
import { AgendaSection } from './AgendaSection'
import { chineseDate } from './chineseDate'
import { GuestsSection } from './GuestsSection'
import { BackButton } from './BackButton'
import type { MeetingDetailPageProps } from './meetingDetailProps'
import { MeetingFormDialog } from './MeetingFormDialog'
import { MembersSection } from './MembersSection'
import { NextStepButton } from './NextStepButton'
import { PreparationWarnings } from './PreparationWarnings'
import { StatusStepper } from './StatusStepper'
import { SealStatus } from '../seals/SealStatus'
import type { MeetingActions } from './useMeetingDetail'
import { PageLoading } from '../../components/PageLoading'
import { lazyNamed } from '../../lib/lazyNamed'

interface MeetingDetailViewProps extends MeetingDetailPageProps {
  meeting: MeetingDetail
  actions: MeetingActions
}

// 会议纪要 (its editor and document preview) is its own chunk, loaded when opened.
const MinutesScreen = lazyNamed(() => import('../minutes/MinutesScreen'), 'MinutesScreen')

/** Header, status and next step, details, 应到 and 列席, and the agenda. */
export function MeetingDetailView({ meeting, actions, focusItemId, onBack, onOpenLive, onOpenMeeting, onOpenTopic }: MeetingDetailViewProps) {
  const { session } = useSession()
  const canWrite = session.permissions.includes('records.write')
  const editable = canWrite && isBeforeMeeting(meeting.status)
  const [editing, setEditing] = useState(false)
  // 会议纪要 opens in place of the meeting; back, the meeting is read again (签发 may have sealed it).
  const [minutesOpen, setMinutesOpen] = useState(false)
  const papers = useMeetingPapers(meeting.id)
  const hasSecretMaterials = papers.state.status === 'ready' && papers.state.value.materials.length > 0
  const time = meeting.endTime ? `${meeting.startTime}—${meeting.endTime}` : meeting.startTime

  if (minutesOpen) {
    return (
      <Suspense fallback={<PageLoading text="正在打开会议纪要…" />}>
        <MinutesScreen
          meetingId={meeting.id}
          onBack={() => {
            setMinutesOpen(false)
            actions.reload()
          }}
        />
      </Suspense>
    )
  }

  return (
    <div className="stack meeting-page">
      <BackButton onBack={onBack} />
      <header className="meeting-header">
        <div>
          <h1>{meeting.label}</h1>
          <p className="page-description">
            {chineseDate(meeting.date, true)} {time} · {meeting.place}
          </p>
        </div>
        <div className="page-actions">
          {editable && (
            <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
              编辑会议信息
            </button>
          )}
          {(meeting.status === 'ended' || meeting.status === 'signed') && (
            <button type="button" className="button button-secondary" onClick={() => setMinutesOpen(true)}>
              会议纪要
            </button>
          )}
          <NextStepButton meeting={meeting} actions={actions} canWrite={canWrite} onOpenLive={onOpenLive} />
        </div>
      </header>
      <StatusStepper status={meeting.status} />
      <ErrorMessage message={actions.error} />
      {actions.notice && <StatusMessage tone="success">{actions.notice}</StatusMessage>}
      {actions.busy && <StatusMessage tone="busy">正在保存…</StatusMessage>}
      {meeting.status !== 'signed' && <PreparationWarnings meeting={meeting} />}

      <section className="card" aria-labelledby="meeting-info-title">
        <h2 id="meeting-info-title">会议信息</h2>
        <dl className="detail-list meeting-info">
          <dt>会议日期</dt>
          <dd>{chineseDate(meeting.date, true)}</dd>
          <dt>时间</dt>
          <dd>{time}</dd>
          <dt>地点</dt>
          <dd>{meeting.place}</dd>
          <dt>主持</dt>
          <dd>{meeting.chairName ?? '未指定'}</dd>
          <dt>记录</dt>
          <dd>{meeting.recorderName}</dd>
          <dt>状态</dt>
          <dd>
            {meetingStatusLabels[meeting.status]}
            {meeting.notifiedAt && <span className="meeting-info-note">通知于 {formatChineseDateTime(meeting.notifiedAt)}</span>}
            {meeting.signedAt && <span className="meeting-info-note">{meeting.signedByName ?? ''} 签发于 {formatChineseDateTime(meeting.signedAt)}</span>}
          </dd>
        </dl>
        {meeting.sealCheck && <SealStatus check={meeting.sealCheck} />}
      </section>

      <div className="meeting-columns">
        <MembersSection meeting={meeting} actions={actions} editable={editable} />
        <GuestsSection meeting={meeting} actions={actions} editable={canWrite && meeting.status !== 'signed'} />
      </div>

      <AgendaSection meeting={meeting} actions={actions} editable={editable} focusItemId={focusItemId} onOpenMeeting={onOpenMeeting} onOpenTopic={onOpenTopic} />

      <MeetingPapersSection meeting={meeting} papers={papers} actions={actions} />

      <MeetingDocumentsSection meeting={meeting} rows={[...meetingDocumentRows, ...meetingPaperRows(hasSecretMaterials), minutesDocumentRow]} />

      {editing && (
        <MeetingFormDialog
          meeting={meeting}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false)
            void actions.run(() => Promise.resolve({ ok: true, value: saved }), '已保存会议信息。')
          }}
        />
      )}
    </div>
  )
}
