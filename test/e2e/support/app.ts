import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { createCore, type YishiCore } from '../../../electron/core'
import type { AppEventName, AppEvents } from '../../../shared/ipc/contract'
import { TestClock, defaultTestTime } from '../../support/clock'
import { PreparedDialogs } from '../../support/shell'
import { migrationsRoot, removeDir, tempDir } from '../../support/vault'

const rendererRoot = resolve(__dirname, '../../../out/renderer')
/** The worker thread that reads imported approval forms, as the app's build writes it. */
const lrmxReadWorker = { file: resolve(__dirname, '../../../out/main/lrmx-read-worker.js') }
/** The worker thread that reads materials' text for search. */
const materialTextWorker = { file: resolve(__dirname, '../../../out/main/material-text-worker.js') }
export const appOrigin = 'http://yishi.test'
export const screenshotDir = resolve(__dirname, '../../artifacts/screenshots')

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // pdf.js's worker (materials opened in the app), as main's app:// protocol serves it.
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

export interface AppHarness {
  page: Page
  core: YishiCore
  dataDir: string
  /** The OS file dialogs: push what the user picks before clicking what opens one. */
  dialogs: PreparedDialogs
  /** Every request that tried to leave for anything but the app itself. */
  outsideRequests: string[]
  /** The core's clock; the page's runs from the same instant (see setTime). */
  clock: TestClock
  /** Moves the page's and the core's clocks to one instant (both run on from there). */
  setTime(instant: string): Promise<void>
  /** Moves both clocks forward, firing the page's timers that fall due (idle lock, autosave). */
  fastForward(ms: number): Promise<void>
  open(query?: string): Promise<void>
  /** Restarts the window over the same vault, as a relaunch of the app would. */
  restart(query?: string): Promise<void>
  shot(name: string): Promise<void>
  emit<E extends AppEventName>(event: E, payload: AppEvents[E]): Promise<void>
}

/**
 * The page's window.api is the preload's, rebuilt here: each call crosses to the test
 * process (page.exposeBinding) and runs through the same dispatcher and handler table
 * that Electron's main registers, on a real encrypted vault in a temporary folder.
 */
async function bridge(page: Page, core: () => YishiCore): Promise<void> {
  await page.exposeBinding('__yishiInvoke', (_source, channel: unknown, input: unknown) => core().dispatch(channel, input))
  await page.addInitScript(() => {
    type Listener = (payload: unknown) => void
    const listeners = new Map<string, Set<Listener>>()
    const host = globalThis as unknown as { __yishiInvoke(channel: string, input: unknown): Promise<unknown>; __yishiEmit(event: string, payload: unknown): void; api: unknown }
    const invoke = host.__yishiInvoke
    host.__yishiEmit = (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload))
    host.api = Object.freeze({
      invoke: (channel: string, input: unknown) => invoke(channel, input),
      on: (event: string, listener: Listener) => {
        const set = listeners.get(event) ?? new Set<Listener>()
        listeners.set(event, set)
        set.add(listener)
        return () => set.delete(listener)
      },
    })
  })
}

async function serveRenderer(page: Page, outsideRequests: string[]): Promise<void> {
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if (url.origin !== appOrigin) {
      outsideRequests.push(url.href)
      return route.abort('blockedbyclient')
    }
    const relative = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/u, '') || 'index.html'
    const file = join(rendererRoot, relative)
    if (!file.startsWith(rendererRoot + sep) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' })
    return route.fulfill({ status: 200, body: readFileSync(file), headers: { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' } })
  })
}

/** Installs the page's clock at an instant; it then runs on, as the core's TestClock does. */
async function installClock(page: Page, instant: string): Promise<void> {
  await page.clock.install({ time: new Date(instant) })
}

/**
 * `appTime` pins the day a spec runs on (page and core alike); every spec runs on the
 * suite's default day unless it sets its own with test.use({ appTime }).
 */
export const test = base.extend<{ app: AppHarness; appTime: string }>({
  appTime: [defaultTestTime, { option: true }],
  app: async ({ page, appTime }, use) => {
    if (!existsSync(join(rendererRoot, 'index.html'))) throw new Error('out/renderer is missing: run `npx electron-vite build` first (npm test does).')
    mkdirSync(screenshotDir, { recursive: true })
    const dataDir = tempDir('yishi-e2e-')
    const outsideRequests: string[] = []
    const dialogs = new PreparedDialogs()
    const clock = new TestClock(appTime)
    let currentPage = page
    // 导出PDF prints the app's window, as Electron's printToPDF does.
    dialogs.window = { pdf: (options) => currentPage.pdf(options) }
    const makeCore = () =>
      createCore({
        dataDir,
        migrations: { root: migrationsRoot },
        now: clock.now,
        shell: dialogs,
        lrmxReadWorker,
        materialTextWorker,
        onAppEvent: (event, payload) => void harness.emit(event, payload).catch(() => undefined),
      })
    let core = makeCore()
    const errors: string[] = []
    const watch = (target: Page) => target.on('pageerror', (error) => errors.push(error.message))

    const harness: AppHarness = {
      get page() {
        return currentPage
      },
      get core() {
        return core
      },
      dataDir,
      dialogs,
      outsideRequests,
      clock,
      async setTime(instant) {
        clock.set(instant)
        await currentPage.clock.setSystemTime(new Date(instant))
      },
      async fastForward(ms) {
        clock.advance(ms)
        await currentPage.clock.fastForward(ms)
      },
      async open(query = '') {
        await currentPage.goto(`${appOrigin}/index.html${query}`)
      },
      async restart(query = '') {
        core.context.lock('quit')
        core = makeCore()
        const context = currentPage.context()
        await currentPage.close()
        currentPage = await context.newPage()
        await installClock(currentPage, clock.now().toISOString())
        watch(currentPage)
        await bridge(currentPage, () => core)
        await serveRenderer(currentPage, outsideRequests)
        await harness.open(query)
      },
      async shot(name) {
        await currentPage.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true })
      },
      async emit(event, payload) {
        await currentPage.evaluate(([name, data]) => (globalThis as unknown as { __yishiEmit(e: string, p: unknown): void }).__yishiEmit(name, data), [event, payload] as const)
      },
    }
    await installClock(page, appTime)
    watch(page)
    await bridge(page, () => core)
    await serveRenderer(page, outsideRequests)
    await use(harness)
    core.context.lock('quit')
    removeDir(dataDir)
    expect(errors, 'uncaught errors in the page').toEqual([])
    expect(outsideRequests, 'requests that left the app').toEqual([])
  },
})

export { expect }
