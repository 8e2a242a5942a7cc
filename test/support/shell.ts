import type { ShellServices } from '../../electron/core'

/**
 * The OS file dialogs, answered by the test: push what the user "picks" before the call
 * that opens the dialog. An empty queue means the user cancelled. Each request is kept,
 * so a test can check what the dialog asked.
 */
export class PreparedDialogs implements ShellServices {
  readonly directories: (string | null)[] = []
  readonly saveFiles: (string | null)[] = []
  readonly openFiles: string[][] = []
  readonly requests: { kind: 'directory' | 'save' | 'open'; title: string }[] = []

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
}
