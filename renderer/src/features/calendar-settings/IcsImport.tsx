import { useState } from 'react'
import type { YearImportPlan } from '../../../../shared/calendar/ics-import'
import type { CalendarView, IcsImportPreview } from '../../../../shared/ipc/channels/calendar'
import { weekdayOf } from '../../../../shared/roster/dates'
import { call } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { ErrorMessage } from '../../components/ErrorMessage'
import { chineseDate } from '../meetings/chineseDate'

/**
 * 从 .ics 导入: the file is read and checked by the core (nothing saved), the days it would
 * add are shown by year, and only 导入 saves them (audited). A bad file says why and changes nothing.
 */
export function IcsImport({ onImported }: { onImported: (view: CalendarView) => void }) {
  const [reading, setReading] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [preview, setPreview] = useState<IcsImportPreview | null>(null)

  async function pick() {
    setReading(true)
    setError(null)
    const result = await call('calendar.readIcs')
    setReading(false)
    if (!result.ok) return setError(result.error.message)
    setPreview(result.value)
  }

  return (
    <div className="ics-import">
      <button type="button" className="button button-secondary" onClick={() => void pick()} disabled={reading}>
        {reading ? '正在读取…' : '从 .ics 文件导入国家放假安排…'}
      </button>
      <p className="field-hint">可导入与“中国节假日”日历相同格式的 .ics 文件：导入前先列出将要添加的休息日和调休上班日，确认后才保存。</p>
      <ErrorMessage message={error} />
      {preview && (
        <IcsPreviewDialog
          preview={preview}
          onClose={() => setPreview(null)}
          onImported={(view) => {
            setPreview(null)
            onImported(view)
          }}
        />
      )}
    </div>
  )
}

function DayList({ label, dates }: { label: string; dates: readonly string[] }) {
  if (dates.length === 0) return null
  return (
    <div className="ics-days">
      <h4>
        {label}（{dates.length} 天）
      </h4>
      <ul aria-label={label}>
        {dates.map((date) => (
          <li key={date}>
            {chineseDate(date)} {weekdayOf(date)}
          </li>
        ))}
      </ul>
    </div>
  )
}

function YearPreview({ plan }: { plan: YearImportPlan }) {
  return (
    <section className="ics-year" aria-label={`${plan.year}年`}>
      <h3>{plan.year}年</h3>
      {plan.bundled ? (
        <p className="card-note">本程序已内置{plan.year}年的国家放假安排，该年份不导入。</p>
      ) : (
        <>
          {plan.addHolidays.length === 0 && plan.addWorkdays.length === 0 && <p className="card-note">该年份的安排均已录入，无需添加。</p>}
          <DayList label="将添加的休息日" dates={plan.addHolidays} />
          <DayList label="将添加的调休上班日" dates={plan.addWorkdays} />
          {plan.turned.length > 0 && (
            <p className="message message-warning">本单位原先录入的 {plan.turned.map((date) => chineseDate(date)).join('、')} 与该文件相反，导入后以文件为准。</p>
          )}
          <p className="card-note">导入后，{plan.year}年记为“放假安排已录入”，相关日期不再提示“尚未录入”。</p>
        </>
      )}
    </section>
  )
}

function IcsPreviewDialog({ preview, onClose, onImported }: { preview: IcsImportPreview; onClose: () => void; onImported: (view: CalendarView) => void }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const importable = preview.plan.some((year) => !year.bundled)

  async function save() {
    setBusy(true)
    setError(null)
    const result = await call('calendar.importIcs', { fileName: preview.fileName, years: preview.years })
    setBusy(false)
    if (!result.ok) return setError(result.error.message)
    onImported(result.value)
  }

  return (
    <Dialog title={`导入国家放假安排：${preview.fileName}`} onClose={onClose} busy={busy} size="wide">
      <div className="ics-preview">
        {preview.plan.map((plan) => (
          <YearPreview key={plan.year} plan={plan} />
        ))}
      </div>
      <ErrorMessage message={error} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          取消
        </button>
        <button type="button" className="button button-primary" onClick={() => void save()} disabled={busy || !importable} data-autofocus>
          {busy ? '正在导入…' : '导入'}
        </button>
      </div>
    </Dialog>
  )
}
