import { Worker } from 'node:worker_threads'
import type { WorkerEntry } from '../personnel/lrmx/read-files'
import { extractText, type MaterialText } from './extract-text'

/** pdfjs on a 200 MB scan needs room; a hostile file cannot take the machine's memory. */
const WORKER_HEAP_MB = 512
/** A file that takes longer is given up (marked failed), not retried at every unlock. */
const FILE_TIMEOUT_MS = 120_000

export interface TextExtractor {
  extract(bytes: Uint8Array, fileName: string): Promise<MaterialText>
  close(): void
}

/** On the calling thread (scripts, tests without the built worker). */
const inline: TextExtractor = { extract: extractText, close: () => undefined }

/**
 * One worker for a run of materials, one file at a time. A crash or a timeout marks that file
 * failed and starts a fresh worker for the next.
 */
function onWorker(entry: WorkerEntry): TextExtractor {
  let worker: Worker | null = null
  return {
    extract(bytes, fileName) {
      const current = worker ?? new Worker(entry.file, { execArgv: entry.execArgv, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } })
      worker = current
      return new Promise<MaterialText>((resolve) => {
        const fail = () => {
          cleanup()
          if (worker === current) worker = null
          void current.terminate()
          resolve({ state: 'failed' })
        }
        const timer = setTimeout(fail, FILE_TIMEOUT_MS)
        const done = (text: MaterialText) => {
          cleanup()
          resolve(text)
        }
        const cleanup = () => {
          clearTimeout(timer)
          current.off('message', done)
          current.off('error', fail)
          current.off('exit', fail)
        }
        current.on('message', done)
        current.on('error', fail)
        current.on('exit', fail)
        // Moved, not copied, when the bytes own their memory; a Buffer's may be pooled or outside
        // the JS heap (not transferable): then copied once and main's copy wiped.
        const owns = !Buffer.isBuffer(bytes) && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
        const owned = owns ? bytes : new Uint8Array(bytes)
        if (!owns) bytes.fill(0)
        current.postMessage({ bytes: owned, fileName }, [owned.buffer as ArrayBuffer])
      })
    },
    close() {
      void worker?.terminate()
      worker = null
    },
  }
}

export function textExtractor(entry: WorkerEntry | undefined): TextExtractor {
  return entry ? onWorker(entry) : inline
}
