import { useCallback, useState } from 'react'
import type { SelfCheckNarrative } from '../../../../shared/documents/self-check-report'
import type { ChannelInput } from '../../../../shared/ipc/contract'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { useLoad } from '../../lib/useLoad'
import { DocumentPreviewDialog } from '../documents/DocumentPreviewDialog'

type CheckInput = ChannelInput<'selfCheck.run'>

const parts: { key: keyof SelfCheckNarrative; label: string; rows: number; hint: string }[] = [
  { key: 'opening', label: '开头', rows: 4, hint: '自查的依据、范围和方法。' },
  { key: 'causes', label: '三、存在问题的原因', rows: 5, hint: '每行一段。' },
  { key: 'measures', label: '四、整改措施', rows: 6, hint: '每行一段，如“（一）……”。' },
]

function NarrativeForm({ initial, onPreview, onClose }: { initial: SelfCheckNarrative; onPreview: (narrative: SelfCheckNarrative) => void; onClose: () => void }) {
  const [narrative, setNarrative] = useState(initial)
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault()
        onPreview(narrative)
      }}
    >
      <p className="field-hint">基本情况的统计表和逐条核对的情况由自查结果生成；以下文字可按实际情况修改后再预览、导出。</p>
      {parts.map((part) => (
        <div className="field" key={part.key}>
          <label htmlFor={`self-check-narrative-${part.key}`}>{part.label}</label>
          <textarea id={`self-check-narrative-${part.key}`} rows={part.rows} value={narrative[part.key]} onChange={(event) => setNarrative({ ...narrative, [part.key]: event.target.value })} aria-describedby={`self-check-narrative-${part.key}-hint`} />
          <p id={`self-check-narrative-${part.key}-hint`} className="field-hint">
            {part.hint}
          </p>
        </div>
      ))}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          取消
        </button>
        <button type="submit" className="button button-primary">
          预览报告
        </button>
      </div>
    </form>
  )
}

/** 自查报告: the narrative edited first, then the document previewed and exported from the same model. */
export function ReportDialog({ check, onClose }: { check: CheckInput; onClose: () => void }) {
  const load = useCallback(() => call('selfCheck.defaultNarrative', check), [check])
  const [initial] = useLoad(load)
  const [narrative, setNarrative] = useState<SelfCheckNarrative | null>(null)
  if (narrative) {
    return (
      <DocumentPreviewDialog
        title="议事规则执行情况自查报告"
        load={() => call('selfCheck.reportDocument', { ...check, narrative })}
        export={(output) => call('selfCheck.exportReport', { ...check, narrative, output })}
        onClose={onClose}
      />
    )
  }
  return (
    <Dialog title="自查报告：编辑说明文字" onClose={onClose} size="wide">
      {initial.status === 'loading' && <LoadingIndicator text="正在起草…" />}
      {initial.status === 'error' && <ErrorMessage message={initial.error.message} />}
      {initial.status === 'ready' && <NarrativeForm initial={initial.value} onPreview={setNarrative} onClose={onClose} />}
    </Dialog>
  )
}
