import { useEffect, useState } from 'react'
import type { FullCheckReport } from '../../../../shared/ipc/channels/backup'
import type { AppEvents } from '../../../../shared/ipc/contract'
import { call, onAppEvent } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'
import { formatBytes } from './formatBytes'
import './full-check.css'

/**
 * 完整校验: every page of the stores and every material and attachment file authenticated.
 * It runs in the core off the queue, so the app stays usable; 取消 stops it after the file in hand.
 */
export function FullCheckCard({ onRestore }: { onRestore: () => void }) {
  const [busy, setBusy] = useState(false)
  const [cancelling, setCancelling] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [report, setReport] = useState<FullCheckReport | null>(null)
  const [progress, setProgress] = useState<AppEvents['backup.checkProgress'] | null>(null)
  useEffect(() => onAppEvent('backup.checkProgress', setProgress), [])

  async function check() {
    setError(null)
    setReport(null)
    setProgress(null)
    setBusy(true)
    const result = await call('backup.fullCheck')
    setBusy(false)
    setCancelling(false)
    if (result.ok) setReport(result.value)
    else setError(result.error.message)
  }

  async function cancel() {
    setCancelling(true)
    const result = await call('backup.cancelFullCheck')
    if (!result.ok) setError(result.error.message)
  }

  return (
    <section className="card" aria-labelledby="full-check-title">
      <div className="card-header">
        <h2 id="full-check-title">完整校验</h2>
        {busy ? (
          <button type="button" className="button button-secondary" onClick={() => void cancel()} disabled={cancelling}>
            {cancelling ? '正在取消…' : '取消'}
          </button>
        ) : (
          <button type="button" className="button button-primary" onClick={() => void check()}>
            开始完整校验
          </button>
        )}
      </div>
      <p className="card-note">
        逐页检查主库和干部任免库，并逐个解密认证全部材料和附件的加密文件，找出缺失或被改动的部分。校验只读不写，进行中可以继续使用本软件；材料多时需要几分钟。
      </p>
      {busy && <CheckProgress progress={progress} />}
      <ErrorMessage message={error} />
      {report && <CheckOutcome report={report} onRestore={onRestore} />}
    </section>
  )
}

function CheckProgress({ progress }: { progress: AppEvents['backup.checkProgress'] | null }) {
  const files = progress?.stage === 'files'
  const percent = files && progress.totalBytes > 0 ? Math.floor((progress.doneBytes / progress.totalBytes) * 100) : null
  return (
    <div className="backup-progress">
      <StatusMessage tone="busy">
        {files ? `正在校验材料和附件（${formatBytes(progress.doneBytes)} / ${formatBytes(progress.totalBytes)}）…` : '正在检查数据库…'}
      </StatusMessage>
      <progress max={100} value={percent ?? undefined} aria-label="完整校验进度">
        {percent === null ? '' : `${percent}%`}
      </progress>
    </div>
  )
}

function CheckOutcome({ report, onRestore }: { report: FullCheckReport; onRestore: () => void }) {
  const damagedStores = report.stores.filter((store) => store.problem !== null)
  const intact = damagedStores.length === 0 && report.damaged.length === 0
  const counted = `已校验${report.stores.map((store) => store.label).join('、')}，材料和附件 ${report.filesChecked}/${report.filesTotal} 个`
  if (intact) {
    return (
      <StatusMessage tone={report.cancelled ? 'info' : 'success'}>
        {report.cancelled ? `校验已取消：${counted}，其中未发现问题。` : `全部完好：${counted}。`}
      </StatusMessage>
    )
  }
  return (
    <div className="full-check-damage" role="alert">
      <p className="full-check-damage-title">
        {report.cancelled ? '校验已取消，' : ''}发现损坏（{counted}）：
      </p>
      <ul>
        {damagedStores.map((store) => (
          <li key={store.label}>
            {store.label}：数据库文件损坏（{store.problem}）
          </li>
        ))}
        {report.damaged.map((file) => (
          <li key={`${file.kind}:${file.owner}:${file.fileName}`}>
            {file.kind === 'material' ? '材料' : '附件'}“{file.fileName}”（{file.owner}）：{file.problem}
          </li>
        ))}
      </ul>
      <p>
        其他数据不受影响。处理办法：在上方“备份列表与恢复”中选一份损坏前的备份点“恢复”，或点下面的按钮从 U 盘等位置选择备份（恢复前会完整校验备份，当前数据另存、不会删除）{report.damaged.length > 0 ? '；也可以删除损坏的材料或附件，再重新添加原文件' : ''}。
      </p>
      <button type="button" className="button button-secondary" onClick={onRestore}>
        从备份恢复…
      </button>
    </div>
  )
}
