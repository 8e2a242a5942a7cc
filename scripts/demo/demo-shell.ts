import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { noShellServices, type ShellServices } from '../../electron/core'

/**
 * The file dialogs of the demo: the "open" dialog picks the material the generator has just
 * written to a temporary folder (removed at the end), as a secretary would pick a file.
 */
export class DemoShell implements ShellServices {
  private readonly folder = mkdtempSync(join(tmpdir(), 'yishi-demo-materials-'))
  private picked: string[] = []

  /** Writes a material and has the next open dialog pick it. */
  offer(fileName: string, content: string): void {
    const path = join(this.folder, fileName)
    writeFileSync(path, content, 'utf8')
    this.picked = [path]
  }

  /** Writes several files (the .lrmx forms) and has the next open dialog pick them all. */
  offerMany(files: { fileName: string; content: Uint8Array }[]): void {
    this.picked = files.map(({ fileName, content }) => {
      const path = join(this.folder, fileName)
      writeFileSync(path, content)
      return path
    })
  }

  pickOpenFiles(): Promise<string[]> {
    const paths = this.picked
    this.picked = []
    return Promise.resolve(paths)
  }

  pickDirectory(): Promise<string | null> {
    return Promise.resolve(null)
  }

  pickSaveFile(): Promise<string | null> {
    return Promise.resolve(null)
  }

  printToPdf(): Promise<Uint8Array> {
    return noShellServices.printToPdf()
  }

  print(): Promise<'printed' | 'cancelled'> {
    return Promise.resolve('cancelled')
  }

  dispose(): void {
    rmSync(this.folder, { recursive: true, force: true })
  }
}
