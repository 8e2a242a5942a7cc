import { useCallback, useState, type FormEvent } from 'react'
import { docNumberHint, normaliseDocNumber } from '../../../../shared/documents/personnel/appointment-notice'
import type { AppointmentDraft } from '../../../../shared/ipc/channels/personnel-documents'
import { call } from '../../api/client'
import { TextField } from '../../components/TextField'
import { DocumentPreviewDialog } from '../documents/DocumentPreviewDialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { DraftDialog } from './DraftDialog'
import { DateField } from '../../components/date/DateField'

interface Props {
  matterIds: string[]
  onClose: () => void
}

/** 生成任免通知: the number, 主送 and date first (prefilled), then the preview and 导出…. */
export function AppointmentNoticeDialog({ matterIds, onClose }: Props) {
  const load = useCallback(() => call('personnelDocuments.appointmentDraft', { matterIds }), [matterIds])
  return (
    <DraftDialog title="生成干部任免通知" load={load} onClose={onClose}>
      {(draft) => <AppointmentNoticeForm matterIds={matterIds} draft={draft} onClose={onClose} />}
    </DraftDialog>
  )
}

function AppointmentNoticeForm({ matterIds, draft, onClose }: Props & { draft: AppointmentDraft }) {
  const [docNumber, setDocNumber] = useState(draft.docNumber)
  const [addressee, setAddressee] = useState(draft.addressee)
  const [date, setDate] = useState(draft.date)
  const [record, setRecord] = useState(!draft.recorded)
  const [error, setError] = useState<string | null>(null)
  const [previewing, setPreviewing] = useState<{ docNumber: string; addressee: string; date: string; record: boolean } | null>(null)

  function submit(event: FormEvent) {
    event.preventDefault()
    const number = normaliseDocNumber(docNumber)
    if (number === null) return setError(`${docNumberHint}。`)
    if (addressee.trim() === '') return setError('请填写主送机关。')
    if (date === '') return setError('请填写成文日期。')
    setError(null)
    setDocNumber(number)
    setPreviewing({ docNumber: number, addressee: addressee.trim(), date, record })
  }

  const input = previewing ? { matterIds, docNumber: previewing.docNumber, addressee: previewing.addressee, date: previewing.date } : null
  return (
    <>
    <form className="form" onSubmit={submit} noValidate>
      <TextField id="appointment-doc-number" label="发文字号" hint={draft.recorded ? '台账中已登记的发文字号。' : '请补全序号，例如 示区委〔2026〕15号。'} value={docNumber} onChange={(event) => setDocNumber(event.target.value)} data-autofocus required />
      <div className="field">
        <label htmlFor="appointment-addressee">主送机关</label>
        <textarea id="appointment-addressee" rows={3} value={addressee} onChange={(event) => setAddressee(event.target.value)} />
      </div>
      <DateField id="appointment-date" label="成文日期" value={date} onChange={setDate} required />
      <label className="checkbox">
        <input type="checkbox" checked={record} onChange={(event) => setRecord(event.target.checked)} />
        导出后将发文字号和成文日期登记到台账（任职通知）
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
          title="干部任免通知"
          load={() => call('personnelDocuments.appointmentPreview', input)}
          export={(output) => call('personnelDocuments.exportAppointment', { ...input, record: previewing.record, output })}
          onClose={() => setPreviewing(null)}
        />
      )}
    </>
  )
}
