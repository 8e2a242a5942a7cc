import { entryPageFileName } from '../../shared/documents/personnel/book-entry-page'
import { publicNoticeFileName } from '../../shared/documents/personnel/public-notice'
import type { RegisterRow } from '../../shared/personnel/views'
import type { DemoCore } from './demo-core'
import { writeDemoDocument } from './documents'

// The demo year's personnel documents, built by the same channels the page uses: the book
// page of the entry with the most candidates, the 任免通知 of the largest group of matters
// sharing a recorded document number, and the 任前公示 of the largest group sharing a period.

function largestGroup(rows: RegisterRow[], key: (row: RegisterRow) => string | null): RegisterRow[] {
  const groups = new Map<string, RegisterRow[]>()
  for (const row of rows) {
    const k = key(row)
    if (k !== null) groups.set(k, [...(groups.get(k) ?? []), row])
  }
  return [...groups.values()].sort((a, b) => b.length - a.length || (b[0]?.registerDate ?? '').localeCompare(a[0]?.registerDate ?? ''))[0] ?? []
}

export async function writePersonnelDocuments(demo: DemoCore, outDir: string): Promise<void> {
  const { call } = demo
  const entries = (await call('personnel.listEntries', {})).filter((entry) => entry.sealed !== null && entry.candidateNames.length > 0)
  const entry = [...entries].sort((a, b) => b.candidateNames.length - a.candidateNames.length)[0]
  if (!entry) throw new Error('演示数据中没有已封存的专用记录本记录')
  await writeDemoDocument(outDir, entryPageFileName(entry), await call('personnelDocuments.entryPage', { entryId: entry.id }))

  const register = await call('personnel.searchRegister', {})
  const notified = largestGroup(register, (row) => (row.appointmentDocNo && row.stages.appointedOn ? `${row.appointmentDocNo}|${row.stages.appointedOn}` : null))
  if (notified.length === 0) throw new Error('演示数据中没有已登记任职通知的任免事项')
  const matterIds = notified.map((row) => row.id)
  const draft = await call('personnelDocuments.appointmentDraft', { matterIds })
  const appointment = await call('personnelDocuments.appointmentPreview', { matterIds, docNumber: draft.docNumber, addressee: draft.addressee, date: draft.date })
  const title = appointment.blocks.find((block) => block.kind === 'title')
  await writeDemoDocument(outDir, `${title?.kind === 'title' ? title.text : '干部任免通知'}.docx`, appointment)

  const noticed = largestGroup(register, (row) => (row.needsNotice && row.stages.noticeStart && row.stages.noticeEnd ? `${row.stages.noticeStart}|${row.stages.noticeEnd}` : null))
  const first = noticed[0]
  if (!first?.stages.noticeStart || !first.stages.noticeEnd) throw new Error('演示数据中没有已登记任前公示的任免事项')
  const period = { start: first.stages.noticeStart, end: first.stages.noticeEnd }
  const notice = await call('personnelDocuments.noticePreview', { matterIds: noticed.map((row) => row.id), ...period })
  await writeDemoDocument(outDir, publicNoticeFileName(period), notice)
}
