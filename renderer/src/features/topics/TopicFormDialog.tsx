import { useState, type FormEvent } from 'react'
import type { TopicSummary } from '../../../../shared/meetings/views'
import { topicCategories, topicCategoryLabels, type TopicCategory } from '../../../../shared/meetings/vocabulary'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'
import { TextField } from '../../components/TextField'
import { useBodies } from '../meetings/useBodies'
import { ConsultationField } from './ConsultationField'
import { GuestRowsField, newGuestRow, type GuestRow } from './GuestRowsField'
import { LeaderField } from './LeaderField'
import { ReportingMemberField } from './ReportingMemberField'
import { DateField } from '../../components/date/DateField'

interface TopicFormDialogProps {
  /** The topic to edit; absent for a new 申报. */
  topic?: TopicSummary
  onClose: () => void
  onSaved: (topic: TopicSummary) => void
}

/** 申报议题 / 编辑议题 (topics.save). */
export function TopicFormDialog({ topic, onClose, onSaved }: TopicFormDialogProps) {
  const [bodies] = useBodies()
  const openBodies = bodies.status === 'ready' ? bodies.value.filter((body) => !body.archived || body.id === topic?.bodyId) : []
  const [bodyId, setBodyId] = useState(topic?.bodyId ?? '')
  const [title, setTitle] = useState(topic?.title ?? '')
  const [category, setCategory] = useState<TopicCategory>(topic?.category ?? 'general')
  const [proposingUnit, setProposingUnit] = useState(topic?.proposingUnit ?? '')
  const [presenter, setPresenter] = useState(topic?.presenter ?? '')
  const [leaderInChargeId, setLeaderInChargeId] = useState<string | null>(topic?.leaderInChargeId ?? null)
  const [leaderSignedOffOn, setLeaderSignedOffOn] = useState(topic?.leaderSignedOffOn ?? '')
  const [summary, setSummary] = useState(topic?.summary ?? '')
  const [guests, setGuests] = useState<GuestRow[]>(() => (topic?.guests ?? []).map((guest) => newGuestRow(guest.name, guest.post ?? '')))
  const [reportingMemberId, setReportingMemberId] = useState<string | null>(topic?.reportingMemberId ?? null)
  const [consultationItemId, setConsultationItemId] = useState<string | null>(topic?.consultation?.itemId ?? null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const chosenBodyId = bodyId || openBodies[0]?.id || ''
  const chosenBody = openBodies.find((body) => body.id === chosenBodyId)
  // Only a personnel topic for a body other than the 专题会 itself is consulted first.
  const needsConsultation = category === 'personnel' && chosenBody?.kind !== 'secretary'

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    if (!chosenBodyId) {
      setError('请选择会议类型。')
      return
    }
    const filled = guests.filter((row) => row.name.trim() !== '' || row.post.trim() !== '')
    setError(null)
    setBusy(true)
    const result = await call('topics.save', {
      ...(topic ? { id: topic.id } : {}),
      bodyId: chosenBodyId,
      title,
      category,
      proposingUnit,
      presenter,
      leaderInChargeId,
      leaderSignedOffOn: leaderSignedOffOn || null,
      summary: summary || null,
      consultationItemId: needsConsultation ? consultationItemId : null,
      reportingMemberId: category === 'general' ? reportingMemberId : null,
      guests: filled.map((row) => ({ name: row.name, post: row.post || null })),
    })
    setBusy(false)
    if (result.ok) onSaved(result.value)
    else setError(result.error.message)
  }

  return (
    <Dialog title={topic ? `编辑议题：${topic.title}` : '申报议题'} onClose={onClose} busy={busy} size="wide">
      <form className="form" onSubmit={submit} noValidate>
        <TextField id="topic-form-title" label="议题名称" value={title} onChange={(event) => setTitle(event.target.value)} maxLength={200} required />
        <div className="form-grid">
          <div className="field">
            <label htmlFor="topic-form-body">会议类型</label>
            <select id="topic-form-body" value={chosenBodyId} onChange={(event) => setBodyId(event.target.value)}>
              {bodies.status === 'loading' && <option value="">正在加载…</option>}
              {openBodies.map((body) => (
                <option key={body.id} value={body.id}>
                  {body.name}
                </option>
              ))}
            </select>
            {bodies.status === 'error' && <ErrorMessage message={bodies.error.message} />}
          </div>
          <div className="field">
            <label htmlFor="topic-form-category">议题类别</label>
            <select id="topic-form-category" value={category} onChange={(event) => setCategory(event.target.value as TopicCategory)} aria-describedby="topic-form-category-hint">
              {topicCategories.map((value) => (
                <option key={value} value={value}>
                  {value === 'general' ? topicCategoryLabels[value] : `三重一大：${topicCategoryLabels[value]}`}
                </option>
              ))}
            </select>
            <p id="topic-form-category-hint" className="field-hint">
              “三重一大”事项必须由会议集体讨论决定。
            </p>
          </div>
        </div>
        <div className="form-grid">
          <TextField id="topic-form-unit" label="提请单位" value={proposingUnit} onChange={(event) => setProposingUnit(event.target.value)} maxLength={64} required />
          <TextField id="topic-form-presenter" label="汇报人" value={presenter} onChange={(event) => setPresenter(event.target.value)} maxLength={64} required />
        </div>
        <div className="form-grid">
          <LeaderField value={leaderInChargeId} currentName={topic?.leaderInChargeName ?? null} onChange={setLeaderInChargeId} />
          <DateField id="topic-form-signed-off" label="分管领导审核日期" value={leaderSignedOffOn} onChange={setLeaderSignedOffOn} />
        </div>
        {category === 'general' && (
          <ReportingMemberField
            value={reportingMemberId}
            onChange={(member) => {
              setReportingMemberId(member?.personId ?? null)
              // The member presents his own report.
              if (member && !presenter.trim()) setPresenter(`${member.name}（${member.post}）`)
            }}
          />
        )}
        {needsConsultation && <ConsultationField topicId={topic?.id} value={consultationItemId} onChange={setConsultationItemId} />}
        <div className="field">
          <label htmlFor="topic-form-summary">议题摘要</label>
          <textarea id="topic-form-summary" rows={4} value={summary} onChange={(event) => setSummary(event.target.value)} maxLength={2000} />
        </div>
        <GuestRowsField rows={guests} onChange={setGuests} />
        <ErrorMessage message={error} />
        {busy && <StatusMessage tone="busy">正在保存…</StatusMessage>}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            取消
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {topic ? '保存修改' : '申报'}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
