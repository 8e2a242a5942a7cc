import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildSync } from 'esbuild'
import type { WorkerEntry } from '../../electron/core/personnel/lrmx/read-files'

// The worker thread that reads imported approval forms runs the built lrmx-read-worker.js in
// the app. Tests run the sources, so the worker's entry is bundled here once per test
// process, as the app's build does, and the tests' cores are given that file.

let built: WorkerEntry | undefined

export function lrmxReadWorker(): WorkerEntry {
  if (!built) {
    const outfile = join(mkdtempSync(join(tmpdir(), 'yishi-lrmx-worker-')), 'lrmx-read-worker.cjs')
    buildSync({ entryPoints: [resolve(__dirname, '../../electron/core/personnel/lrmx/read-worker.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node22', outfile, logLevel: 'error' })
    built = { file: outfile }
  }
  return built
}
