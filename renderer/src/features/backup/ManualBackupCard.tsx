import { useEffect, useState } from 'react'
import type { BackupCreated } from '../../../../shared/ipc/channels/backup'
import type { AppEvents } from '../../../../shared/ipc/contract'
import { call, onAppEvent } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'
import { formatBytes } from './formatBytes'

/** 备份到…: the folder is asked for by the app (an OS dialog), then the copy is written and verified. */
export function ManualBackupCard({ onDone }: { onDone: () => void }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<BackupCreated | null>(null)
  const [progress, setProgress] = useState<AppEvents['backup.progress'] | null>(null)
  useEffect(() => onAppEvent('backup.progress', setProgress), [])

  async function backUp() {
    setError(null)
    setDone(null)
    setProgress(null)
    setBusy(true)
    const result = await call('backup.create')
    setBusy(false)
    setProgress(null)
    if (!result.ok) {
      setError(result.error.message)
      return
    }
    if (result.value) {
      setDone(result.value)
      onDone()
    }
  }

  return (
    <section className="card" aria-labelledby="backup-now-title">
      <div className="card-header">
        <h2 id="backup-now-title">立即备份</h2>
        <button type="button" className="button button-primary" onClick={backUp} disabled={busy}>
          备份到…
        </button>
      </div>
      <p className="card-note">
        把加密的数据库（主库和干部任免库）与密钥文件复制到您选择的文件夹，通常是单位专用的 U 盘。复制后重新打开并完整校验，校验通过才算完成。备份仍然是加密的：恢复时需要制作备份时有效的密码。
      </p>
      {busy && <BackupProgress progress={progress} />}
      <ErrorMessage message={error} />
      {done && (
        <StatusMessage tone="success">
          备份完成，已校验（{formatBytes(done.bytes)}）：<code className="path">{done.path}</code>
        </StatusMessage>
      )}
    </section>
  )
}

/** While 备份到… runs: the share of the stores copied, then the check (the last step after the copy). */
function BackupProgress({ progress }: { progress: AppEvents['backup.progress'] | null }) {
  const percent = progress && progress.totalBytes > 0 ? Math.floor((progress.copiedBytes / progress.totalBytes) * 100) : null
  const copying = percent !== null && percent < 100
  return (
    <div className="backup-progress">
      <StatusMessage tone="busy">
        {copying ? `正在复制数据库（${formatBytes(progress?.copiedBytes ?? 0)} / ${formatBytes(progress?.totalBytes ?? 0)}）…` : percent === null ? '正在准备备份…' : '正在校验备份…'}请勿拔出存储设备。
      </StatusMessage>
      {/* A copy compacts as it goes, so it may end a little below 100 %; the check follows. */}
      <progress max={100} value={percent ?? undefined} aria-label="备份进度">
        {percent === null ? '' : `${percent}%`}
      </progress>
    </div>
  )
}
