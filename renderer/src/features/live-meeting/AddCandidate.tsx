import { useEffect, useState, type FormEvent } from 'react'
import type { ChannelInput } from '../../../../shared/ipc/contract'
import type { AgendaItemView } from '../../../../shared/meetings/views'
import type { CadreSummary, MatterView } from '../../../../shared/personnel/views'
import { actionTypeLabels, actionTypes, type ActionType } from '../../../../shared/personnel/vocabulary'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'

const noStages = { proposedOn: null, recommendedOn: null, inspectedOn: null, consultedOn: null, noticeStart: null, noticeEnd: null, appointedOn: null, talkOn: null, confirmedOn: null }

/** The matter as saveMatter takes it, moved onto this topic. */
function linkedInput(matter: MatterView, topicId: string) {
  const { proposedOn, recommendedOn, inspectedOn, consultedOn, noticeStart, noticeEnd, appointedOn, talkOn, confirmedOn } = matter.stages
  return {
    id: matter.id, cadreId: matter.cadreId, topicId, actionType: matter.actionType, proposedPost: matter.proposedPost, postToRemove: matter.postToRemove,
    unit: matter.unit, reasons: matter.reasons, probation: matter.probation, integrityOpinion: matter.integrityOpinion,
    consultationMeetingId: matter.consultationMeetingId, consultationItemId: matter.consultationItemId, appointmentDocNo: matter.appointmentDocNo,
    stages: { proposedOn, recommendedOn, inspectedOn, consultedOn, noticeStart, noticeEnd, appointedOn, talkOn, confirmedOn },
  }
}

/** Adds a candidate to the topic without leaving the meeting: a cadre already in the book, or one consulted at the 专题会. */
export function AddCandidate({ item, consulted, onAdded }: { item: AgendaItemView; consulted: MatterView[]; onAdded: () => void }) {
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [cadres, setCadres] = useState<CadreSummary[]>([])
  const [cadreId, setCadreId] = useState('')
  const [actionType, setActionType] = useState<ActionType>('appoint')
  const [proposedPost, setProposedPost] = useState('')
  const [postToRemove, setPostToRemove] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const base = `add-candidate-${item.id}`

  useEffect(() => {
    if (!open) return
    let current = true
    void call('personnel.listCadres', query.trim() ? { query: query.trim() } : {}).then((result) => {
      if (!current) return
      if (result.ok) setCadres(result.value)
      else setError(result.error.message)
    })
    return () => {
      current = false
    }
  }, [open, query])

  async function save(input: ChannelInput<'personnel.saveMatter'>) {
    setBusy(true)
    setError(null)
    const result = await call('personnel.saveMatter', input)
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    setOpen(false)
    setCadreId('')
    setProposedPost('')
    setPostToRemove('')
    onAdded()
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const consultation = item.consultationRequired ? item.topic.consultation : null
    void save({
      cadreId,
      topicId: item.topic.id,
      actionType,
      proposedPost,
      postToRemove,
      unit: '',
      reasons: '',
      probation: false,
      integrityOpinion: null,
      // At the 常委会 the topic was consulted at its linked 专题会: so was the candidate added to it.
      consultationMeetingId: consultation?.meetingId ?? null,
      consultationItemId: consultation?.itemId ?? null,
      appointmentDocNo: null,
      stages: { ...noStages, consultedOn: consultation?.date ?? null },
    })
  }

  return (
    <div className="add-candidate">
      {consulted.length > 0 && (
        <div className="candidate-consulted">
          <p className="live-muted">书记专题会议已酝酿、尚未列入本议题的人选：</p>
          <ul className="plain-list">
            {consulted.map((matter) => (
              <li key={matter.id}>
                {matter.cadreName}（{matter.actionLabel}
                {matter.proposedPost && `，拟任${matter.proposedPost}`}）
                <button type="button" className="button button-small button-secondary" disabled={busy} onClick={() => void save(linkedInput(matter, item.topic.id))}>
                  列入本议题
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {!open ? (
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          添加人选
        </button>
      ) : (
        <form className="add-candidate-form" onSubmit={submit} aria-label="添加人选">
          <div className="field">
            <label htmlFor={`${base}-query`}>查找干部</label>
            <input id={`${base}-query`} value={query} maxLength={40} autoFocus placeholder="姓名或职务" onChange={(event) => setQuery(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${base}-cadre`}>干部</label>
            <select id={`${base}-cadre`} value={cadreId} required onChange={(event) => setCadreId(event.target.value)}>
              <option value="">（请选择，共 {cadres.length} 人）</option>
              {cadres.map((cadre) => (
                <option key={cadre.id} value={cadre.id}>
                  {cadre.name}（{cadre.currentPost || '职务未填'}）
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${base}-action`}>任免类型</label>
            <select id={`${base}-action`} value={actionType} onChange={(event) => setActionType(event.target.value as ActionType)}>
              {actionTypes.map((type) => (
                <option key={type} value={type}>
                  {actionTypeLabels[type]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${base}-post`}>拟任职务</label>
            <input id={`${base}-post`} value={proposedPost} maxLength={200} onChange={(event) => setProposedPost(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${base}-remove`}>拟免职务</label>
            <input id={`${base}-remove`} value={postToRemove} maxLength={200} onChange={(event) => setPostToRemove(event.target.value)} />
          </div>
          <div className="recusal-actions">
            <button type="submit" className="button button-primary" disabled={busy || cadreId === ''}>
              加入本议题
            </button>
            <button type="button" className="button button-secondary" onClick={() => setOpen(false)} disabled={busy}>
              取消
            </button>
          </div>
          <p className="live-muted">干部的基本信息请在“干部任免”中导入任免审批表（.lrmx）或录入。</p>
        </form>
      )}
      <ErrorMessage message={error} />
    </div>
  )
}
