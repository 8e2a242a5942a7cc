// The worker thread that reads an import's files (read-files.ts starts it): main sends one
// file at a time and gets its result back, so main can show progress, never holds more
// than one file's copy in flight, and the dispatcher stays free.
import { parentPort } from 'node:worker_threads'
import { readImportFile, type ImportFileJob, type ReadPurpose } from './read-file'

parentPort?.on('message', ({ index, job, purpose }: { index: number; job: ImportFileJob; purpose: ReadPurpose }) => {
  parentPort?.postMessage({ index, read: readImportFile(job, purpose) })
})
