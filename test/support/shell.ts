import type { ShellServices } from '../../electron/core'

/**
 * The OS file dialogs, answered by the test: push what the user "picks" before the call
 * that opens the dialog. An empty queue means the user cancelled. Each request is kept,
 * so a test can check what the dialog asked.
 *
 * Printing is the window's: the e2e harness sets `window` to its page, printed by
 * Chromium's page.pdf as Electron's printToPDF prints the app's window (same print
 * stylesheet, A4 from @page, backgrounds). `printAnswers` are what the print dialog does.
 */
export class PreparedDialogs implements ShellServices {
  readonly directories: (string | null)[] = []
  readonly saveFiles: (string | null)[] = []
  readonly openFiles: string[][] = []
  readonly printAnswers: ('printed' | 'cancelled')[] = []
  readonly requests: { kind: 'directory' | 'save' | 'open' | 'pdf' | 'print'; title: string }[] = []
  window: { pdf(options: { preferCSSPageSize: boolean; printBackground: boolean; displayHeaderFooter: boolean }): Promise<Uint8Array> } | null = null

  pickDirectory(request: { title: string }): Promise<string | null> {
    this.requests.push({ kind: 'directory', title: request.title })
    return Promise.resolve(this.directories.shift() ?? null)
  }

  pickSaveFile(request: { title: string }): Promise<string | null> {
    this.requests.push({ kind: 'save', title: request.title })
    return Promise.resolve(this.saveFiles.shift() ?? null)
  }

  pickOpenFiles(request: { title: string }): Promise<string[]> {
    this.requests.push({ kind: 'open', title: request.title })
    return Promise.resolve(this.openFiles.shift() ?? [])
  }

  printToPdf(): Promise<Uint8Array> {
    this.requests.push({ kind: 'pdf', title: '' })
    if (!this.window) return Promise.reject(new Error('没有可打印的窗口'))
    return this.window.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false })
  }

  print(): Promise<'printed' | 'cancelled'> {
    this.requests.push({ kind: 'print', title: '' })
    return Promise.resolve(this.printAnswers.shift() ?? 'cancelled')
  }
}
