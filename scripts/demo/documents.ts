import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderDocx } from '../../electron/core/documents/docx/render-docx'
import { meetingNoticeFileName } from '../../shared/documents/meeting-notice'
import { meetingRecordFileName } from '../../shared/documents/meeting-record'
import type { DocumentModel } from '../../shared/documents/model'
import type { DemoCore } from './demo-core'

// The demo's documents go to <out>/documents/, rendered by the app's own writer from the
// models its channels return, so they are what the secretary would export.

export async function writeDemoDocument(outDir: string, fileName: string, model: DocumentModel): Promise<void> {
  const folder = join(outDir, 'documents')
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, fileName), await renderDocx(model))
}

/** The 会议通知 and 会议记录 of the latest signed 常委会会议. */
export async function writeMeetingDocuments(demo: DemoCore, outDir: string): Promise<void> {
  const signed = (await demo.call('meetings.list', { status: 'signed' })).filter((meeting) => meeting.bodyKind === 'standing')
  const latest = [...signed].sort((a, b) => b.date.localeCompare(a.date))[0]
  if (!latest) throw new Error('演示数据中没有已签发的常委会会议')
  const detail = await demo.call('meetings.get', { id: latest.id })
  await writeDemoDocument(outDir, meetingNoticeFileName(detail), await demo.call('documents.meetingNotice', { meetingId: latest.id }))
  await writeDemoDocument(outDir, meetingRecordFileName(detail), await demo.call('documents.meetingRecord', { meetingId: latest.id }))
}
