import { dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import type { ShellServices } from '../core'
import { currentWindow } from './window'

// 导出PDF and 打印 print the app's window: while a document preview is open, its print
// stylesheet (documents.css) hides everything but the preview's sheets and sets @page A4
// with the GB/T 9704 margins and the "— N —" page numbers; backgrounds print so the red
// mark and rules show, and Chromium adds no headers or footers of its own.

function appWindow() {
  const window = currentWindow()
  if (!window) throw new Error('没有打开的窗口')
  return window
}

// Dialogs are modal to the app's window when it exists, so the user sees what asks.

async function openDialog(options: OpenDialogOptions): Promise<string[]> {
  const window = currentWindow()
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  return result.canceled ? [] : result.filePaths
}

async function saveDialog(options: SaveDialogOptions): Promise<string | null> {
  const window = currentWindow()
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}

export const electronShellServices: ShellServices = {
  async pickDirectory({ title, defaultPath }) {
    const [folder] = await openDialog({ title, defaultPath, properties: ['openDirectory', 'createDirectory'] })
    return folder ?? null
  },
  pickSaveFile: ({ title, defaultName, filters }) => saveDialog({ title, defaultPath: defaultName, filters, properties: ['showOverwriteConfirmation'] }),
  pickOpenFiles: ({ title, filters, multiple }) => openDialog({ title, filters, properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'] }),
  // Zero print margins, as the tests' page.pdf prints: the @page margins (37/26/35/28 mm) place the text block.
  printToPdf: async () => appWindow().webContents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false, margins: { top: 0, bottom: 0, left: 0, right: 0 } }),
  print: () =>
    new Promise((resolve, reject) => {
      appWindow().webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
        if (success) resolve('printed')
        else if (failureReason === 'cancelled' || failureReason === 'Print job canceled') resolve('cancelled')
        else reject(new Error(failureReason || '打印失败'))
      })
    }),
}
