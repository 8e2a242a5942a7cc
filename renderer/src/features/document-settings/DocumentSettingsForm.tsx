import { useState, type FormEvent } from 'react'
import { documentSettingsSchema, type DocumentSettings } from '../../../../shared/documents/settings'
import type { BodyView } from '../../../../shared/meetings/views'
import { call } from '../../api/client'
import { SaveFooter } from '../../components/SaveFooter'
import { TextField } from '../../components/TextField'
import { ClassificationFieldset } from './ClassificationFieldset'
import { DistributionListsEditor } from './DistributionListsEditor'
import { MinutesFieldset } from './MinutesFieldset'

type TextKey = 'issuerShortName' | 'documentMark' | 'printingOffice' | 'appointmentNumberPrefix'
type ReportingKey = keyof DocumentSettings['noticeReporting']

const textFields: { key: TextKey; label: string; hint: string }[] = [
  { key: 'issuerShortName', label: '机关简称', hint: '用于“区委决定：”“区委常委会”等，例如 区委。' },
  { key: 'documentMark', label: '发文机关标志', hint: '任免通知版头的红色标志，例如 中共示例区委文件；发文机关署名去掉“文件”二字。' },
  { key: 'printingOffice', label: '印发机关', hint: '版记中的印发机关，例如 中共示例区委办公室。' },
  { key: 'appointmentNumberPrefix', label: '任免通知发文字号前缀', hint: '机关代字，例如 示区委，发文字号为 示区委〔2026〕15号。' },
]
const reportingFields: { key: ReportingKey; label: string }[] = [
  { key: 'unit', label: '任前公示受理单位' },
  { key: 'phone', label: '举报电话' },
  { key: 'address', label: '通信地址' },
]

/** Every document setting in one form, checked here with the core's own schema before saving. */
export function DocumentSettingsForm({ initial, bodies }: { initial: DocumentSettings; bodies: BodyView[] }) {
  const [saved, setSaved] = useState(initial)
  const [draft, setDraft] = useState(initial)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [justSaved, setJustSaved] = useState(false)
  const changed = JSON.stringify(draft) !== JSON.stringify(saved)

  function edit(update: (current: DocumentSettings) => DocumentSettings) {
    setDraft(update)
    setJustSaved(false)
    setError(null)
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy || !changed) return
    const checked = documentSettingsSchema.safeParse(draft)
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? '公文设置不符合要求')
      return
    }
    setBusy(true)
    const result = await call('documents.updateSettings', checked.data)
    setBusy(false)
    if (!result.ok) {
      setError(result.error.message)
      return
    }
    setSaved(result.value)
    setDraft(result.value)
    setJustSaved(true)
  }

  return (
    <form className="form document-settings" onSubmit={submit} noValidate>
      <fieldset className="document-settings-group">
        <legend>发文机关</legend>
        {textFields.map((field) => (
          <TextField
            key={field.key}
            id={`document-settings-${field.key}`}
            label={field.label}
            hint={field.hint}
            value={draft[field.key]}
            onChange={(event) => {
              const value = event.target.value
              edit((current) => ({ ...current, [field.key]: value }))
            }}
            required
          />
        ))}
      </fieldset>
      <MinutesFieldset settings={draft} bodies={bodies} onChange={edit} />
      <ClassificationFieldset value={draft.defaultClassification} onChange={(defaultClassification) => edit((current) => ({ ...current, defaultClassification }))} />
      <DistributionListsEditor lists={draft.distributionLists} onChange={(distributionLists) => edit((current) => ({ ...current, distributionLists }))} />
      <fieldset className="document-settings-group">
        <legend>任前公示受理</legend>
        {reportingFields.map((field) => (
          <TextField
            key={field.key}
            id={`document-settings-reporting-${field.key}`}
            label={field.label}
            value={draft.noticeReporting[field.key]}
            onChange={(event) => {
              const value = event.target.value
              edit((current) => ({ ...current, noticeReporting: { ...current.noticeReporting, [field.key]: value } }))
            }}
            required
          />
        ))}
        <TextField
          id="document-settings-area-code"
          label="电话区号"
          hint="例如 0571：任前公示印“举报电话：0571-12380”，会议通知的座机号码也加区号。"
          value={draft.areaCode}
          onChange={(event) => {
            const areaCode = event.target.value
            edit((current) => ({ ...current, areaCode }))
          }}
        />
        <p className="field-hint">公示文末写明受理单位、12380 举报电话（带区号）和通信地址，并提倡实名举报。</p>
      </fieldset>
      <fieldset className="document-settings-group">
        <legend>会议通知联系人</legend>
        <TextField
          id="document-settings-contact-name"
          label="联系人"
          value={draft.meetingContact.name}
          onChange={(event) => {
            const name = event.target.value
            edit((current) => ({ ...current, meetingContact: { ...current.meetingContact, name } }))
          }}
        />
        <TextField
          id="document-settings-contact-phone"
          label="联系电话"
          hint="座机号码（如 87654321，自动加区号）或 11 位手机号码；联系人和电话都留空时，通知不印联系人。"
          value={draft.meetingContact.phone}
          onChange={(event) => {
            const phone = event.target.value
            edit((current) => ({ ...current, meetingContact: { ...current.meetingContact, phone } }))
          }}
        />
      </fieldset>
      <SaveFooter error={error} busy={busy} saved={justSaved} changed={changed} />
    </form>
  )
}
