import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'
import { removeDir, tempDir } from '../support/vault'

const projectRoot = resolve(__dirname, '../..')

/** The Electron binary if one is installed and runs here; otherwise why not. */
function electronBinary(): { path: string } | { reason: string } {
  const packageDir = join(projectRoot, 'node_modules', 'electron')
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return { reason: 'no Electron binary is installed (its download comes from outside the npm registry, which this machine cannot reach)' }
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  if (!existsSync(binary)) return { reason: `the Electron binary ${binary} is missing` }
  const probe = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } })
  if (probe.status !== 0) return { reason: `the Electron binary does not run here: ${probe.stderr || probe.error?.message || `exit ${probe.status}`}` }
  return { path: binary }
}

const binary = electronBinary()

test.describe('the packaged shell (Electron)', () => {
  test('starts, shows first-run setup in a locked-down window, and creates a vault', async () => {
    test.skip('reason' in binary, 'reason' in binary ? binary.reason : '')
    if (!('path' in binary)) return
    const dataDir = tempDir('yishi-electron-')
    const app = await electron.launch({
      executablePath: binary.path,
      args: [join(projectRoot, 'out', 'main', 'index.js')],
      env: { ...process.env, YISHI_DATA_DIR: dataDir, ELECTRON_RUN_AS_NODE: '' },
    })
    try {
      const window = await app.firstWindow()
      await expect(window).toHaveTitle('议事录')
      expect(window.url()).toBe('app://yishi/index.html')
      // The page sees only the narrow api, never Node or ipcRenderer.
      expect(await window.evaluate(() => { const page = globalThis as unknown as Record<string, unknown>; return { api: typeof page.api, require: typeof page.require, process: typeof page.process } })).toEqual({ api: 'object', require: 'undefined', process: 'undefined' })
      await expect(window.getByRole('heading', { name: /首次使用/u })).toBeVisible()
      await window.screenshot({ path: resolve(__dirname, '../artifacts/screenshots/electron-first-run.png') })
    } finally {
      await app.close()
      removeDir(dataDir)
    }
  })
})
