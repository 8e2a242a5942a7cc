import { useState, type FormEvent } from 'react'
import { settingsLabels, type Settings } from '../../../../shared/settings/settings'
import { call } from '../../api/client'
import { SaveFooter } from '../../components/SaveFooter'
import { TextField } from '../../components/TextField'
import { useSession } from '../session/SessionContext'

/** The committee's names and the idle lock time; 保存 is enabled only when something changed. */
export function OfficeSettingsForm({ initial }: { initial: Settings }) {
  const { refreshSession } = useSession()
  const [saved, setSaved] = useState(initial)
  const [committeeName, setCommitteeName] = useState(initial.committeeName)
  const [committeeShortName, setCommitteeShortName] = useState(initial.committeeShortName)
  const [idleLockMinutes, setIdleLockMinutes] = useState(String(initial.idleLockMinutes))
  const [meetingIdleLockMinutes, setMeetingIdleLockMinutes] = useState(String(initial.meetingIdleLockMinutes))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [justSaved, setJustSaved] = useState(false)

  const changed = committeeName !== saved.committeeName || committeeShortName !== saved.committeeShortName || idleLockMinutes.trim() !== String(saved.idleLockMinutes) ||
    meetingIdleLockMinutes.trim() !== String(saved.meetingIdleLockMinutes)

  function edit(setter: (value: string) => void) {
    return (event: { target: { value: string } }) => {
      setter(event.target.value)
      setJustSaved(false)
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy || !changed) return
    const minutes = idleLockMinutes.trim() === '' ? Number.NaN : Number(idleLockMinutes)
    if (!Number.isFinite(minutes)) {
      setError('请填写闲置自动锁定的分钟数（1–240）。')
      return
    }
    const meetingMinutes = meetingIdleLockMinutes.trim() === '' ? Number.NaN : Number(meetingIdleLockMinutes)
    if (!Number.isFinite(meetingMinutes)) {
      setError('请填写会议进行中闲置自动锁定的分钟数（1–480）。')
      return
    }
    setError(null)
    setBusy(true)
    const result = await call('settings.update', { committeeName, committeeShortName, idleLockMinutes: minutes, meetingIdleLockMinutes: meetingMinutes })
    setBusy(false)
    if (!result.ok) {
      setError(result.error.message)
      return
    }
    setSaved(result.value)
    setCommitteeName(result.value.committeeName)
    setCommitteeShortName(result.value.committeeShortName)
    setIdleLockMinutes(String(result.value.idleLockMinutes))
    setMeetingIdleLockMinutes(String(result.value.meetingIdleLockMinutes))
    setJustSaved(true)
    // The top bar shows the short name and the idle timer uses the minutes.
    await refreshSession()
  }

  return (
    <form className="form form-narrow" onSubmit={submit} noValidate>
      <TextField id="settings-committee-name" label={settingsLabels.committeeName} value={committeeName} onChange={edit(setCommitteeName)} maxLength={64} required />
      <TextField id="settings-committee-short-name" label={settingsLabels.committeeShortName} value={committeeShortName} onChange={edit(setCommitteeShortName)} maxLength={32} required />
      <TextField
        id="settings-idle-lock-minutes"
        label={settingsLabels.idleLockMinutes}
        type="number"
        inputMode="numeric"
        min={1}
        max={240}
        step={1}
        className="field-short"
        hint="无人操作超过这个时间，议事录自动锁定，需要重新输入密码（1–240 分钟）。"
        value={idleLockMinutes}
        onChange={edit(setIdleLockMinutes)}
        required
      />
      <TextField
        id="settings-meeting-idle-lock-minutes"
        label={settingsLabels.meetingIdleLockMinutes}
        type="number"
        inputMode="numeric"
        min={1}
        max={480}
        step={1}
        className="field-short"
        hint="会议记录界面打开、会议进行中时，汇报往往超过上面的时间：改用这个时间，锁定前 1 分钟提示（1–480 分钟）。锁定按钮和系统锁屏仍立即锁定。"
        value={meetingIdleLockMinutes}
        onChange={edit(setMeetingIdleLockMinutes)}
        required
      />
      <SaveFooter error={error} busy={busy} saved={justSaved} changed={changed} />
    </form>
  )
}
