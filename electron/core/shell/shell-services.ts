/**
 * What core needs from the operating system's UI: the file dialogs. Main implements it
 * with Electron's dialog; tests answer with prepared paths. A file-system path never
 * comes from the page: the page asks, core asks the user through these dialogs, and
 * only paths the user picked here are ever written or read.
 */
export interface ShellServices {
  /** A folder the user picks (to write a backup into, to restore from); null if cancelled. */
  pickDirectory(request: { title: string; defaultPath?: string }): Promise<string | null>
  /** Where to save one file the user is exporting; null if cancelled. */
  pickSaveFile(request: { title: string; defaultName: string; filters: { name: string; extensions: string[] }[] }): Promise<string | null>
  /** Files the user picks to import; empty if cancelled. */
  pickOpenFiles(request: { title: string; filters: { name: string; extensions: string[] }[]; multiple: boolean }): Promise<string[]>
  /**
   * The app's window printed to PDF as its print stylesheet lays it out (a preview's sheets:
   * @page A4 with the GB/T 9704 margins, no browser headers or footers, backgrounds printed
   * so the red mark and rules show). Only called while a document preview is open.
   */
  printToPdf(): Promise<Uint8Array>
  /** The system print dialog for the same; 'cancelled' if the user closed it. */
  print(): Promise<'printed' | 'cancelled'>
}

/** For a core with no one to ask (scripts): every dialog is cancelled. */
export const noShellServices: ShellServices = {
  pickDirectory: () => Promise.resolve(null),
  pickSaveFile: () => Promise.resolve(null),
  pickOpenFiles: () => Promise.resolve([]),
  printToPdf: () => Promise.reject(new Error('没有可打印的窗口')),
  print: () => Promise.resolve('cancelled'),
}
