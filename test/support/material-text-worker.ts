import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { buildSync } from 'esbuild'
import type { WorkerEntry } from '../../electron/core/personnel/lrmx/read-files'

// The worker thread that reads materials' text runs the built material-text-worker.js in the
// app. Tests bundle its entry once per process, as the app's build does: mammoth and pdfjs-dist
// stay outside the bundle (as in the app), so the file is written under out/ where they resolve.

let built: WorkerEntry | undefined

export function materialTextWorker(): WorkerEntry {
  if (!built) {
    const dir = resolve(__dirname, '../../out/test-workers', String(process.pid))
    mkdirSync(dir, { recursive: true })
    const outfile = join(dir, 'material-text-worker.cjs')
    buildSync({ entryPoints: [resolve(__dirname, '../../electron/core/material-text/text-worker.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node22', outfile, external: ['mammoth', 'pdfjs-dist'], logLevel: 'error' })
    built = { file: outfile }
  }
  return built
}
