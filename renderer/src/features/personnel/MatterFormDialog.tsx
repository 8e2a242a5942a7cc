import { useState, type FormEvent } from 'react'
import type { MatterView } from '../../../../shared/personnel/views'
import { actionRules, earliestNoticeEnd, noticeUncoveredYears } from '../../../../shared/personnel/stage-rules'
import { actionTypeLabels, actionTypes, type ActionType } from '../../../../shared/personnel/vocabulary'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'
import { TextField } from '../../components/TextField'
import { useLoad } from '../../lib/useLoad'
import { dayText } from './personnelFormat'
import { useAction } from '../../lib/useAction'
import { DateField } from '../../components/date/DateField'
import { UncoveredYearsNote } from '../calendar-settings/UncoveredYearsNote'

const typedStages = ['proposedOn', 'recommendedOn', 'inspectedOn', 'consultedOn', 'noticeStart', 'noticeEnd', 'appointedOn', 'talkOn', 'confirmedOn'] as const
type TypedStage = (typeof typedStages)[number]
const stageFieldLabels: Record<TypedStage, string> = {
  proposedOn: '动议日期',
  recommendedOn: '民主推荐日期',
  inspectedOn: '考察日期',
  consultedOn: '酝酿日期（书记专题会议）',
  noticeStart: '任前公示开始日期',
  noticeEnd: '任前公示结束日期',
  appointedOn: '任职通知日期',
  talkOn: '任职谈话日期',
  confirmedOn: '转正日期',
}

// The working calendar for the live hint under 公示结束; without it the core still checks.
const loadCalendar = () => call('calendar.get')

interface MatterFormDialogProps {
  cadreId: string
  cadreName: string
  matter: MatterView | null
  onClose: () => void
  onSaved: (matter: MatterView) => void
}

/** Creates or edits a matter; the core checks every rule of the procedure and its refusal is shown as it words it. */
export function MatterFormDialog({ cadreId, cadreName, matter, onClose, onSaved }: MatterFormDialogProps) {
  const [actionType, setActionType] = useState<ActionType>(matter?.actionType ?? 'appoint')
  const [text, setText] = useState({
    proposedPost: matter?.proposedPost ?? '',
    postToRemove: matter?.postToRemove ?? '',
    unit: matter?.unit ?? '',
    reasons: matter?.reasons ?? '',
    integrityOpinion: matter?.integrityOpinion ?? '',
    appointmentDocNo: matter?.appointmentDocNo ?? '',
  })
  const [probation, setProbation] = useState(matter?.probation ?? false)
  const [stages, setStages] = useState<Record<TypedStage, string>>(() => Object.fromEntries(typedStages.map((key) => [key, matter?.stages[key] ?? ''])) as Record<TypedStage, string>)
  const [calendar] = useLoad(loadCalendar)
  const { busy, error, run } = useAction()
  const rules = actionRules[actionType]
  const decided = matter?.stages.decidedOn ?? null
  const earliest = stages.noticeStart && calendar.status === 'ready' ? earliestNoticeEnd(stages.noticeStart, calendar.value.calendar) : null
  const uncovered = stages.noticeStart && calendar.status === 'ready' ? noticeUncoveredYears(stages.noticeStart, calendar.value.calendar) : []

  const setTextField = (key: keyof typeof text) => (event: { target: { value: string } }) => setText((current) => ({ ...current, [key]: event.target.value }))
  const setStage = (key: TypedStage) => (event: { target: { value: string } }) => setStages((current) => ({ ...current, [key]: event.target.value }))
  const shown = (key: TypedStage) => ((key === 'noticeStart' || key === 'noticeEnd') && !rules.publicNotice ? false : key === 'confirmedOn' ? rules.probation && probation : true)

  function submit(event: FormEvent) {
    event.preventDefault()
    const dates = Object.fromEntries(typedStages.map((key) => [key, shown(key) && stages[key] !== '' ? stages[key] : null])) as Record<TypedStage, string | null>
    void run(
      () =>
        call('personnel.saveMatter', {
          id: matter?.id,
          cadreId,
          topicId: matter?.topicId ?? null,
          actionType,
          ...text,
          probation: rules.probation && probation,
          consultationMeetingId: matter?.consultationMeetingId ?? null,
          consultationItemId: matter?.consultationItemId ?? null,
          stages: dates,
        }),
      onSaved,
    )
  }

  return (
    <Dialog title={`${matter ? '编辑' : '新建'}任免事项：${cadreName}`} onClose={onClose} busy={busy} size="wide">
      <form className="form" onSubmit={submit} noValidate>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="matter-action">任免类型</label>
            <select id="matter-action" value={actionType} onChange={(event) => setActionType(event.target.value as ActionType)} disabled={matter?.decision != null}>
              {actionTypes.map((type) => (
                <option key={type} value={type}>
                  {actionTypeLabels[type]}
                </option>
              ))}
            </select>
            {matter?.decision && <p className="field-hint">已记入专用记录本，不能再改任免类型。</p>}
          </div>
          <TextField id="matter-unit" label="单位" value={text.unit} onChange={setTextField('unit')} maxLength={100} />
          <TextField id="matter-proposed" label="拟任职务" value={text.proposedPost} onChange={setTextField('proposedPost')} maxLength={200} />
          <TextField id="matter-remove" label="拟免职务" value={text.postToRemove} onChange={setTextField('postToRemove')} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="matter-reasons">任免理由</label>
          <textarea id="matter-reasons" rows={2} value={text.reasons} onChange={setTextField('reasons')} maxLength={2000} />
        </div>
        {rules.probation && (
          <label className="checkbox">
            <input type="checkbox" checked={probation} onChange={(event) => setProbation(event.target.checked)} />
            实行试用期（一年，自任职通知之日起计算）
          </label>
        )}
        <fieldset className="form-section">
          <legend>选拔任用环节</legend>
          <div className="form-grid form-grid-stages">
            {typedStages.filter(shown).map((key) => (
              <DateField
                key={key}
                id={`matter-${key}`}
                label={stageFieldLabels[key]}
                value={stages[key]}
                onChange={(value) => setStage(key)({ target: { value } })}
                hint={
                  key === 'noticeEnd' && earliest ? (
                    <>
                      不少于 5 个工作日：最早可于{dayText(earliest)}结束
                      <UncoveredYearsNote years={uncovered} compact />
                    </>
                  ) : key === 'consultedOn' && matter?.consultationMeetingId ? '已由专用记录本中的书记专题会议记录填入' : undefined}
              />
            ))}
            <div className="field">
              <span className="field-label">讨论决定日期（常委会）</span>
              <p className="field-static">{decided ? `${dayText(decided)}（${matter?.decision?.entryLabel ?? ''}）` : '在会议中逐一表决后由专用记录本填入'}</p>
            </div>
          </div>
          <TextField id="matter-integrity" label="廉政意见（考察）" value={text.integrityOpinion} onChange={setTextField('integrityOpinion')} maxLength={1000} />
          <TextField id="matter-doc-no" label="任职通知文号" value={text.appointmentDocNo} onChange={setTextField('appointmentDocNo')} maxLength={60} placeholder="如：区委干〔2026〕12号" />
        </fieldset>
        <ErrorMessage message={error} />
        {busy && <StatusMessage tone="busy">正在保存…</StatusMessage>}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            取消
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            保存
          </button>
        </div>
      </form>
    </Dialog>
  )
}
