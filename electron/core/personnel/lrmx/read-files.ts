import { Worker } from 'node:worker_threads'
import { readImportFile, sourceName, type FileRead, type ImportFileJob, type ReadPurpose } from './read-file'

// Reading ten large approval forms takes seconds and hundreds of megabytes of parser work.
// Done in main it would hold the dispatcher (every other call waits) for all of it; here it
// runs on a worker thread of its own, with its own heap (capped), and main only receives
// each file's result as it is ready. The worker's script is the bundle's lrmx-read-worker.js
// (electron.vite.config.ts), named by the shell in CoreOptions; without one (scripts, some
// tests) the files are read on the calling thread, yielding between files.

/** Where the worker's script is: the built file, or a source file with a loader for it. */
export interface WorkerEntry {
  file: string
  execArgv?: string[]
}

/** Far above what reading one 5 MB form needs; a hostile file cannot take the machine's memory. */
const WORKER_HEAP_MB = 128

const lost = (job: ImportFileJob): FileRead => ({
  result: { ok: false, fileName: sourceName(job.source), reason: '读取文件时出错（读取进程意外结束），请重试或分批导入' },
  sha256: null,
})

async function readHere(jobs: ImportFileJob[], purpose: ReadPurpose, onRead: (done: number) => void): Promise<FileRead[]> {
  const reads: FileRead[] = []
  for (const job of jobs) {
    reads.push(readImportFile(job, purpose))
    onRead(reads.length)
    await new Promise((resolve) => setImmediate(resolve))
  }
  return reads
}

function readOnWorker(jobs: ImportFileJob[], purpose: ReadPurpose, entry: WorkerEntry, onRead: (done: number) => void): Promise<FileRead[]> {
  return new Promise((resolve) => {
    const reads: FileRead[] = []
    let settled = false
    const worker = new Worker(entry.file, { execArgv: entry.execArgv, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } })
    // One file at a time: copying a dropped file's bytes to the worker is brief, ten at once would not be.
    const send = () => worker.postMessage({ index: reads.length, job: jobs[reads.length], purpose })
    const finish = () => {
      if (settled) return
      settled = true
      void worker.terminate()
      resolve(jobs.map((job, index) => reads[index] ?? lost(job)))
    }
    worker.on('message', (message: { index: number; read: FileRead }) => {
      reads[message.index] = message.read
      onRead(reads.length)
      if (reads.length === jobs.length) finish()
      else send()
    })
    // A crash (out of its heap, a bug) refuses the files not yet read; the others keep their result.
    worker.on('error', finish)
    worker.on('exit', finish)
    send()
  })
}

/** Reads every file off the dispatcher's thread when a worker is given; `onRead` after each file. */
export function readImportFiles(
  jobs: ImportFileJob[],
  purpose: ReadPurpose,
  entry: WorkerEntry | undefined,
  onRead: (done: number) => void = () => undefined,
): Promise<FileRead[]> {
  if (jobs.length === 0) return Promise.resolve([])
  return entry ? readOnWorker(jobs, purpose, entry, onRead) : readHere(jobs, purpose, onRead)
}
