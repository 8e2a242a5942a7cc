import { useState, type FormEvent } from 'react'
import type { MeetingDetail } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'
import { TextField } from '../../components/TextField'
import { useSession } from '../session/SessionContext'
import { ChairField } from './ChairField'
import { todayIso } from '../../lib/clock'
import { useBodies } from './useBodies'
import { DateField, TimeField } from '../../components/date/DateField'

interface MeetingFormDialogProps {
  /** The meeting to edit (before it starts); absent to create one. */
  meeting?: MeetingDetail
  onClose: () => void
  onSaved: (meeting: MeetingDetail) => void
}

/** 新建会议 (meetings.create) or 编辑会议信息 (meetings.update). */
export function MeetingFormDialog({ meeting, onClose, onSaved }: MeetingFormDialogProps) {
  const { session } = useSession()
  const [bodies] = useBodies()
  const openBodies = bodies.status === 'ready' ? bodies.value.filter((body) => !body.archived) : []
  const [bodyId, setBodyId] = useState(meeting?.body.id ?? '')
  const [date, setDate] = useState(meeting?.date ?? todayIso())
  const [startTime, setStartTime] = useState(meeting?.startTime ?? '09:00')
  const [endTime, setEndTime] = useState(meeting?.endTime ?? '')
  const [place, setPlace] = useState(meeting?.place ?? '')
  const [chairId, setChairId] = useState<string | null>(meeting?.chairId ?? null)
  const [recorderName, setRecorderName] = useState(meeting?.recorderName ?? session.displayName)
  const [sequence, setSequence] = useState(String(meeting?.sequence ?? ''))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const chosenBodyId = bodyId || openBodies[0]?.id || ''

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    if (!meeting && !chosenBodyId) {
      setError('请选择会议类型。')
      return
    }
    setError(null)
    setBusy(true)
    const fields = { date, startTime, place, chairId, recorderName }
    const result = meeting
      ? await call('meetings.update', { id: meeting.id, ...fields, endTime: endTime || null, sequence: Number(sequence) })
      : await call('meetings.create', { bodyId: chosenBodyId, ...fields })
    setBusy(false)
    if (result.ok) onSaved(result.value)
    else setError(result.error.message)
  }

  return (
    <Dialog title={meeting ? `编辑会议信息：${meeting.label}` : '新建会议'} onClose={onClose} busy={busy} size="wide">
      <form className="form" onSubmit={submit} noValidate>
        <div className="form-grid">
          {meeting ? (
            <div className="field">
              <span className="field-label">会议类型</span>
              <p className="field-static">{meeting.body.name}</p>
            </div>
          ) : (
            <div className="field">
              <label htmlFor="meeting-form-body">会议类型</label>
              <select id="meeting-form-body" value={chosenBodyId} onChange={(event) => setBodyId(event.target.value)} disabled={bodies.status !== 'ready'}>
                {bodies.status === 'loading' && <option value="">正在加载…</option>}
                {openBodies.map((body) => (
                  <option key={body.id} value={body.id}>
                    {body.name}
                  </option>
                ))}
              </select>
              {bodies.status === 'error' && <ErrorMessage message={bodies.error.message} />}
            </div>
          )}
          {meeting && (
            <TextField id="meeting-form-sequence" label="届内/年内次序" type="number" min={1} max={999} className="field-short" value={sequence} onChange={(event) => setSequence(event.target.value)} hint="编号自动生成，仅在需要更正时修改。" />
          )}
        </div>
        <div className="form-grid">
          <DateField id="meeting-form-date" label="会议日期" value={date} onChange={setDate} required />
          <div className="form-grid">
            <TimeField id="meeting-form-start" label="开始时间" value={startTime} onChange={setStartTime} required />
            {meeting && <TimeField id="meeting-form-end" label="结束时间" value={endTime} onChange={setEndTime} />}
          </div>
        </div>
        <TextField id="meeting-form-place" label="会议地点" value={place} onChange={(event) => setPlace(event.target.value)} maxLength={64} placeholder="如：区委常委会议室" required />
        <div className="form-grid">
          <ChairField id="meeting-form-chair" date={date} value={chairId} onChange={setChairId} />
          <TextField id="meeting-form-recorder" label="记录人" value={recorderName} onChange={(event) => setRecorderName(event.target.value)} maxLength={32} required />
        </div>
        <ErrorMessage message={error} />
        {busy && <StatusMessage tone="busy">{meeting ? '正在保存…' : '正在创建会议…'}</StatusMessage>}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            取消
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {meeting ? '保存修改' : '创建会议'}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
