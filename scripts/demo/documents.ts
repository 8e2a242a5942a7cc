import { mkdirSync, writeFileSync } from 'node:fs'
import Module from 'node:module'
import { join } from 'node:path'
import { renderDocx } from '../../electron/core/documents/docx/render-docx'
import { meetingNoticeFileName } from '../../shared/documents/meeting-notice'
import { meetingRecordFileName } from '../../shared/documents/meeting-record'
import type { DocumentModel } from '../../shared/documents/model'
import type { DemoCore } from './demo-core'

// The demo's documents go to <out>/documents/, rendered by the app's own writer from the
// models its channels return, so they are what the secretary would export. Each model is
// kept until printDemoPdfs prints it beside its .docx as the app's 导出PDF does.

const toPrint = new Map<string, DocumentModel>()

export async function writeDemoDocument(outDir: string, fileName: string, model: DocumentModel): Promise<void> {
  const folder = join(outDir, 'documents')
  mkdirSync(folder, { recursive: true })
  const path = join(folder, fileName)
  writeFileSync(path, await renderDocx(model))
  toPrint.set(path, model)
}

/**
 * Prints the documents written under outDir to PDF beside their .docx: the preview's sheets
 * through a headless Chromium (the engine Electron's printToPDF uses), as the tests print
 * them. Returns the PDFs written, or why none could be.
 */
export async function printDemoPdfs(outDir: string): Promise<{ written: string[] } | { problem: string }> {
  const jobs = [...toPrint].filter(([path]) => path.startsWith(join(outDir, 'documents')))
  for (const [path] of jobs) toPrint.delete(path)
  // Loaded only here: the printer needs Playwright and the renderer's component, which the demo's vault part does not.
  // The component imports its stylesheet for Vite; the printer puts the stylesheet into the page itself, so Node loads it as nothing.
  ;(Module as unknown as { _extensions: Record<string, (module: { exports: unknown }) => void> })._extensions['.css'] = (module) => {
    module.exports = {}
  }
  const { previewPrinter } = await import('../../test/support/preview-pdf')
  let printer: Awaited<ReturnType<typeof previewPrinter>>
  try {
    printer = await previewPrinter()
  } catch (error) {
    return { problem: `未能启动 Chromium（${error instanceof Error ? error.message.split('\n')[0] : String(error)}），未生成PDF` }
  }
  try {
    const written: string[] = []
    for (const [path, model] of jobs) written.push(await printer.print(model, path.replace(/\.docx$/u, '.pdf')))
    return { written }
  } finally {
    await printer.close()
  }
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
