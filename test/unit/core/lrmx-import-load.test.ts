import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { fixtureDir, bookVaults } from './personnel-fixture'

// Ten approval forms of 4.5 MB (large scanned photos, as some units send them) previewed at
// once: the dispatcher must stay free for other calls while they are read, the memory the
// preview takes must stay bounded, and the window is told how far the reading is.

const open = bookVaults()
const FILES = 10
const FILE_BYTES = 4.5 * 1024 * 1024

/** zhang-promotion.lrmx with a JPEG photo large enough to make the file 4.5 MB; each with its own ID number. */
function largeForms(): Buffer[] {
  const template = readFileSync(join(fixtureDir, 'zhang-promotion.lrmx'), 'utf8')
  const withoutPhoto = Buffer.byteLength(template.replace(/<ZhaoPian>[^<]*<\/ZhaoPian>/u, '<ZhaoPian></ZhaoPian>'))
  const photoBytes = Math.floor(((FILE_BYTES - withoutPhoto) * 3) / 4)
  return Array.from({ length: FILES }, (_, index) => {
    const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(photoBytes - 4)])
    const text = template
      .replace(/<ZhaoPian>[^<]*<\/ZhaoPian>/u, `<ZhaoPian>${photo.toString('base64')}</ZhaoPian>`)
      .replace('<XingMing>张建国</XingMing>', `<XingMing>张建国${'一二三四五六七八九十'[index]}</XingMing>`)
    return Buffer.from(text, 'utf8')
  })
}

/** Process RSS sampled every 5 ms from a thread of its own, so a blocked main thread cannot hide a peak. */
function rssSampler(): { stop(): Promise<number> } {
  const sampler = new Worker(
    `const { parentPort } = require('node:worker_threads')
     let peak = 0
     const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()) }, 5)
     parentPort.on('message', () => { clearInterval(timer); parentPort.postMessage(peak) })`,
    { eval: true },
  )
  return {
    stop: () =>
      new Promise((resolve) => {
        sampler.once('message', (peak: number) => {
          void sampler.terminate()
          resolve(peak)
        })
        sampler.postMessage('stop')
      }),
  }
}

/** The longest stretch the main thread went without running a 2 ms timer: how long the dispatcher was blocked. */
function blockWatch(): { stop(): number } {
  let last = performance.now()
  let longest = 0
  const timer = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
  }, 2)
  return {
    stop() {
      clearInterval(timer)
      return Math.max(longest, performance.now() - last)
    },
  }
}

const MB = 1024 * 1024

/** Another call made every 50 ms while the preview runs: the longest any of them waited for its answer. */
function otherCalls(call: () => Promise<unknown>): { stop(): Promise<number> } {
  let slowest = 0
  let running = true
  const loop = (async () => {
    while (running) {
      const started = performance.now()
      await call()
      slowest = Math.max(slowest, performance.now() - started)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  })()
  return {
    async stop() {
      running = false
      await loop
      return slowest
    },
  }
}

describe('previewing ten 4.5 MB approval forms at once', () => {
  it('keeps the dispatcher responsive, stays under 300 MB of extra memory, and reports progress per file', async () => {
    const vault = await open()
    const forms = largeForms()
    expect(forms[0]!.length).toBeGreaterThan(4.4 * MB)
    expect(forms[0]!.length).toBeLessThan(4.6 * MB)
    const paths = forms.map((bytes, index) => {
      const path = join(vault.folder, `large-${index}.lrmx`)
      writeFileSync(path, bytes)
      return path
    })
    const files = forms.map((bytes, index) => ({ name: `large-${index}.lrmx`, base64: bytes.toString('base64') }))
    forms.length = 0
    const progress: unknown[] = []
    vault.core.context.options.onAppEvent = (event, payload) => progress.push({ event, payload })

    for (const how of ['picked', 'dropped'] as const) {
      const baseline = process.memoryUsage.rss()
      const sampler = rssSampler()
      const watch = blockWatch()
      const others = otherCalls(() => vault.core.call('personnel.status'))
      const started = performance.now()
      const preview =
        how === 'picked'
          ? (vault.core.dialogs.openFiles.push(paths), await vault.core.call('personnel.previewLrmx'))!
          : await vault.core.call('personnel.previewLrmxBytes', { files })
      const blocked = watch.stop()
      const took = performance.now() - started
      const otherCall = await others.stop()
      const peak = await sampler.stop()
      const extra = (peak - baseline) / MB
      // The figures, for the record in the README.
      console.log(`[lrmx load] ${how}: ${FILES} × 4.5 MB previewed in ${took.toFixed(0)} ms; dispatcher blocked at most ${blocked.toFixed(0)} ms, another call answered within ${otherCall.toFixed(0)} ms; peak extra RSS ${extra.toFixed(0)} MB`)
      expect(preview.files.filter((file) => file.ok)).toHaveLength(FILES)
      expect(preview.files[0]!.photoDataUrl?.length).toBeGreaterThan(4 * MB)
      expect(extra).toBeLessThan(300)
      // Reading one 4.5 MB form takes hundreds of milliseconds, ten took 22 s on the dispatcher's
      // thread; now none of it runs there (the bound leaves room for a loaded test machine).
      expect(blocked).toBeLessThan(500)
      expect(otherCall).toBeLessThan(500)
      expect(progress).toEqual(Array.from({ length: FILES + 1 }, (_, read) => ({ event: 'personnel.importProgress', payload: { read, total: FILES } })))
      progress.length = 0
    }
  }, 120_000)
})
