import { useContext, useState } from 'react'
import { outstandingCopies } from '../../../../shared/meeting-papers/copies'
import type { SecretMaterialView } from '../../../../shared/meeting-papers/views'
import { meetingStatusLabels } from '../../../../shared/meetings/vocabulary'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { chineseDate } from '../meetings/chineseDate'
import { AmendableText } from './AmendableText'
import { AutosaveContext } from './autosave'
import { chineseDateTime } from './chineseDateTime'
import { meetingQuorum } from './liveState'
import { useStructuralAction } from './liveActions'
import { useLive } from './LiveContext'
import { QuorumIndicator } from './QuorumIndicator'
import { SignDialog } from './SignDialog'
import { SealStatus } from '../seals/SealStatus'
import { EndMeetingWarning } from '../meeting-papers/EndMeetingWarning'
import type { MeetingDetail } from '../../../../shared/meetings/views'

/** 王秘书 签发于 2026年2月6日 10:00 */
function signedText(detail: Pick<MeetingDetail, 'signedByName' | 'signedAt'>): string {
  return `${detail.signedByName ?? ''} 签发于 ${detail.signedAt ? chineseDateTime(detail.signedAt) : ''}`.trim()
}

/** The meeting, its status and live quorum; 结束会议 and 签发; the seal once signed. */
export function LiveHeader({ onBack }: { onBack: () => void }) {
  const { detail, onDetail } = useLive()
  const registry = useContext(AutosaveContext)
  const action = useStructuralAction(onDetail)
  const [signing, setSigning] = useState(false)
  // Copies of classified materials still out when 结束会议 is pressed: warned first.
  const [outstanding, setOutstanding] = useState<SecretMaterialView[] | null>(null)

  async function end(checked = false) {
    await registry?.flushAll()
    if (!checked) {
      const papers = await call('papers.get', { meetingId: detail.id })
      if (papers.ok && outstandingCopies(papers.value.materials).length > 0) return setOutstanding(papers.value.materials)
    }
    setOutstanding(null)
    await action.run(() => call('meetings.advance', { id: detail.id, to: 'ended' }))
  }

  async function back() {
    await registry?.flushAll()
    onBack()
  }

  return (
    <header className="live-header">
      <div className="live-header-main">
        <button type="button" className="button button-link live-back" onClick={() => void back()}>
          ← 返回
        </button>
        <h1>{detail.label}</h1>
        <span className={`badge status-${detail.status}`}>{meetingStatusLabels[detail.status]}</span>
        <span className="live-muted live-header-facts">
          {chineseDate(detail.date)} {detail.startTime} · {detail.place} · 主持：{detail.chairName ?? '—'} · 记录：{detail.recorderName}
        </span>
        <div className="live-header-actions">
          {detail.status === 'in_progress' && (
            <button type="button" className="button button-secondary" onClick={() => void end()} disabled={action.busy}>
              结束会议
            </button>
          )}
          {detail.status === 'ended' && (
            <button type="button" className="button button-primary" onClick={() => setSigning(true)}>
              签发…
            </button>
          )}
        </div>
      </div>
      <QuorumIndicator status={meetingQuorum(detail)} title="会议" enforced={detail.body.quorumRequired} />
      {detail.sealCheck && <SealStatus check={detail.sealCheck} signed={signedText(detail)} />}
      {detail.status === 'signed' && (
        <div className="sealed-facts">
          <AmendableText target="meeting" targetId={detail.id} field="place" original={detail.place} inline />
          <AmendableText target="meeting" targetId={detail.id} field="startTime" original={detail.startTime} inline />
          <AmendableText target="meeting" targetId={detail.id} field="endTime" original={detail.endTime ?? ''} inline />
        </div>
      )}
      {(detail.status === 'preparing' || detail.status === 'notified') && <p className="message message-info">会议尚未开始：开始会议后才能登记出席、发言和表决。</p>}
      <ErrorMessage message={action.error} />
      {signing && <SignDialog onClose={() => setSigning(false)} />}
      {outstanding && <EndMeetingWarning materials={outstanding} busy={action.busy} onEnd={() => void end(true)} onClose={() => setOutstanding(null)} />}
    </header>
  )
}
