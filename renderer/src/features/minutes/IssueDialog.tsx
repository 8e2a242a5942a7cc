import { useState } from 'react'
import type { MinutesState } from '../../../../shared/documents/minutes/views'
import { DateField } from '../../components/date/DateField'
import { todayIso } from '../../lib/clock'
import { ConfirmStepDialog } from './ConfirmStepDialog'

interface IssueDialogProps {
  state: MinutesState
  busy: boolean
  error: string | null
  onIssue: (signing: { signerId: string | undefined; signedOn: string }) => void
  onClose: () => void
}

/** 签发: who signed it (签发人, a member; the 书记 by default) and the day he signed, entered by the operator. */
export function IssueDialog({ state, busy, error, onIssue, onClose }: IssueDialogProps) {
  const minutes = state.minutes!
  const today = todayIso()
  const [signerId, setSignerId] = useState(state.signerChoices[0]?.personId ?? '')
  const [signedOn, setSignedOn] = useState(today)
  return (
    <ConfirmStepDialog title="签发纪要" confirmLabel="确认签发" busy={busy} error={error} onClose={onClose} onConfirm={() => onIssue({ signerId: signerId || undefined, signedOn })}>
      <p>
        确定签发 <strong>{state.meetingLabel}纪要（第{minutes.issueNumber}期）</strong> 吗？
      </p>
      <div className="field">
        <label htmlFor="minutes-signer">签发人</label>
        <select id="minutes-signer" value={signerId} onChange={(event) => setSignerId(event.target.value)}>
          {state.signerChoices.map((choice) => (
            <option key={choice.personId} value={choice.personId}>
              {choice.name}（{choice.post}）
            </option>
          ))}
        </select>
        <p className="field-hint">签发纪要的领导（通常是书记）；您作为录入人记入操作日志。</p>
      </div>
      <DateField id="minutes-signed-on" label="签发日期" value={signedOn} max={today} onChange={setSignedOn} required hint="签发人签发的日期，即纪要的成文日期" />
      <ul className="plain-list">
        <li>签发后纪要不能再修改。</li>
        {state.meetingStatus !== 'signed' ? (
          <li className="minutes-warning">会议记录尚未签发：签发纪要将同时签发并封存会议记录，出席、发言、表决和议定事项都不能再修改，以后只能逐项更正。</li>
        ) : (
          <li>会议记录已于此前签发封存。</li>
        )}
      </ul>
    </ConfirmStepDialog>
  )
}
