import { useState, type FormEvent } from 'react'
import type { MeetingRules } from '../../../../shared/meetings/views'
import { quorumReadingLabels, quorumReadings, type QuorumReading } from '../../../../shared/meetings/vocabulary'
import { call } from '../../api/client'
import { SaveFooter } from '../../components/SaveFooter'
import { TextField } from '../../components/TextField'

/** The two rule settings; 保存 is enabled only when one changed. */
export function MeetingRulesForm({ initial }: { initial: MeetingRules }) {
  const [saved, setSaved] = useState(initial)
  const [quorumReading, setQuorumReading] = useState<QuorumReading>(initial.quorumReading)
  const [days, setDays] = useState(String(initial.materialDeadlineWorkingDays))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [justSaved, setJustSaved] = useState(false)
  const changed = quorumReading !== saved.quorumReading || days.trim() !== String(saved.materialDeadlineWorkingDays)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy || !changed) return
    const workingDays = days.trim() === '' ? Number.NaN : Number(days)
    if (!Number.isInteger(workingDays)) {
      setError('请填写材料截止的工作日数（0–20 的整数）。')
      return
    }
    setError(null)
    setBusy(true)
    const result = await call('meetingRules.save', { quorumReading, materialDeadlineWorkingDays: workingDays })
    setBusy(false)
    if (!result.ok) {
      setError(result.error.message)
      return
    }
    setSaved(result.value)
    setQuorumReading(result.value.quorumReading)
    setDays(String(result.value.materialDeadlineWorkingDays))
    setJustSaved(true)
  }

  return (
    <form className="form form-narrow" onSubmit={submit} noValidate>
      <fieldset className="choice-group">
        <legend>“半数以上”的理解</legend>
        {quorumReadings.map((reading) => (
          <label key={reading} className="choice">
            <input
              type="radio"
              name="quorum-reading"
              value={reading}
              checked={quorumReading === reading}
              onChange={() => {
                setQuorumReading(reading)
                setJustSaved(false)
              }}
            />
            <span>{quorumReadingLabels[reading]}</span>
          </label>
        ))}
        <p className="field-hint">决定会议能否召开（到会人数）时使用。干部任免事项的“三分之二以上”始终含本数；表决通过始终须超过应到会成员半数。</p>
      </fieldset>
      <TextField
        id="meeting-rules-deadline"
        label="汇报材料截止（会前工作日数）"
        type="number"
        inputMode="numeric"
        min={0}
        max={20}
        step={1}
        className="field-short"
        hint="材料须在会议日期前这么多个工作日报送（默认 2 个工作日）；逾期或未提交的议题在会议页面标出。"
        value={days}
        onChange={(event) => {
          setDays(event.target.value)
          setJustSaved(false)
        }}
        required
      />
      <SaveFooter error={error} busy={busy} saved={justSaved} changed={changed} />
    </form>
  )
}
