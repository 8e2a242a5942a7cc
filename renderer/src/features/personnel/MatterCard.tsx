import { useState, type ReactNode } from 'react'
import type { MatterView } from '../../../../shared/personnel/views'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'
import { useNavigation } from '../layout/navigation'
import { dayText } from './personnelFormat'
import { UncoveredYearsNote } from '../calendar-settings/UncoveredYearsNote'

interface StageRow {
  label: string
  date: string | null
  note?: ReactNode
  hidden?: boolean
}

/** One matter: what it proposes, each stage of the procedure with its date, and its actions. */
export function MatterCard({ matter, onEdit }: { matter: MatterView; onEdit: () => void }) {
  const { navigate } = useNavigation()
  const [savedPath, setSavedPath] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const s = matter.stages

  const meetingLink = (meetingId: string | null, text: string) =>
    meetingId ? (
      <button type="button" className="book-link" onClick={() => navigate('meetings', { meetingId })}>
        {text}
      </button>
    ) : null

  const rows: StageRow[] = [
    { label: '动议', date: s.proposedOn },
    { label: '民主推荐', date: s.recommendedOn },
    { label: '考察', date: s.inspectedOn, note: matter.integrityOpinion ? `廉政意见：${matter.integrityOpinion}` : '廉政意见：未填写' },
    { label: '酝酿（书记专题会议）', date: s.consultedOn, note: meetingLink(matter.consultationMeetingId, '查看书记专题会议') },
    {
      label: '讨论决定（常委会）',
      date: s.decidedOn,
      note: (
        <>
          {matter.decision ? `专用记录本${matter.decision.entryLabel}，${matter.decision.resultLabel}` : '在会议中逐一表决后由记录本填入'}
          {matter.decisionMeetingId && <> · {meetingLink(matter.decisionMeetingId, '查看常委会会议')}</>}
        </>
      ),
    },
    { label: '任前公示开始', date: s.noticeStart, hidden: !matter.needsNotice },
    {
      label: '任前公示结束',
      date: s.noticeEnd,
      hidden: !matter.needsNotice,
      note: matter.earliestNoticeEnd ? (
        <>
          不少于 5 个工作日，最早可于{dayText(matter.earliestNoticeEnd)}结束
          <UncoveredYearsNote years={matter.noticeUncoveredYears} compact />
        </>
      ) : undefined,
    },
    { label: '任职通知', date: s.appointedOn, note: matter.appointmentDocNo ? `文号：${matter.appointmentDocNo}` : undefined },
    { label: '任职谈话', date: s.talkOn },
    { label: '试用期满', date: s.probationEnd, hidden: !matter.probation, note: '试用期一年，自任职通知之日起计算' },
    { label: '转正', date: s.confirmedOn, hidden: !matter.probation },
  ]

  async function exportLrmx() {
    setBusy(true)
    setError(null)
    setSavedPath(null)
    const result = await call('personnel.exportLrmx', { matterId: matter.id })
    setBusy(false)
    if (!result.ok) setError(result.error.message)
    else if (result.value) setSavedPath(result.value.path)
  }

  const headingId = `matter-${matter.id}`
  return (
    <article className="card matter-card" aria-labelledby={headingId}>
      <header className="matter-header">
        <h4 id={headingId}>
          {matter.actionLabel}
          {matter.proposedPost && `：拟任${matter.proposedPost}`}
        </h4>
        <span className="badge badge-off">{matter.statusLabel}</span>
        <div className="row-actions matter-actions">
          <button type="button" className="button button-secondary button-small" onClick={onEdit}>
            编辑…
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => void exportLrmx()} disabled={busy}>
            导出 .lrmx…
          </button>
        </div>
      </header>
      <dl className="detail-list matter-facts">
        {matter.postToRemove && (
          <>
            <dt>拟免职务</dt>
            <dd>{matter.postToRemove}</dd>
          </>
        )}
        {matter.unit && (
          <>
            <dt>单位</dt>
            <dd>{matter.unit}</dd>
          </>
        )}
        {matter.reasons && (
          <>
            <dt>任免理由</dt>
            <dd className="cell-pre">{matter.reasons}</dd>
          </>
        )}
      </dl>
      <table className="table stage-table">
        <caption className="visually-hidden">{matter.actionLabel}的选拔任用环节</caption>
        <thead>
          <tr>
            <th scope="col">环节</th>
            <th scope="col">日期</th>
            <th scope="col">说明</th>
          </tr>
        </thead>
        <tbody>
          {rows
            .filter((row) => !row.hidden)
            .map((row) => (
              <tr key={row.label} className={row.date ? undefined : 'row-muted'}>
                <th scope="row">{row.label}</th>
                <td className="cell-time">{dayText(row.date)}</td>
                <td>{row.note}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {busy && <StatusMessage tone="busy">正在导出…</StatusMessage>}
      <ErrorMessage message={error} />
      {savedPath && (
        <StatusMessage tone="success">
          已导出到 <span className="path">{savedPath}</span>
        </StatusMessage>
      )}
    </article>
  )
}
