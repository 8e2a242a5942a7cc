import { useCallback, useState, type FormEvent } from 'react'
import type { NoticeDraft } from '../../../../shared/ipc/channels/personnel-documents'
import { formatChineseDate } from '../../../../shared/personnel/dates'
import { call } from '../../api/client'
import { DocumentPreviewDialog } from '../documents/DocumentPreviewDialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { UncoveredYearsNote } from '../calendar-settings/UncoveredYearsNote'
import { DraftDialog } from './DraftDialog'
import { DateField } from '../../components/date/DateField'

interface Props {
  matterIds: string[]
  onClose: () => void
}

/** 生成任前公示: the period (the register's, else from the next working day, ≥ 5 working days), then the preview. */
export function PublicNoticeDialog({ matterIds, onClose }: Props) {
  const load = useCallback(() => call('personnelDocuments.noticeDraft', { matterIds }), [matterIds])
  return (
    <DraftDialog title="生成任前公示" load={load} onClose={onClose}>
      {(draft) => <PublicNoticeForm matterIds={matterIds} draft={draft} onClose={onClose} />}
    </DraftDialog>
  )
}

function PublicNoticeForm({ matterIds, draft, onClose }: Props & { draft: NoticeDraft }) {
  const [start, setStart] = useState(draft.start)
  const [end, setEnd] = useState(draft.end)
  const [earliestEnd, setEarliestEnd] = useState(draft.earliestEnd)
  const [uncovered, setUncovered] = useState(draft.uncoveredYears)
  const [record, setRecord] = useState(!draft.recorded)
  const [error, setError] = useState<string | null>(null)
  const [previewing, setPreviewing] = useState<{ start: string; end: string; record: boolean } | null>(null)

  // A new start moves the end to the earliest allowed day, computed by the core on the office calendar.
  async function changeStart(value: string) {
    setStart(value)
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) return
    const result = await call('personnelDocuments.noticeDraft', { matterIds, start: value })
    if (!result.ok) return setError(result.error.message)
    setError(null)
    setEnd(result.value.end)
    setEarliestEnd(result.value.earliestEnd)
    setUncovered(result.value.uncoveredYears)
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (start === '' || end === '') return setError('请填写公示的开始和结束日期。')
    if (end < earliestEnd) return setError(`任前公示期不少于 5 个工作日，从${formatChineseDate(start)}开始最早可于${formatChineseDate(earliestEnd)}结束。`)
    setError(null)
    setPreviewing({ start, end, record })
  }

  const input = previewing ? { matterIds, start: previewing.start, end: previewing.end } : null
  return (
    <>
      <form className="form" onSubmit={submit} noValidate>
        {draft.recorded && <p className="field-hint">公示期取自台账中登记的日期。</p>}
        <div className="personnel-documents-dates">
          <DateField id="notice-start" label="公示开始日期" value={start} onChange={(value) => void changeStart(value)} data-autofocus required />
          <DateField id="notice-end" label="公示结束日期" min={earliestEnd} value={end} onChange={setEnd} required />
        </div>
        <p className="field-hint">不少于 5 个工作日（按工作日历计算节假日和调休），最早可于{formatChineseDate(earliestEnd)}结束。</p>
        <UncoveredYearsNote years={uncovered} />
        <label className="checkbox">
          <input type="checkbox" checked={record} onChange={(event) => setRecord(event.target.checked)} />
          导出后将公示期登记到台账
        </label>
        <ErrorMessage message={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            取消
          </button>
          <button type="submit" className="button button-primary">
            预览
          </button>
        </div>
      </form>
      {previewing && input && (
        <DocumentPreviewDialog
          title="任前公示"
          load={() => call('personnelDocuments.noticePreview', input)}
          export={(output) => call('personnelDocuments.exportNotice', { ...input, record: previewing.record, output })}
          onClose={() => setPreviewing(null)}
        />
      )}
    </>
  )
}
