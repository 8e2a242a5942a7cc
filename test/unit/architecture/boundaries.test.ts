import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root, sourceFiles } from '../../support/source-files'

// The architecture of DESIGN.md, checked on the source text so it holds even where lint
// is not run. Comments count too: a commented-out require is one edit from a real one.

/** Every way a module is named for loading: import/export … from, bare import, require(), import(). */
function loads(module: string): RegExp {
  const quoted = `['"\`]${module}['"\`]`
  return new RegExp(`(\\bfrom\\s*${quoted})|(\\bimport\\s*${quoted})|(\\brequire\\s*\\(\\s*${quoted})|(\\bimport\\s*\\(\\s*${quoted})`, 'u')
}

function offenders(files: { path: string; text: string }[], pattern: RegExp): string[] {
  return files.filter((file) => pattern.test(file.text)).map((file) => file.path)
}

describe('architecture', () => {
  it('electron/core and shared never load electron (they run under plain Node)', () => {
    const files = sourceFiles('electron/core', 'shared')
    expect(files.length).toBeGreaterThan(10)
    expect(offenders(files, loads('electron(/[^\'"`]*)?'))).toEqual([])
  })

  it('the detector itself catches every form of loading electron', () => {
    const pattern = loads('electron(/[^\'"`]*)?')
    for (const line of [`import { app } from 'electron'`, `import 'electron'`, `const e = require("electron")`, 'await import(`electron/main`)', `export * from 'electron'`]) {
      expect(pattern.test(line), line).toBe(true)
    }
    expect(pattern.test(`import x from 'electron-vite'`)).toBe(false)
  })

  it('the IPC modules are named only in the preload and main\'s ipc.ts', () => {
    const allowed = new Set(['electron/preload/index.ts', 'electron/main/ipc.ts'])
    const files = sourceFiles('electron', 'shared', 'renderer', 'scripts')
    // Spelled in two halves so that this test file does not name them itself.
    const ipcNames = new RegExp(`ipc${'(Renderer|Main)'}\\b`, 'u')
    expect(offenders(files, ipcNames).filter((path) => !allowed.has(path))).toEqual([])
    // And they are where they should be: the wiring exists.
    for (const path of allowed) expect(ipcNames.test(files.find((file) => file.path === path)?.text ?? ''), path).toBe(true)
  })

  it('nothing under electron/ or shared/ loads a network module or calls fetch()', () => {
    const files = sourceFiles('electron', 'shared')
    expect(offenders(files, loads('(node:)?(http|https|http2|net|tls|dgram)'))).toEqual([])
    expect(offenders(files, /\bfetch\s*\(/u)).toEqual([])
  })

  it('the window keeps the Electron security settings', () => {
    const window = readFileSync(join(root, 'electron/main/window.ts'), 'utf8')
    for (const required of ['sandbox: true', 'contextIsolation: true', 'nodeIntegration: false', 'nodeIntegrationInWorker: false', 'webSecurity: true', 'allowRunningInsecureContent: false', 'webviewTag: false', 'devTools: !app.isPackaged']) {
      expect(window, required).toContain(required)
    }
    for (const forbidden of [/sandbox:\s*false/u, /contextIsolation:\s*false/u, /nodeIntegration\w*:\s*true/u, /webSecurity:\s*false/u]) {
      expect(window).not.toMatch(forbidden)
    }
  })

  it('main enables the sandbox everywhere and ships no updater, crash upload or telemetry', () => {
    const main = sourceFiles('electron/main')
    expect(main.find((file) => file.path === 'electron/main/index.ts')?.text).toContain('app.enableSandbox()')
    expect(offenders(main, /\b(autoUpdater|crashReporter)\b|electron-updater|@sentry\//u)).toEqual([])
  })
})
