import { existsSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import { AppError, type ErrorCode } from '../../../shared/errors'
import { storeDamageIn, type StoreDamagedError } from '../vault/store-damage'

// A manual backup of a large vault copies hundreds of megabytes; done in main it would freeze
// the window for seconds. Here each store is copied (VACUUM INTO) and its copy checked
// (integrity_check) on a worker thread with its own connection, while main reports the
// copy's growing size as progress. The worker's code is a short CommonJS script in a string:
// it has to run outside the bundle, with only the SQLite driver, which main resolves for it.
// Without a target it only checks the store in place (完整校验).

const workerScript = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
function keyed(path, readonly) {
  const db = new Database(path, { readonly, fileMustExist: true })
  db.pragma("cipher='sqlcipher'")
  db.pragma('legacy=4')
  db.pragma('key="x\\'' + workerData.keyHex + '\\'"')
  return db
}
let stage = 'copy'
try {
  if (workerData.target) {
    const source = keyed(workerData.source, true)
    try { source.prepare('VACUUM INTO ?').run(workerData.target) } finally { source.close() }
  }
  stage = 'check'
  parentPort.postMessage({ step: 'copied' })
  const copy = keyed(workerData.target || workerData.source, true)
  try {
    // The live stores' cache size: the check reads every page, a quarter faster than with 2 MB.
    copy.pragma('cache_size = -65536')
    const rows = copy.pragma('integrity_check')
    parentPort.postMessage({ step: 'checked', integrity: rows.map((row) => row.integrity_check).join('; ') })
  } finally { copy.close() }
} catch (error) {
  parentPort.postMessage({ step: 'failed', stage, message: String(error && error.message), code: error && error.code })
}
`

type WorkerMessage = { step: 'copied' } | { step: 'checked'; integrity: string } | { step: 'failed'; stage: 'copy' | 'check'; message: string; code?: string }

export interface StoreCopyJob {
  source: string
  target: string
  dataKey: Buffer
  /** Bytes copied so far and the source's size: called while the copy grows, then once when copied. */
  onProgress?: (copied: number, total: number) => void
  /** The copy is whole and its check begins (other work may read the copy meanwhile). */
  onCopied?: () => void
  /** The code thrown when the copy fails its check. */
  failure: ErrorCode
}

/** Reading the vault's own store failed as damaged (not the copy, which only the check reads). */
function sourceDamage(message: Extract<WorkerMessage, { step: 'failed' }>): StoreDamagedError | null {
  if (message.stage !== 'copy') return null
  const error = Object.assign(new Error(message.message), { name: 'SqliteError', code: message.code })
  return storeDamageIn(error)
}

const driverPath = () => createRequire(__filename).resolve('better-sqlite3')

const fileSize = (path: string) => (existsSync(path) ? statSync(path).size : 0)

/** Copies one encrypted store with VACUUM INTO and checks the copy, off the main thread. */
export function copyAndCheckStore(job: StoreCopyJob): Promise<void> {
  const total = fileSize(job.source)
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerScript, { eval: true, workerData: { driver: driverPath(), source: job.source, target: job.target, keyHex: job.dataKey.toString('hex') } })
    // The copy's file can shrink a little as SQLite finishes it: progress only ever goes forward.
    let shown = 0
    const report = (copied: number) => {
      shown = Math.max(shown, copied)
      job.onProgress?.(shown, total)
    }
    const poll = setInterval(() => report(Math.min(fileSize(job.target), total)), 200)
    let settled = false
    const finish = (error?: AppError) => {
      if (settled) return
      settled = true
      clearInterval(poll)
      void worker.terminate()
      if (error) reject(error)
      else resolve()
    }
    worker.on('message', (message: WorkerMessage) => {
      if (message.step === 'copied') {
        // No poll after this: the finished copy may be a page smaller than the source (VACUUM
        // compacts), and progress must not go backwards.
        clearInterval(poll)
        report(total)
        job.onCopied?.()
      }
      else if (message.step === 'checked') finish(message.integrity === 'ok' ? undefined : new AppError(job.failure, undefined, { file: job.target, integrity: message.integrity.slice(0, 200) }))
      else finish(sourceDamage(message) ?? new AppError('BACKUP_FAILED', undefined, message.code ? { cause: message.code } : { file: job.source }))
    })
    worker.on('error', () => finish(new AppError('BACKUP_FAILED', undefined, { file: job.source })))
    worker.on('exit', () => finish(new AppError('BACKUP_FAILED', undefined, { file: job.source })))
  })
}

/**
 * `PRAGMA integrity_check` of a store in place, on a worker with its own read-only connection
 * (完整校验): 'ok', or what SQLite found (or why the store could not be read).
 */
export function checkStoreInPlace(source: string, dataKey: Buffer): Promise<string> {
  return new Promise((resolve) => {
    const worker = new Worker(workerScript, { eval: true, workerData: { driver: driverPath(), source, target: null, keyHex: dataKey.toString('hex') } })
    let answered = false
    const answer = (integrity: string) => {
      if (answered) return
      answered = true
      void worker.terminate()
      resolve(integrity)
    }
    worker.on('message', (message: WorkerMessage) => {
      if (message.step === 'checked') answer(message.integrity)
      else if (message.step === 'failed') answer(message.message)
    })
    worker.on('error', (error) => answer(error.message))
    worker.on('exit', () => answer('校验未能完成'))
  })
}
