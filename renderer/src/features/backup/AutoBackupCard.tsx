import { useState, type FormEvent } from 'react'
import type { Result } from '../../../../shared/errors'
import type { BackupOverview } from '../../../../shared/ipc/channels/backup'
import { formatChineseDateTime } from '../../../../shared/format/date-time'
import { backupTriggerLabels } from '../../../../shared/settings/backup-settings'
import { call } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { SaveFooter } from '../../components/SaveFooter'
import { StatusMessage } from '../../components/StatusMessage'
import { TextField } from '../../components/TextField'

interface AutoBackupCardProps {
  overview: BackupOverview
  onChanged: () => void
}

/**
 * The last automatic backup's outcome as this vault recorded it, else the newest automatic
 * backup in the folder (a restored vault does not know about backups made after it).
 */
function LastAutomatic({ overview }: { overview: BackupOverview }) {
  const newest = overview.backups[0]
  const recorded = overview.lastAutomatic
  const fromFolder = newest ? { at: newest.createdAt, trigger: newest.trigger, ok: newest.verified, message: newest.problem } : null
  const outcome = recorded && (!newest || recorded.at >= newest.createdAt) ? recorded : fromFolder
  if (!outcome) return <StatusMessage>还没有进行过自动备份。</StatusMessage>
  const when = `${formatChineseDateTime(outcome.at)}（${backupTriggerLabels[outcome.trigger]}）`
  if (outcome.ok) return <StatusMessage tone="success">上次自动备份：{when}，已校验。</StatusMessage>
  return <ErrorMessage message={`上次自动备份失败：${when}。${outcome.message ?? ''}`} />
}

/** Automatic backups: on/off, how many to keep, and the folder (picked in an OS dialog). */
export function AutoBackupCard({ overview, onChanged }: AutoBackupCardProps) {
  const saved = overview.settings
  const [autoEnabled, setAutoEnabled] = useState(saved.autoEnabled)
  const [keep, setKeep] = useState(String(saved.keep))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [justSaved, setJustSaved] = useState(false)
  const changed = autoEnabled !== saved.autoEnabled || keep.trim() !== String(saved.keep)

  // A null value is a cancelled folder dialog: nothing changed, nothing to say.
  async function run(action: () => Promise<Result<unknown>>) {
    setError(null)
    setJustSaved(false)
    setBusy(true)
    const result = await action()
    setBusy(false)
    if (!result.ok) {
      setError(result.error.message)
      return
    }
    if (result.value) {
      setJustSaved(true)
      onChanged()
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (busy || !changed) return
    const count = keep.trim() === '' ? Number.NaN : Number(keep)
    if (!Number.isInteger(count) || count < 1 || count > 100) {
      setError('请填写要保留的自动备份份数（1–100）。')
      return
    }
    void run(() => call('backup.updateSettings', { autoEnabled, keep: count }))
  }

  return (
    <section className="card" aria-labelledby="auto-backup-title">
      <h2 id="auto-backup-title">自动备份设置</h2>
      <p className="card-note">开启后，每次锁定和退出时自动写入一份备份（与数据库逐字节核对，不必等待）；每天第一次解锁后在后台再写入一份逐页校验的备份（距上次逐页校验已超过 24 小时）。只保留最近的若干份，另外始终保留最近一份逐页校验的备份。</p>
      <LastAutomatic overview={overview} />
      <form className="form form-narrow" onSubmit={submit} noValidate>
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" checked={autoEnabled} onChange={(event) => setAutoEnabled(event.target.checked)} disabled={busy} />
            自动备份
          </label>
        </div>
        <TextField
          id="auto-backup-keep"
          label="保留最近的自动备份（份）"
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          step={1}
          className="field-short"
          hint="更早的自动备份会被删除（1–100 份）。用“备份到…”制作的备份不会被删除。"
          value={keep}
          onChange={(event) => setKeep(event.target.value)}
          disabled={busy}
          required
        />
        <div className="field">
          <span className="field-label" id="auto-backup-folder-label">
            自动备份文件夹{overview.folder.isDefault ? '（默认：数据文件夹内）' : ''}
          </span>
          <code className="path" aria-labelledby="auto-backup-folder-label">
            {overview.folder.path}
          </code>
          <div className="row-actions">
            <button type="button" className="button button-small button-secondary" onClick={() => void run(() => call('backup.chooseAutoFolder', { useDefault: false }))} disabled={busy}>
              更改文件夹…
            </button>
            {!overview.folder.isDefault && (
              <button type="button" className="button button-small button-secondary" onClick={() => void run(() => call('backup.chooseAutoFolder', { useDefault: true }))} disabled={busy}>
                改回默认文件夹
              </button>
            )}
          </div>
        </div>
        <SaveFooter error={error} busy={busy} saved={justSaved} changed={changed} />
      </form>
    </section>
  )
}
