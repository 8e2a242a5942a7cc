import { useState } from 'react'
import type { LrmxImportResult, LrmxPreview } from '../../../../shared/personnel/views'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { StatusMessage } from '../../components/StatusMessage'
import { ImportFileCard, type ImportChoice } from './ImportFileCard'
import { ImportProgress } from './ImportProgress'

interface ImportDialogProps {
  preview: LrmxPreview
  /** Dropped files the window would not even read (too large), by name and reason. */
  refusedBeforeReading: string[]
  onClose: () => void
  onImported: (summary: string) => void
}

function summaryOf(result: LrmxImportResult): string {
  const parts = [`新建 ${result.created.length} 份`, `更新 ${result.updated.length} 份`]
  if (result.skipped.length > 0) parts.push(`未导入 ${result.skipped.length} 份`)
  return `导入完成：${parts.join('，')}。`
}

/** The preview of every file, the choice per file, then 导入 and what came of it. */
export function ImportDialog({ preview, refusedBeforeReading, onClose, onImported }: ImportDialogProps) {
  const [choices, setChoices] = useState<Record<number, ImportChoice>>(() =>
    Object.fromEntries(preview.files.filter((file) => file.ok).map((file) => [file.index, file.existing ? 'update' : 'create'])),
  )
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [result, setResult] = useState<LrmxImportResult | null>(null)
  const refusedCount = preview.files.filter((file) => !file.ok).length + refusedBeforeReading.length
  const chosen = Object.values(choices).filter((choice) => choice !== 'skip').length

  async function importChosen() {
    setBusy(true)
    setError(null)
    const answer = await call('personnel.importLrmx', { token: preview.token, choices: Object.entries(choices).map(([index, action]) => ({ index: Number(index), action })) })
    setBusy(false)
    if (answer.ok) setResult(answer.value)
    else setError(answer.error.message)
  }

  if (result) {
    return (
      <Dialog title="导入结果" onClose={() => onImported(summaryOf(result))}>
        <StatusMessage tone="success">{summaryOf(result)}</StatusMessage>
        <ul className="plain-list">
          {result.created.map((cadre) => <li key={cadre.id}>新建：{cadre.name}</li>)}
          {result.updated.map((cadre) => <li key={cadre.id}>更新：{cadre.name}</li>)}
          {result.skipped.map((skip) => <li key={skip.fileName} className="import-skipped">未导入：{skip.fileName}（{skip.reason}）</li>)}
        </ul>
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={() => onImported(summaryOf(result))} data-autofocus>
            完成
          </button>
        </div>
      </Dialog>
    )
  }

  return (
    <Dialog title="导入干部任免审批表：预览" onClose={onClose} busy={busy} size="wide">
      <p className="card-note">
        共 {preview.files.length + refusedBeforeReading.length} 个文件{refusedCount > 0 ? `，其中 ${refusedCount} 个无法导入（见下方原因）` : ''}。请核对每份审批表，选择导入方式后点“导入”。
      </p>
      {refusedBeforeReading.map((reason) => (
        <p key={reason} className="message message-error">
          {reason}
        </p>
      ))}
      <div className="import-files">
        {preview.files.map((file) => (
          <ImportFileCard key={file.index} file={file} choice={choices[file.index] ?? 'skip'} onChoose={(choice) => setChoices((all) => ({ ...all, [file.index]: choice }))} />
        ))}
      </div>
      <ErrorMessage message={error} />
      {busy && <ImportProgress action="正在导入" />}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
          取消
        </button>
        <button type="button" className="button button-primary" onClick={() => void importChosen()} disabled={busy || chosen === 0}>
          导入{chosen > 0 ? `（${chosen} 份）` : ''}
        </button>
      </div>
    </Dialog>
  )
}
